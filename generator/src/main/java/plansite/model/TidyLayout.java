package plansite.model;

import java.util.List;
import plansite.diag.SourcePos;

/**
 * What a table's {@code tidy:} block declares about its rows and columns, so that the tidy downloads can
 * be joined across tables: a stable key per row ({@code keys}, or the English text of the columns
 * {@code keyColumns}), the column that names each row's county (its adcode comes from the boundaries), the
 * columns of the plan's own dimensions (the site settings name them), and the measure and period of value
 * columns. Columns are 0-based here; absent: null or empty.
 */
public record TidyLayout(List<String> keys, List<Integer> keyColumns, Integer countyColumn,
        List<Dimension> dimensions, List<Measure> measures, SourcePos pos) {

    public TidyLayout {
        keys = List.copyOf(keys);
        keyColumns = List.copyOf(keyColumns);
        dimensions = List.copyOf(dimensions);
        measures = List.copyOf(measures);
    }

    /** A dimension of the plan's (open_data.dimensions in the site settings) that column {@code column} gives. */
    public record Dimension(String name, int column) {}

    /** The column (0-based) that gives the dimension {@code name}, if the table declares one. */
    public java.util.Optional<Integer> dimension(String name) {
        return dimensions.stream().filter(d -> d.name().equals(name)).map(Dimension::column).findFirst();
    }

    /** A row key or a measure id: lower-case letters (any script), digits and '-'. */
    public static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\p{Ll}\\p{Lo}\\d]+(-[\\p{Ll}\\p{Lo}\\d]+)*");
    /** A year or a period of years as ISO 8601 writes an interval of years: 2020, 2016/2020. */
    public static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("\\d{4}(/\\d{4})?");

    /**
     * The general rule that makes a key from label text: lower case, every run of characters that are not
     * letters or digits one '-', none at either end ("1 / Pingcheng District" → "1-pingcheng-district").
     */
    public static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    /** No declarations: every key and measure made by the general rules. */
    public static TidyLayout none(SourcePos pos) {
        return new TidyLayout(List.of(), List.of(), null, List.of(), List.of(), pos);
    }

    /** The measure id and period of leaf column {@code column} (0-based); period may be null. */
    public record Measure(int column, String measure, String period, SourcePos pos) {}

    public java.util.Optional<Measure> measure(int column) {
        return measures.stream().filter(m -> m.column() == column).findFirst();
    }

    /**
     * The key of every row of {@code t}: as declared in {@code keys}; else the slugs of the row's text in
     * {@code lang} in the key columns (or, without them, its row-header cells), repeats of a merged cell once;
     * else its printed row number. Uniqueness is checked by the validator.
     */
    public static List<String> rowKeys(Table t, String lang, String fallback) {
        TidyLayout layout = t.tidy();
        if (!layout.keys().isEmpty()) {
            return layout.keys();
        }
        List<Integer> columns = !layout.keyColumns().isEmpty() ? layout.keyColumns()
                : java.util.stream.IntStream.range(0, t.headerColumns()).boxed().toList();
        List<String> out = new java.util.ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> parts = new java.util.ArrayList<>();
            for (int c : columns) {
                String text = t.origin(r, c).display(lang, fallback);
                String part = text == null ? "" : slug(text);
                if (!part.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(part))) {
                    parts.add(part);
                }
            }
            out.add(parts.isEmpty() ? "row-" + (r + 1) : String.join("-", parts));
        }
        return out;
    }

    /** The language whose text makes row keys: the site's second language (the translation), else its only one. */
    public static String keyLanguage(Plan plan) {
        return plan.languages().size() > 1 ? plan.languages().get(1).code() : plan.site().defaultLanguage().code();
    }
}
