package plansite.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plansite.model.Cell;
import plansite.model.Column;
import plansite.model.Localized;
import plansite.model.Note;
import plansite.model.Row;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * A table flattened for files that have no merged cells: one header per leaf column (its path, with
 * the column's unit), merged cells filled with the value they belong to, each value's unit and notes.
 * Text in one language, with the default language where a translation is missing.
 */
final class TableGrid {
    final Table table;
    final String lang;
    final String fallback;
    final UnitResolver units;
    final List<List<Column>> paths;

    TableGrid(Table table, String lang, String fallback) {
        this.table = table;
        this.lang = lang;
        this.fallback = fallback;
        this.units = new UnitResolver(table);
        this.paths = table.leafPaths();
    }

    int width() {
        return paths.size();
    }

    String text(Localized l) {
        String s = l == null ? null : l.in(lang, fallback);
        return s == null ? "" : s;
    }

    /** The labels from the top header down to leaf column {@code c}, joined with " / ". */
    String columnPath(int c) {
        List<String> parts = new ArrayList<>();
        for (Column col : paths.get(c)) {
            if (col.label() != null) {
                parts.add(text(col.label()));
            } else if (col.name() != null) {
                parts.set(parts.size() - 1, text(col.name())); // its own name, in place of the header it shares
            }
        }
        return String.join(" / ", parts);
    }

    /** A header per leaf column, unique, with the column's own unit: "资源储量 / 保有 (万吨)". */
    List<String> headers() {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int c = 0; c < width(); c++) {
            String h = columnPath(c);
            Localized unit = columnUnit(c);
            // Said once: "Number of mines", not "Number of mines (mines)".
            if (unit != null && !java.util.regex.Pattern.compile("(?iu)(^|\\P{L})" + java.util.regex.Pattern.quote(text(unit))
                    + "($|\\P{L})").matcher(h).find()) {
                h = h + " (" + text(unit) + ")";
            }
            int n = seen.merge(h, 1, Integer::sum);
            out.add(n == 1 ? h : h + " (" + n + ")");
        }
        return out;
    }

    /**
     * The unit stated on the leaf column or a parent header, if any; else the table's unit where it is the
     * unit of every value of the column (a table that states one unit for all, as Box 5 does).
     */
    Localized columnUnit(int c) {
        List<Column> path = paths.get(c);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).unit() != null) {
                return path.get(i).unit();
            }
        }
        if (table.unit() == null || !isValueColumn(c)) {
            return null;
        }
        for (Row row : table.rows()) {
            if (row.cells().get(c).isNumeric() && units.resolve(row, c).source() != UnitResolver.Source.TABLE) {
                return null;
            }
        }
        return table.unit();
    }

    Cell origin(int r, int c) {
        return table.origin(r, c);
    }

    /** What a cell shows, merged cells filled from the cell they belong to. */
    String value(int r, int c) {
        Cell cell = origin(r, c);
        String s = cell.display(lang, fallback);
        return s == null ? "" : s;
    }

    boolean isValueColumn(int c) {
        return !units.isWordColumn(c);
    }

    /** The row's path: its row-header cells (filled), joined with " / "; else its number. */
    String rowPath(int r) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < table.headerColumns(); c++) {
            String v = value(r, c);
            if (!v.isBlank() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(v))) {
                parts.add(v);
            }
        }
        return parts.isEmpty() ? String.valueOf(r + 1) : String.join(" / ", parts);
    }

    /** Ids of the notes a cell carries: its own and its row's. */
    List<String> noteIds(int r, int c) {
        Row row = table.rows().get(r);
        List<String> ids = new ArrayList<>(origin(r, c).notes());
        row.notes().stream().filter(n -> !ids.contains(n)).forEach(ids::add);
        return ids;
    }

    /** Ids of the notes anywhere in a row. */
    List<String> rowNoteIds(int r) {
        List<String> ids = new ArrayList<>(table.rows().get(r).notes());
        for (Cell cell : table.rows().get(r).cells()) {
            cell.notes().stream().filter(n -> !ids.contains(n)).forEach(ids::add);
        }
        return ids;
    }

    String noteText(String id) {
        return table.notes().stream().filter(n -> n.id().equals(id)).findFirst().map(Note::text).map(this::text)
                .orElse("");
    }

    /** Whether some value's unit is stated on its row or cell (not in a header): then files need a unit column. */
    boolean hasRowUnits() {
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < width(); c++) {
                if (isValueColumn(c) && units.resolve(table.rows().get(r), c).showBesideValue()
                        && table.rows().get(r).cells().get(c).isNumeric()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The units stated on a row or its cells, as "单位" text: "吨", or "保有: 吨; 排名: 位" where they differ. */
    String rowUnit(int r) {
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        Row row = table.rows().get(r);
        for (int c = 0; c < width(); c++) {
            Cell cell = row.cells().get(c);
            if (!isValueColumn(c) || !cell.isNumeric()) {
                continue;
            }
            UnitResolver.Resolved u = units.resolve(row, c);
            if (u.showBesideValue()) {
                byUnit.computeIfAbsent(text(u.unit()), k -> new ArrayList<>()).add(columnPath(c));
            }
        }
        if (byUnit.size() <= 1) {
            return byUnit.keySet().stream().findFirst().orElse("");
        }
        List<String> parts = new ArrayList<>();
        byUnit.forEach((unit, cols) -> parts.add(String.join(", ", cols) + ": " + unit));
        return String.join("; ", parts);
    }
}
