package plansite.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import plansite.diag.Diagnostics;
import plansite.model.Cell;
import plansite.model.Chart;
import plansite.model.Glance;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * Checks the {@code chart:} of the glance's targets (data/glance.yaml): the base year against the target, so
 * grouped bars or dots; each row one of the targets' rows with a baseline from a table cell (a prose check
 * has no unit to put on the axis); every target in the chart's {@code unit} and every base-year figure in its
 * {@code baseline_unit} (the unit, unless the source of the base year writes the same quantity otherwise, as
 * a year's output in 万吨 where the targets are in 万吨/年), so that one axis holds one quantity.
 */
final class TargetsCharts {
    private final PositionIndex at;
    private final Diagnostics diags;
    private final Map<String, Table> tables;
    private final String lang;

    TargetsCharts(PositionIndex at, Diagnostics diags, Map<String, Table> tables, String lang) {
        this.at = at;
        this.diags = diags;
        this.tables = tables;
        this.lang = lang;
    }

    /** The chart, or null with its mistakes reported; rows and columns 0-based, {@code p} the chart's pointer. */
    Glance.TargetsChart check(GlanceLoader.TargetsChartFile c, Table t, List<Integer> targetRows, List<Integer> name,
            int target, List<Glance.Baseline> baselines, String p) {
        Diagnostics local = new Diagnostics();
        Required req = new Required(at, local, "a targets chart");
        Chart.Kind kind = null;
        if (req.text(c.kind(), p, "kind")) {
            String k = c.kind().strip().toLowerCase(Locale.ROOT);
            kind = k.equals("grouped") ? Chart.Kind.GROUPED : k.equals("dots") ? Chart.Kind.DOTS : null;
            if (kind == null) {
                local.error(at.at(p + "/kind"), "unknown kind '" + c.kind() + "' for a chart of the targets; expected"
                        + " grouped or dots (the base year against the target)");
            }
        }
        req.localized(c.title(), p, "title", List.of(lang));
        req.localized(c.summary(), p, "summary", List.of(lang));
        boolean unit = req.text(c.unit(), p, "unit");
        List<Integer> rows = new ArrayList<>();
        if (req.value(c.rows(), p, "rows")) {
            List<?> items = c.rows() instanceof List<?> list ? list : List.of(c.rows());
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String rp = c.rows() instanceof List<?> ? p + "/rows/" + i : p + "/rows";
                for (int r : range(items.get(i), rp, local)) {
                    if (!seen.add(r)) {
                        local.error(at.at(rp), "chart row " + (r + 1) + " is given twice");
                    } else if (row(t, r, targetRows, name, target, baselines, unit ? c : null, rp, local)) {
                        rows.add(r);
                    }
                }
            }
        }
        List<Integer> label = name;
        if (c.label() != null) {
            label = range(c.label(), p + "/label", local);
            UnitResolver units = new UnitResolver(t);
            for (int col : label) {
                if (col < 0 || col >= t.leafColumns().size()) {
                    local.error(at.at(p + "/label"), "table '" + t.id() + "' has no column " + (col + 1) + "; it has "
                            + t.leafColumns().size() + " columns");
                } else if (!units.isWordColumn(col)) {
                    local.error(at.at(p + "/label"), "label column " + (col + 1) + " of table '" + t.id() + "' is a"
                            + " column of figures; name the rows with a column of words");
                }
            }
        }
        diags.addAll(local);
        return local.hasErrors() ? null
                : new Glance.TargetsChart(kind, rows, label, c.title(), c.summary(), at.at(p));
    }

    /** Whether row {@code r} may be charted: a target row with a table cell for its baseline, of the chart's units. */
    private boolean row(Table t, int r, List<Integer> targetRows, List<Integer> name, int target,
            List<Glance.Baseline> baselines, GlanceLoader.TargetsChartFile units, String rp, Diagnostics local) {
        if (!targetRows.contains(r)) {
            local.error(at.at(rp), "chart row " + (r + 1) + " is not one of the targets' rows of table '" + t.id() + "'");
            return false;
        }
        String named = ChartDeclarations.rowName(t, r, name, lang);
        Glance.Baseline base = baselines.stream().filter(b -> b.row() == r).findFirst().orElse(null);
        if (base == null) {
            local.error(at.at(rp), "row " + (r + 1) + " (" + named + ") has no baseline; a chart of the targets draws"
                    + " the base year against the target: give the row a baseline or leave it out of the chart");
            return false;
        }
        if (base.from().isCheck()) {
            local.error(at.at(rp), "the baseline of row " + (r + 1) + " (" + named + ") is the prose check '"
                    + base.from().check() + "', which has no unit to put on the axis; chart rows whose baseline is a"
                    + " table cell");
            return false;
        }
        if (units == null) {
            return true;
        }
        String axis = units.unit().strip();
        String baseAxis = units.baselineUnit() == null ? axis : units.baselineUnit().strip();
        boolean ok = sameUnit(t, r, target, axis, "the target of row " + (r + 1) + " (" + named + ")", "unit", rp,
                local);
        Table from = tables.get(base.from().table());
        return sameUnit(from, base.from().row(), base.from().column(), baseAxis, "the baseline of row " + (r + 1) + " ("
                + from.id() + ", row " + (base.from().row() + 1) + ", column " + (base.from().column() + 1) + ")",
                units.baselineUnit() == null ? "unit" : "baseline_unit", rp, local) && ok;
    }

    /** A figure of 0 or more (a cell of words or an empty one is drawn as such, and has no unit) in the unit of its axis. */
    private boolean sameUnit(Table t, int r, int col, String axis, String what, String key, String rp,
            Diagnostics local) {
        Cell cell = t.rows().get(r).cells().get(col);
        if (!cell.isNumeric()) {
            return true;
        }
        if (ChartDeclarations.belowZero(cell)) {
            local.error(at.at(rp), what + " is " + cell.value() + ChartDeclarations.BELOW_ZERO);
            return false;
        }
        var resolved = new UnitResolver(t).resolve(t.rows().get(r), col).unit();
        String unit = resolved == null ? "" : resolved.in(lang);
        if (!unit.equals(axis)) {
            local.error(at.at(rp), what + " is in " + unit + ", and the chart's " + key + " is " + axis
                    + ": two units on one axis; chart only rows of one unit");
            return false;
        }
        return true;
    }

    private List<Integer> range(Object spec, String pointer, Diagnostics local) {
        try {
            return TableLoader.range(spec);
        } catch (IllegalArgumentException e) {
            local.error(at.at(pointer), e.getMessage());
            return List.of();
        }
    }
}
