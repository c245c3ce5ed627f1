package plansite.model;

import java.util.List;
import plansite.diag.SourcePos;

/**
 * A chart of a table, as declared in its {@code chart:} block and checked against it: which rows are
 * compared (the categories), which leaf columns give their values (the series), which columns name each
 * row, the kind of marks, and a one-sentence summary for those who do not see it. Indexes are 0-based here;
 * editors write them 1-based, as in the table's checks.
 */
public record Chart(Kind kind, List<Integer> rows, List<Integer> columns, List<Integer> labelColumns,
        Localized title, Localized summary, SourcePos pos) {

    public enum Kind {
        /** One bar a row: one column. */
        BARS,
        /** A bar per column, side by side, a group a row: two columns or more. */
        GROUPED,
        /** The columns' bars end to end, a bar a row: parts of a whole, two columns or more. */
        STACKED,
        /** Two dots a row on one line, e.g. a target against what was achieved: two columns. */
        DOTS
    }

    public Chart {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        labelColumns = List.copyOf(labelColumns);
    }
}
