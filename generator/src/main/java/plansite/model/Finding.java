package plansite.model;

/**
 * The outcome of recomputing one printed figure. For a table: the table, row and leaf column (0-based)
 * of the printed figure; for the prose: the check's id. {@code arithmetic} shows the computation with
 * the printed operands, e.g. {@code 27.47 + 0.30 + … = 36.03}.
 */
public record Finding(String tableId, int row, int column, String proseCheckId, String printed, String computed,
        String arithmetic, boolean agrees) {

    public boolean isTable() {
        return tableId != null;
    }
}
