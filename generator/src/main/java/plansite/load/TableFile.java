package plansite.load;

import java.util.List;
import plansite.model.Column;
import plansite.model.Localized;
import plansite.model.Note;
import plansite.model.Row;

/** The keys of {@code data/tables/<id>.yaml}, as written. */
record TableFile(
        String id,
        Localized label,
        Localized title,
        String chapter,
        String section,
        Localized unit,
        Integer headerColumns,
        List<Column> columns,
        List<Row> rows,
        List<Note> notes,
        List<Note> editionNotes,
        DerivedFromFile derivedFrom,
        List<CheckFile> checks,
        ChartFile chart,
        TidyFile tidy) {

    /**
     * {@code tidy}: the row keys ({@code keys}, one per row, or {@code key}: the 1-based column or columns whose
     * translated text keys each row), the columns naming the county and the plan's dimensions, and per value column
     * ({@code columns}, by 1-based number) its measure and period.
     */
    record TidyFile(List<String> keys, Object key, Integer county, java.util.Map<String, Integer> dimensions,
            java.util.Map<String, MeasureFile> columns) {}

    /** One value column of {@code tidy.columns}: its measure id, and the year or period it is of. */
    record MeasureFile(String measure, String period) {}

    /** {@code derived_from}: a verbatim excerpt of the paragraph the table comes from. */
    record DerivedFromFile(String quote) {}

    /**
     * One entry of {@code checks}: a total ({@code total}, {@code parts}, {@code columns}) or a row
     * formula ({@code formula}, {@code rows}). Ranges are 1-based: {@code 3}, {@code "1-10"} or {@code [1, 3]}.
     */
    /**
     * {@code chart}: {@code kind} (bars, grouped, stacked, dots), {@code rows} and {@code columns} as in a check
     * (1-based), {@code label}: the column or columns naming each row, {@code title} and {@code summary} per language.
     */
    record ChartFile(String kind, Object rows, Object columns, Object label, Localized title, Localized summary) {}

    record CheckFile(Integer total, Object parts, Object columns, String formula, Object rows) {}
}
