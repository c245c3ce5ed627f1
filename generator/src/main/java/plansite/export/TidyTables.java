package plansite.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plansite.diag.Diagnostics;
import plansite.model.Cell;
import plansite.model.Localized;
import plansite.model.Table;
import plansite.model.TableCheck;
import plansite.model.TidyLayout;
import plansite.model.UnitResolver;

/**
 * The tidy form of a table: one row per value or text cell, with what a journalist needs to filter, join
 * and sum it: the row's stable key, its label parts, its county's adcode and the plan's other dimensions
 * (where the table's {@code tidy:} block names the columns), the measure and period of the column, the number split from the
 * comparator, status or remark printed with it, the unit, the row's role after the table's total checks,
 * and the notes. The printed text is kept beside the number, unchanged.
 */
public final class TidyTables {
    /** Row-label parts given a column each; a table with more row-header columns joins the rest into the last. */
    static final int LABEL_PARTS = 3;
    /** A comparator printed before a number (as in "≥60", "约 5"). */
    private static final Pattern QUALIFIED = Pattern.compile(
            "^\\s*(≥|≤|>|<|约)?\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*(?:[(（](.*)[)）])?\\s*$");

    /** A county of the boundaries: its adcode and its names. */
    public record County(String adcode, Localized name) {}

    /** One row of the tidy file, its cells in the order of {@link #columns}. */
    record Line(List<String> cells) {}

    private final String zh;
    private final String en;
    private final String keyLang;
    private final List<County> counties;

    private final List<String> dimensions;

    TidyTables(String zh, String en, String keyLang, List<County> counties, List<String> dimensions) {
        this.dimensions = List.copyOf(dimensions);
        this.zh = zh;
        this.en = en;
        this.keyLang = keyLang;
        this.counties = List.copyOf(counties);
    }

    /** The column names, the languages' codes as suffixes: row_label_1_zh, …, value, comparator, …. */
    List<String> columns() {
        List<String> out = new ArrayList<>(List.of("table_id", "row_key", "row", "column", "role"));
        for (int i = 1; i <= LABEL_PARTS; i++) {
            out.add("row_label_" + i + "_" + zh);
            out.add("row_label_" + i + "_" + en);
        }
        out.addAll(List.of("adcode", "county_" + zh, "county_" + en));
        for (String d : dimensions) {
            out.add(d + "_" + zh);
            out.add(d + "_" + en);
        }
        out.addAll(List.of("measure", "measure_" + zh, "measure_" + en, "period", "kind", "value", "comparator", "status_" + zh,
                "status_" + en, "remark_" + zh, "remark_" + en, "printed_" + zh, "printed_" + en, "unit_" + zh,
                "unit_" + en, "note_" + zh, "note_" + en));
        return out;
    }

    /** What a column of {@link #columns} holds, for the data package (its type and description). */
    static String type(String column) {
        return switch (column) {
            case "row", "column" -> "integer";
            case "value" -> "number";
            default -> "string";
        };
    }

    /**
     * Whether the table's declarations hold against the boundaries: every data row of a county column names
     * a county of data/geo/ (total and subtotal rows may name none), and a county column needs the boundaries.
     */
    void check(Table t, Diagnostics diags) {
        TidyLayout layout = t.tidy();
        if (layout.countyColumn() == null) {
            return;
        }
        if (counties.isEmpty()) {
            diags.error(layout.pos(), "table '" + t.id() + "' names a county column, but there are no county"
                    + " boundaries (data/geo/) to give its counties' codes");
            return;
        }
        List<String> roles = roles(t);
        for (int r = 0; r < t.rows().size(); r++) {
            String name = text(t, r, layout.countyColumn(), zh);
            if (county(name).isEmpty() && roles.get(r).equals("data")) {
                diags.error(layout.pos(), "row " + (r + 1) + " of table '" + t.id() + "': '" + name + "' in its county"
                        + " column (" + (layout.countyColumn() + 1) + ") is not a county of data/geo/; expected one"
                        + " of: " + String.join(", ", counties.stream().map(c -> c.name().in(zh)).toList()));
            }
        }
    }

