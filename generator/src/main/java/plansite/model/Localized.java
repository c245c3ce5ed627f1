package plansite.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text given per language code. A language may be missing (not yet translated). A text that is the
 * same in every language (a code, a symbol such as %) is stored under {@link #NEUTRAL}.
 *
 * <p>The texts keep the order they are given in: the loaders read a YAML mapping in the order it is
 * written, and {@link #of(String, String, String, String)} in the order of its arguments. A map without an
 * order of its own ({@code Map.of}, a {@code HashMap}) of more than one text must not be given: its order
 * changes from one run to the next.
 */
public record Localized(Map<String, String> byLang) {
    public static final String NEUTRAL = "*";

    public Localized {
        byLang = Immutable.orderedMap(byLang);
    }

    public static Localized of(String lang, String text) {
        return new Localized(Map.of(lang, text));
    }

    /** Two texts, in this order: {@code of("zh", "县区", "en", "County")}. */
    public static Localized of(String lang, String text, String otherLang, String otherText) {
        Map<String, String> byLang = new LinkedHashMap<>();
        byLang.put(lang, text);
        byLang.put(otherLang, otherText);
        return new Localized(byLang);
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
        // One lookup of lang, not two: pages ask for thousands of texts a build.
        String s = in(lang);
        return s != null && !s.isBlank() ? s : in(fallback);
    }

    public boolean has(String lang) {
        String s = in(lang);
        return s != null && !s.isBlank();
    }
}
