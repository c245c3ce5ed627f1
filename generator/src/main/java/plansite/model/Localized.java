package plansite.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text given per language code. A language may be missing (not yet translated). */
public record Localized(Map<String, String> byLang) {

    public Localized {
        byLang = Collections.unmodifiableMap(new LinkedHashMap<>(byLang));
    }

    public static Localized of(String lang, String text) {
        return new Localized(Map.of(lang, text));
    }

    /** The text in {@code lang}, or null. */
    public String in(String lang) {
        return byLang.get(lang);
    }

    public boolean has(String lang) {
        String s = byLang.get(lang);
        return s != null && !s.isBlank();
    }
}
