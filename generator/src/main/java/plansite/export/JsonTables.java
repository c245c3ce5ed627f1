package plansite.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
 * A table's data model as JSON: the same structure as its YAML file (a tree of columns; rows of cells
 * with merges, notes and units), plus for every value the number and the unit it resolves to, so that
 * a program need not know the unit rules. Texts are objects of language codes.
 */
public final class JsonTables {
    static final String FORMAT = "plansite table 1";

    private JsonTables() {}

    /** The table as JSON, with its {@code source} and {@code about}, what the format's fields mean. */
    public static byte[] write(Table table, Map<String, Object> source, String about) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("about", about);
        out.put("id", table.id());
        out.put("label", texts(table.label()));
        out.put("title", texts(table.title()));
        out.put("chapter", table.chapter());
        out.put("section", table.section());
        out.put("source", source);
        if (table.derivedFrom() != null) {
            out.put("derived_from", Ordered.map("quote", table.derivedFrom().quote()));
        }
        out.put("unit", texts(table.unit()));
        out.put("header_columns", table.headerColumns());
        out.put("columns", table.columns().stream().map(JsonTables::column).toList());
        UnitResolver units = new UnitResolver(table);
        List<Object> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                cells.add(cell(row, c, units));
            }
            r.put("cells", cells);
            if (row.unit() != null) {
                r.put("unit", texts(row.unit()));
            }
            if (!row.notes().isEmpty()) {
                r.put("notes", row.notes());
            }
            rows.add(r);
        }
        out.put("rows", rows);
        List<Object> notes = new ArrayList<>();
        for (Note n : table.notes()) {
            notes.add(Ordered.map("id", n.id(), "text", texts(n.text())));
        }
        out.put("notes", notes);
        if (!table.editionNotes().isEmpty()) {
            List<Object> edition = new ArrayList<>();
            for (Note n : table.editionNotes()) {
                edition.add(Ordered.map("id", n.id(), "text", texts(n.text())));
            }
            out.put("edition_notes", edition);
        }
        return (JsonText.indented(out) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> column(Column c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("label", texts(c.label()));
        if (c.unit() != null) {
            out.put("unit", texts(c.unit()));
        }
        if (c.text()) {
            out.put("text", true);
        }
        if (c.units()) {
            out.put("units", true);
        }
        if (!c.columns().isEmpty()) {
            out.put("columns", c.columns().stream().map(JsonTables::column).toList());
        }
        return out;
    }

    private static Map<String, Object> cell(Row row, int c, UnitResolver units) {
        Cell cell = row.cells().get(c);
        Map<String, Object> out = new LinkedHashMap<>();
        if (cell.merge() != Cell.Merge.NONE) {
            out.put("merge", cell.merge() == Cell.Merge.UP ? "up" : "left");
            return out;
        }
        if (cell.value() != null && !cell.value().isEmpty()) {
            out.put("value", cell.value());
            if (cell.isNumeric()) {
                out.put("number", new BigDecimal(cell.value()));
            }
        }
        if (cell.text() != null) {
            out.put("text", texts(cell.text()));
        }
        if (!units.isWordColumn(c) && !cell.isEmpty()) {
            UnitResolver.Resolved u = units.resolve(row, c);
            if (u.unit() != null) {
                out.put("unit", texts(u.unit()));
            }
        }
        if (!cell.notes().isEmpty()) {
            out.put("notes", cell.notes());
        }
        return out;
    }

    private static Object texts(Localized l) {
        return l == null ? null : new java.util.TreeMap<>(l.byLang());
    }
}
