package plansite.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The words inside the downloads about their own format (site-templates/downloads-i18n.ftlh), in the
 * plan's original language and in the other: the downloads are in both at once. What they say about the
 * plan comes from the site settings instead.
 *
 * @param original the original language's code
 * @param other the other language's code (the original's again for a plan in one language)
 */
public record DownloadWords(String original, String other, Map<String, String> originalWords,
        Map<String, String> otherWords) {
    /** The template that holds the words. */
    public static final String TEMPLATE = "downloads-i18n.ftlh";

    /** Words in both languages: headings ("引用 Citation") and what a reader of either reads. */
    static final List<String> BOTH = List.of("dataVersion", "licences", "citation", "files", "changelog",
            "openCsvTitle", "openCsv", "printedTitle", "printedDescription", "licenceTitle", "licenceLine");
    /** Words in the other language only: what programs read (the data package's descriptions, the list of files). */
    static final List<String> OTHER = List.of("readmePackage", "readmeCombined", "readmePerTable", "combinedTitle",
            "combinedDescription", "notesTitle", "notesDescription", "tidyTitle", "tidyDescription", "xlsxTitle",
            "xlsxDescription", "jsonTitle", "jsonDescription", "jsonAbout", "columnUnit", "columnUnitInColumn",
            "columnStatuses", "columnRowUnit");
    /** The tidy files' columns described by a word of their own ({@code field-<column>}), their languages' suffix left off. */
    static final List<String> FIELDS = List.of("table_id", "row_key", "row", "column", "role", "row_label",
            "adcode", "county", "measure", "measure_headers", "period", "kind", "value", "comparator", "status", "remark", "printed",
            "unit", "note");

    public DownloadWords {
        originalWords = Map.copyOf(originalWords);
        otherWords = Map.copyOf(otherWords);
    }

    /**
     * The words each language needs, from {@code wordsOf} (a language's messages, which report a key they
     * do not hold): every key is asked for here, once, so that a missing one is reported whatever a build
     * then takes from earlier work.
     */
    public static DownloadWords of(String original, String other, Function<String, Map<String, String>> wordsOf) {
        Map<String, String> o = pick(wordsOf.apply(original), BOTH);
        List<String> otherKeys = new java.util.ArrayList<>(BOTH);
        otherKeys.addAll(OTHER);
        FIELDS.forEach(f -> otherKeys.add("field-" + f));
        return new DownloadWords(original, other, o, pick(wordsOf.apply(other), otherKeys));
    }

    private static Map<String, String> pick(Map<String, String> words, List<String> keys) {
        Map<String, String> out = new TreeMap<>();
        for (String key : keys) {
            String word = words.get(key);
            out.put(key, word != null ? word : key);
        }
        return out;
    }

    /** The original language's word. */
    String inOriginal(String key) {
        return word(originalWords, key);
    }

    /** The other language's word. */
    String inOther(String key) {
        return word(otherWords, key);
    }

    /** The original's word, a space, the other's: a heading in both languages. */
    String both(String key) {
        return inOriginal(key) + " " + inOther(key);
    }

    /** The word of {@code key} in {@code lang} (one of the two). */
    String in(String lang, String key) {
        return lang.equals(original) ? inOriginal(key) : inOther(key);
    }

    /** Whether the tidy column {@code base} (no language suffix) has a word of its own. */
    static boolean describes(String base) {
        return FIELDS.contains(base);
    }

    private static String word(Map<String, String> words, String key) {
        String word = words.get(key);
        if (word == null) {
            throw new IllegalArgumentException("no download word '" + key + "' (DownloadWords asks for each it uses)");
        }
        return word;
    }

    /**
     * {@code text} with each {name} filled in, in one pass (a value that holds braces stays as it is):
     * {@code fill(t, "table", title, "language", name)}; a {name} not given stays too.
     */
    static String fill(String text, String... namesAndValues) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', at)) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = text.substring(open + 1, close);
            String value = null;
            for (int i = 0; i + 1 < namesAndValues.length && value == null; i += 2) {
                value = namesAndValues[i].equals(name) ? namesAndValues[i + 1] : null;
            }
            out.append(text, at, open).append(value != null ? value : text.substring(open, close + 1));
            at = close + 1;
        }
        return out.append(text, at, text.length()).toString();
    }
}