    /** The table's lines, one per filled value or text cell, row by row. */
    List<Line> lines(Table t) {
        TableGrid gz = new TableGrid(t, zh, zh);
        TableGrid ge = new TableGrid(t, en, zh);
        TableGrid gk = new TableGrid(t, keyLang, zh);
        TidyLayout layout = t.tidy();
        List<String> keys = TidyLayout.rowKeys(t, keyLang, zh);
        List<String> roles = roles(t);
        List<Line> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> rowPart = new ArrayList<>(List.of(t.id(), keys.get(r), String.valueOf(r + 1)));
            List<String> labels = labels(t, r);
            Optional<County> county = layout.countyColumn() == null ? Optional.empty()
                    : county(text(t, r, layout.countyColumn(), zh));
            for (int c = 0; c < gz.width(); c++) {
                Cell cell = t.rows().get(r).cells().get(c);
                boolean header = c < t.headerColumns();
                boolean unitsColumn = !header && gz.units.isWordColumn(c) && !isTextColumn(t, c);
                boolean text = gz.units.isWordColumn(c);
                // A text printed once for several rows (an attribute, 约束性) is each row's; a number, only its own
                // row's, or the rows would count it twice.
                boolean filled = text && cell.merge() == Cell.Merge.UP && t.origin(r, c).merge() == Cell.Merge.NONE
                        && !t.origin(r, c).isEmpty();
                if (header || unitsColumn || (cell.merge() != Cell.Merge.NONE && !filled) || (cell.isEmpty() && !filled)) {
                    continue;
                }
                String printedZh = gz.value(r, c);
                String printedEn = ge.value(r, c);
                Optional<Parsed> pz = text ? Optional.empty() : parse(printedZh);
                Optional<Parsed> pe = text ? Optional.empty() : parse(printedEn);
                String kind = text ? "text" : pz.isPresent() ? "number" : "status";
                UnitResolver.Resolved unit = gz.units.resolve(t.rows().get(r), c);
                Optional<TidyLayout.Measure> measure = layout.measure(c);
                List<String> ids = gz.noteIds(r, c);
                List<String> line = new ArrayList<>(rowPart);
                line.add(String.valueOf(c + 1));
                line.add(roles.get(r));
                line.addAll(labels);
                line.add(county.map(County::adcode).orElse(""));
                line.add(county.map(x -> x.name().in(zh, zh)).orElse(""));
                line.add(county.map(x -> x.name().in(en, zh)).orElse(""));
                for (String d : dimensions) {
                    Optional<Integer> dc = layout.dimension(d);
                    line.add(dc.isEmpty() ? "" : text(t, r, dc.get(), zh));
                    line.add(dc.isEmpty() ? "" : text(t, r, dc.get(), en));
                }
                line.add(measure.map(TidyLayout.Measure::measure).orElse(TidyLayout.slug(gk.columnPath(c))));
                line.add(gz.columnPath(c));
                line.add(ge.columnPath(c));
                line.add(measure.map(TidyLayout.Measure::period).orElse(""));
                line.add(kind);
                line.add(pz.map(Parsed::number).orElse(""));
                line.add(pz.map(Parsed::comparator).orElse(""));
                line.add(kind.equals("status") ? printedZh : "");
                line.add(kind.equals("status") ? printedEn : "");
                line.add(pz.map(Parsed::remark).orElse(""));
                line.add(pe.map(Parsed::remark).orElse(""));
                line.add(printedZh);
                line.add(printedEn);
                line.add(text ? "" : gz.text(unit.unit()));
                line.add(text ? "" : ge.text(unit.unit()));
                line.add(notes(gz, ids));
                line.add(notes(ge, ids));
                out.add(new Line(line));
            }
        }
        return out;
    }

    private static boolean isTextColumn(Table t, int c) {
        return t.leafPaths().get(c).stream().anyMatch(plansite.model.Column::text);
    }

    /** The row-header cells' texts per language, a column each; a cell merged with the one to its left is empty. */
    private List<String> labels(Table t, int r) {
        List<String> out = new ArrayList<>();
        int n = t.headerColumns();
        for (int part = 0; part < LABEL_PARTS; part++) {
            List<Integer> columns = new ArrayList<>();
            if (part < LABEL_PARTS - 1) {
                if (part < n) {
                    columns.add(part);
                }
            } else {
                for (int c = part; c < n; c++) {
                    columns.add(c);
                }
            }
            for (String lang : List.of(zh, en)) {
                List<String> texts = new ArrayList<>();
                for (int c : columns) {
                    if (t.rows().get(r).cells().get(c).merge() != Cell.Merge.LEFT) {
                        texts.add(text(t, r, c, lang));
                    }
                }
                out.add(String.join(" / ", texts));
            }
        }
        return out;
    }

    private String text(Table t, int r, int c, String lang) {
        String s = t.origin(r, c).display(lang, zh);
        return s == null ? "" : s;
    }

    /** A printed value split by the general rule: a number, the comparator before it, a remark in brackets after it. */
    record Parsed(String number, String comparator, String remark) {}

    /** The printed text as a number with its qualifiers, or empty when it holds no number (a status, 停采). */
    static Optional<Parsed> parse(String printed) {
        Matcher m = QUALIFIED.matcher(printed);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(m.group(2), m.group(1) == null ? "" : m.group(1),
                m.group(3) == null ? "" : m.group(3).strip()));
    }

    private Optional<County> county(String name) {
        return counties.stream().filter(c -> name.equals(c.name().in(zh))).findFirst();
    }

    private static String notes(TableGrid g, List<String> ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(g.noteText(id)));
        return String.join(" | ", out);
    }

    /**
     * Each row's role after the table's total checks: "total" for the one total row that is no part of
     * another, "subtotal" for the other total rows (a group's total, or one of several top totals), "data"
     * for the rest. Summing the data rows of a column gives its total, where the source's figures agree.
     */
    static List<String> roles(Table t) {
        Set<Integer> totals = new HashSet<>();
        Set<Integer> parts = new HashSet<>();
        for (TableCheck check : t.checks()) {
            if (check instanceof TableCheck.Total total) {
                totals.add(total.row());
                parts.addAll(total.parts());
            }
        }
        List<Integer> top = totals.stream().filter(r -> !parts.contains(r)).toList();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            out.add(!totals.contains(r) ? "data" : top.size() == 1 && top.get(0) == r ? "total" : "subtotal");
        }
        return out;
    }

    /** For the notes file: every note of the table, its id, and where it is cited ("r2 c7", "r5"). */
    static Map<String, List<String>> citedAt(Table t) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        t.notes().forEach(n -> out.put(n.id(), new ArrayList<>()));
        for (int r = 0; r < t.rows().size(); r++) {
            for (String id : t.rows().get(r).notes()) {
                out.computeIfAbsent(id, k -> new ArrayList<>()).add("r" + (r + 1));
            }
            List<Cell> cells = t.rows().get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                for (String id : cells.get(c).notes()) {
                    out.computeIfAbsent(id, k -> new ArrayList<>()).add("r" + (r + 1) + " c" + (c + 1));
                }
            }
        }
        return out;
    }
}
