package plansite.model;

import java.util.ArrayList;
import java.util.List;
import plansite.diag.SourcePos;

/**
 * A table of the plan, as printed: a tree of column headers, rows of cells aligned with the leaf
 * columns (the first {@code headerColumns} of which are row headers), and notes; and a chart of it, or null; {@code tidy}, what its
 * rows and columns are in the tidy downloads (never null).
 *
 * <p>{@code notes} are for the table's readers (what the plan says: disagreements, units, what an empty cell
 * means) and are printed under it; cells and rows cite them. {@code editionNotes} say how this edition set a
 * table that the plan's text came out of its extraction damaged; they stand on "About this edition", and no
 * cell or row cites them.
 */
public record Table(
        String id,
        Localized label,
        Localized title,
        String chapter,
        String section,
        Localized unit,
        int headerColumns,
        List<Column> columns,
        List<Row> rows,
        List<Note> notes,
        List<Note> editionNotes,
        DerivedFrom derivedFrom,
        List<TableCheck> checks,
        Chart chart,
        TidyLayout tidy,
        SourcePos pos) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        editionNotes = List.copyOf(editionNotes);
        checks = List.copyOf(checks);
    }

    /** This table with {@code chart} drawn of it. */
    public Table withChart(Chart chart) {
        return new Table(id, label, title, chapter, section, unit, headerColumns, columns, rows, notes, editionNotes, derivedFrom,
                checks, chart, tidy, pos);
    }

    public java.util.Optional<Chart> chartOf() {
        return java.util.Optional.ofNullable(chart);
    }

    public boolean isDerived() {
        return derivedFrom != null;
    }

    /** The leaf columns, left to right: the columns that cells line up with. */
    public List<Column> leafColumns() {
        return columns.stream().flatMap(c -> c.leaves().stream()).toList();
    }

    /** For each leaf column, left to right, the path of columns from the top header down to it. */
    public List<List<Column>> leafPaths() {
        List<List<Column>> out = new ArrayList<>();
        columns.forEach(c -> collectPaths(c, new ArrayList<>(), out));
        return out;
    }

    private static void collectPaths(Column column, List<Column> path, List<List<Column>> out) {
        List<Column> here = new ArrayList<>(path);
        here.add(column);
        if (column.isLeaf()) {
            out.add(List.copyOf(here));
        } else {
            column.columns().forEach(c -> collectPaths(c, here, out));
        }
    }

    /** The printed cell that row {@code r}, leaf column {@code c} belongs to: itself, or the cell it is merged into. */
    public Cell origin(int r, int c) {
        Cell cell = rows.get(r).cells().get(c);
        while (cell.merge() != Cell.Merge.NONE) {
            if (cell.merge() == Cell.Merge.UP) {
                r--;
            } else {
                c--;
            }
            cell = rows.get(r).cells().get(c);
        }
        return cell;
    }

    /** How many header rows the column tree needs. */
    public int headerDepth() {
        return columns.stream().mapToInt(Column::depth).max().orElse(0);
    }
}
