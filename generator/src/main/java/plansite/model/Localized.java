package plansite.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A text given per language code. A language may be missing (not yet translated). A text that is the
 * same in every language (a code, a symbol such as %) is stored under {@link #NEUTRAL}.
 */
public record Localized(Map<String, String> byLang) {
    public static final String NEUTRAL = "*";

    public Localized {
        // Texts keep the order they were written in (a YAML mapping); from a Map.of or a HashMap, whose
        // order changes from one run to the next, they are put in the order of their language codes, so
        // that every file made from them is the same in every build.
        byLang = Collections.unmodifiableMap(new LinkedHashMap<>(unordered(byLang) ? new TreeMap<>(byLang) : byLang));
    }

    private static boolean unordered(Map<String, String> m) {
        return m.getClass() == java.util.HashMap.class || m.getClass().getName().startsWith("java.util.ImmutableCollections$");
    }

    public static Localized of(String lang, String text) {
        return new Localized(Map.of(lang, text));
    }

    public static Localized neutral(String text) {
        return new Localized(Map.of(NEUTRAL, text));
    }

    /** The text in {@code lang}, or the language-neutral text, or null. */
    public String in(String lang) {
        String s = byLang.get(lang);
        return s != null ? s : byLang.get(NEUTRAL);
    }

    /** The text in {@code lang}, else in {@code fallback} (a missing translation shows the original). */
    public String in(String lang, String fallback) {
        return has(lang) ? in(lang) : in(fallback);
    }

    public boolean has(String lang) {
        String s = in(lang);
        return s != null && !s.isBlank();
    }
}
