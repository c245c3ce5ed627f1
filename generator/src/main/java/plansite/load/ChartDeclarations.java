package plansite.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plansite.diag.Diagnostics;
import plansite.model.Cell;
import plansite.model.Chart;
import plansite.model.Column;
import plansite.model.Localized;
import plansite.model.Table;
import plansite.model.TableCheck;
import plansite.model.UnitResolver;

/**
 * Checks a table's {@code chart:} block against the table it draws: rows and columns that exist, columns of
 * figures, values of one unit on the one axis, and no total drawn among its own parts (the table's checks
 * say which rows and columns are totals), so that a chart can only compare what may be compared.
 */
final class ChartDeclarations {
    private static final String P = "/chart";
    /** A column formula that makes one column the sum of others: "c3 = c4 + c5". */
    private static final Pattern SUM = Pattern.compile("\\s*c(\\d+)\\s*=\\s*c(\\d+)((?:\\s*\\+\\s*c\\d+)+)\\s*");

    private ChartDeclarations() {}

    /** The chart, or empty with every mistake of its block reported in {@code diags}. */
    static Optional<Chart> check(TableFile.ChartFile c, Table table, String defaultLang, PositionIndex at,
            Diagnostics diags) {
        Diagnostics local = new Diagnostics();
        Required req = new Required(at, local, "a chart");
        Chart.Kind kind = null;
        if (req.text(c.kind(), P, "kind")) {
            try {
                kind = Chart.Kind.valueOf(c.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                local.error(at.at(P + "/kind"), "unknown chart kind '" + c.kind()
                        + "'; expected bars, grouped, stacked or dots");
            }
        }
        req.localized(c.summary(), P, "summary", List.of(defaultLang));
        List<Column> leaves = table.leafColumns();
        UnitResolver units = new UnitResolver(table);
        List<Integer> rows = indexes(c.rows(), "rows", "row", table.rows().size(), "rows", req, at, local);
        List<Integer> columns = indexes(c.columns(), "columns", "column", leaves.size(), "columns", req, at, local);
        for (int i = 0; i < columns.size(); i++) {
            int col = columns.get(i);
            if (col >= 0 && units.isWordColumn(col)) {
                local.error(at.at(item(c.columns(), "columns", i)), "chart column " + (col + 1) + " ("
                        + label(leaves.get(col), defaultLang) + ") is a column of words, not of figures; chart a"
                        + " column of numbers");
            }
        }
        List<Integer> labels;
        if (c.label() == null) {
            labels = table.headerColumns() > 0 ? List.of(table.headerColumns() - 1) : List.of();
            if (labels.isEmpty()) {
                local.error(at.at(P), "the table has no header column to name the rows; give the chart a 'label'"
                        + " column");
            }
        } else {
            labels = indexes(c.label(), "label", "label column", leaves.size(), "columns", null, at, local);
            for (int i = 0; i < labels.size(); i++) {
                int col = labels.get(i);
                if (col >= 0 && !units.isWordColumn(col)) {
                    local.error(at.at(item(c.label(), "label", i)), "label column " + (col + 1) + " ("
                            + label(leaves.get(col), defaultLang) + ") is a column of figures; name the rows with a"
                            + " column of words");
                }
            }
        }
        if (kind != null && !columns.isEmpty()) {
            String expected = switch (kind) {
                case BARS -> columns.size() == 1 ? null : "one column";
                case DOTS -> columns.size() == 2 ? null : "two columns (e.g. a target and what was achieved)";
                case GROUPED, STACKED -> columns.size() >= 2 ? null : "two columns or more";
            };
            if (expected != null) {
                local.error(at.at(P + "/columns"), "a chart of kind '" + kind.name().toLowerCase(Locale.ROOT)
                        + "' draws " + expected + "; this one gives " + columns.size());
            }
        }
        if (local.hasErrors()) {
            diags.addAll(local);
            return Optional.empty();
        }
        values(table, rows, columns, units, defaultLang, at, local);
        totals(table, rows, columns, kind, defaultLang, labels, at, local);
        diags.addAll(local);
        if (local.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Chart(kind, rows, columns, labels, c.title(), c.summary(), at.at(P)));
    }

    /** What a chart says of a figure below zero, after the figure. */
    static final String BELOW_ZERO = ", below zero; charts draw figures of 0 or more";

    /** Whether a cell holds a figure below zero, which a chart's bars from zero cannot draw. */
    static boolean belowZero(Cell cell) {
        return cell.isNumeric() && new BigDecimal(cell.value()).signum() < 0;
    }

    /** Every charted cell: a cell of its own, not negative, and all numbers of one unit. */
    private static void values(Table table, List<Integer> rows, List<Integer> columns, UnitResolver units,
            String lang, PositionIndex at, Diagnostics diags) {
        Map<String, String> unitSeen = new LinkedHashMap<>();
        for (int r : rows) {
            for (int col : columns) {
                Cell cell = table.rows().get(r).cells().get(col);
                String where = "row " + (r + 1) + ", column " + (col + 1);
                if (cell.merge() != Cell.Merge.NONE) {
                    diags.error(at.at(P + "/columns"), "the chart would draw " + where + ", which is merged with"
                            + " another cell; chart only cells of their own");
                    continue;
                }
                if (!cell.isNumeric()) {
                    continue;
                }
                if (belowZero(cell)) {
                    diags.error(at.at(P + "/rows"), "the chart would draw " + where + ", " + cell.value() + BELOW_ZERO);
                }
                Localized unit = units.resolve(table.rows().get(r), col).unit();
                String name = unit.in(lang);
                unitSeen.putIfAbsent(name, where);
            }
        }
        if (unitSeen.isEmpty()) {
            diags.error(at.at(P + "/rows"), "the chart's rows and columns hold no number to draw");
        } else if (unitSeen.size() > 1) {
            List<String> each = new ArrayList<>();
            unitSeen.forEach((unit, where) -> each.add(unit + " (" + where + ")"));
            diags.error(at.at(P + "/rows"), "the chart puts figures of " + unitSeen.size() + " units on one axis: "
                    + String.join(", ", each) + "; chart only rows and columns of one unit");
        }
    }

    /** No total among its parts: a total row with its part rows, or in a stack a sum column with its parts. */
    private static void totals(Table table, List<Integer> rows, List<Integer> columns, Chart.Kind kind, String lang,
            List<Integer> labels, PositionIndex at, Diagnostics diags) {
        Set<Integer> charted = Set.copyOf(rows);
        for (TableCheck check : table.checks()) {
            if (check instanceof TableCheck.Total t && charted.contains(t.row())
                    && (t.columns().isEmpty() || t.columns().stream().anyMatch(columns::contains))) {
                List<Integer> parts = t.parts().stream().filter(charted::contains).toList();
                if (!parts.isEmpty()) {
                    diags.error(at.at(P + "/rows"), "row " + (t.row() + 1) + " (" + rowName(table, t.row(), labels, lang)
                            + ") is the total of rows " + ranges(t.parts()) + " (the table's check on line "
                            + t.pos().line() + "), and the chart draws it among its parts (rows " + ranges(parts)
                            + "); chart the parts or the total, not both");
                }
            }
            if (kind == Chart.Kind.STACKED && check instanceof TableCheck.Formula f) {
                Matcher m = SUM.matcher(f.formula());
                if (m.matches()) {
                    int sum = Integer.parseInt(m.group(1)) - 1;
                    List<Integer> terms = new ArrayList<>();
                    terms.add(Integer.parseInt(m.group(2)) - 1);
                    Matcher more = Pattern.compile("c(\\d+)").matcher(m.group(3));
                    while (more.find()) {
                        terms.add(Integer.parseInt(more.group(1)) - 1);
                    }
                    if (columns.contains(sum) && terms.stream().anyMatch(columns::contains)) {
                        diags.error(at.at(P + "/columns"), "column " + (sum + 1) + " is the sum of columns "
                                + ranges(terms) + " (the table's formula \"" + f.formula().strip()
                                + "\"), and a stacked chart adds it to them again; stack the parts alone");
                    }
                }
            }
        }
    }

    /** 1-based indexes as written ({@code 3}, {@code "1-10"}, {@code [1, 3]}) → 0-based, each checked against {@code size}. */
    private static List<Integer> indexes(Object spec, String key, String what, int size, String plural, Required req,
            PositionIndex at, Diagnostics diags) {
        if (req != null && !req.value(spec, P, key)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        if (spec instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                one(list.get(i), P + "/" + key + "/" + i, what, size, plural, at, diags, out);
            }
        } else {
            one(spec, P + "/" + key, what, size, plural, at, diags, out);
        }
        Set<Integer> seen = new LinkedHashSet<>();
        for (int i : out) {
            if (i >= 0 && !seen.add(i)) {
                diags.error(at.at(P + "/" + key), "chart " + what + " " + (i + 1) + " is given twice");
            }
        }
        return out;
    }

    private static void one(Object spec, String pointer, String what, int size, String plural, PositionIndex at,
            Diagnostics diags, List<Integer> out) {
        List<Integer> got;
        try {
            got = TableLoader.range(spec);
        } catch (IllegalArgumentException e) {
            diags.error(at.at(pointer), e.getMessage());
            return;
        }
        for (int i : got) {
            if (i < 0 || i >= size) {
                diags.error(at.at(pointer), "chart " + what + " " + (i + 1) + " is not in the table, which has " + size
                        + " " + plural);
                out.add(-1);
            } else {
                out.add(i);
            }
        }
    }

    /** The pointer of the i-th index written, for a list; of the key, for a range. */
    private static String item(Object spec, String key, int i) {
        return spec instanceof List<?> ? P + "/" + key + "/" + i : P + "/" + key;
    }

    private static String label(Column c, String lang) {
        return c.label() == null ? "" : c.label().in(lang);
    }

    static String rowName(Table table, int r, List<Integer> labels, String lang) {
        List<String> parts = new ArrayList<>();
        for (int col : labels) {
            String s = table.origin(r, col).display(lang, lang);
            if (s != null && !s.isBlank() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(s))) {
                parts.add(s);
            }
        }
        return String.join(" ", parts);
    }

    /** 0-based indexes as editors write them: "1-10", "1, 3, 13". */
    static String ranges(List<Integer> zeroBased) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < zeroBased.size()) {
            int j = i;
            while (j + 1 < zeroBased.size() && zeroBased.get(j + 1) == zeroBased.get(j) + 1) {
                j++;
            }
            out.add(j > i + 1 ? (zeroBased.get(i) + 1) + "-" + (zeroBased.get(j) + 1)
                    : j == i + 1 ? (zeroBased.get(i) + 1) + ", " + (zeroBased.get(j) + 1) : String.valueOf(zeroBased.get(i) + 1));
            i = j + 1;
        }
        return String.join(", ", out);
    }
}
