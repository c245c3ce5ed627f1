package plansite.model;

import java.util.List;

/**
 * Which unit a value has. The most specific statement wins: the cell's own unit, then its leaf
 * column's, then the row's (given on the row, or printed in the row's unit column), then a parent
 * header's, then the table's. A unit printed in the header, caption or a unit column is visible
 * already; only a cell's or row's own unit needs showing beside the value.
 */
public final class UnitResolver {
    private final Table table;
    private final List<List<Column>> leafPaths;
    private final int unitsColumn;

    public UnitResolver(Table table) {
        this.table = table;
        this.leafPaths = table.leafPaths();
        int found = -1;
        for (int i = 0; i < leafPaths.size(); i++) {
            if (leafPaths.get(i).get(leafPaths.get(i).size() - 1).units()) {
                found = i;
            }
        }
        this.unitsColumn = found;
    }

    /** Where a value's unit comes from. */
    public enum Source { CELL, COLUMN, ROW, UNITS_COLUMN, PARENT, TABLE, NONE }

    /** A unit and where it was stated. */
    public record Resolved(Localized unit, Source source) {
        /** Whether the unit must be shown next to the value, because it is printed nowhere else. */
        public boolean showBesideValue() {
            return source == Source.CELL || source == Source.ROW;
        }
    }

    public Resolved resolve(Row row, int column) {
        Cell cell = row.cells().get(column);
        if (cell.unit() != null) {
            return new Resolved(cell.unit(), Source.CELL);
        }
        List<Column> path = leafPaths.get(column);
        Column leaf = path.get(path.size() - 1);
        if (leaf.unit() != null) {
            return new Resolved(leaf.unit(), Source.COLUMN);
        }
        if (row.unit() != null) {
            return new Resolved(row.unit(), Source.ROW);
        }
        Localized printed = unitsColumn == column ? null : printedUnit(row);
        if (printed != null) {
            return new Resolved(printed, Source.UNITS_COLUMN);
        }
        for (int i = path.size() - 2; i >= 0; i--) {
            if (path.get(i).unit() != null) {
                return new Resolved(path.get(i).unit(), Source.PARENT);
            }
        }
        return table.unit() != null ? new Resolved(table.unit(), Source.TABLE) : new Resolved(null, Source.NONE);
    }

    /** The unit printed in the row's unit column (单位), if the table has one and the cell is filled. */
    public Localized printedUnit(Row row) {
        if (unitsColumn < 0 || unitsColumn >= row.cells().size()) {
            return null;
        }
        Cell u = row.cells().get(unitsColumn);
        return u.text() != null ? u.text()
                : u.value() != null && !u.value().isEmpty() ? Localized.neutral(u.value()) : null;
    }

    /** Whether the column holds words (row headers, text and unit columns), whose cells need no unit. */
    public boolean isWordColumn(int column) {
        return column < table.headerColumns() || column == unitsColumn
                || leafPaths.get(column).stream().anyMatch(Column::text);
    }
}
