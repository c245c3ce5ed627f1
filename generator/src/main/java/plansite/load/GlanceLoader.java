package plansite.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plansite.diag.Diagnostics;
import plansite.model.Glance;
import plansite.model.Localized;
import plansite.model.ProseCheck;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * Loads {@code data/glance.yaml} and checks every reference against the loaded tables and prose checks:
 * a figure names a table, a row and a column holding a figure, or a prose check; a chart names a table that
 * has one. Map ids are checked when the maps are made (data/maps.yaml is read then).
 */
final class GlanceLoader {
    private final YamlReader yaml;

    GlanceLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The keys as written; rows and columns 1-based. */
    record GlanceFile(Localized title, Localized intro, List<SectionFile> sections) {}

    record SectionFile(String id, Localized title, Localized intro, TargetsFile targets, List<FigureFile> figures,
            List<String> charts, List<String> maps) {}

    record FigureFile(String table, Integer row, Integer column, String check, Localized label, String map) {}

    record TargetsFile(String table, Object rows, Object name, Integer target, Integer attribute,
            List<BaselineFile> baselines, TargetsChartFile chart) {}

    record TargetsChartFile(String kind, Object rows, Object label, String unit, String baselineUnit,
            Localized title, Localized summary) {}

    record BaselineFile(Integer row, String table, Integer tableRow, Integer column, String check) {}

    Optional<Glance> load(InputFile file, String defaultLang, Map<String, Table> tables, List<ProseCheck> checks,
            Set<String> tableFiles, Diagnostics diags) {
        var parsed = yaml.readFile(file, GlanceFile.class, defaultLang, diags);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        GlanceFile g = parsed.get().value();
        PositionIndex at = parsed.get().positions();
        Diagnostics local = new Diagnostics();
        List<String> lang = List.of(defaultLang);
        Required req = new Required(at, local, "data/glance.yaml");
        req.localized(g.title(), "", "title", lang);
        Set<String> checkIds = new HashSet<>();
        checks.forEach(c -> checkIds.add(c.id()));
        List<Glance.Section> sections = new ArrayList<>();
        if (req.value(g.sections(), "", "sections")) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < g.sections().size(); i++) {
                SectionFile s = g.sections().get(i);
                String p = "/sections/" + i;
                Required sreq = new Required(at, local, "a section");
                if (sreq.text(s.id(), p, "id") && !ids.add(s.id())) {
                    local.error(at.at(p + "/id"), "duplicate section id '" + s.id() + "'");
                }
                sreq.localized(s.title(), p, "title", lang);
                Checker ck = new Checker(at, local, tables, checkIds, tableFiles, defaultLang);
                List<Glance.Figure> figures = new ArrayList<>();
                List<FigureFile> ff = s.figures() == null ? List.of() : s.figures();
                for (int j = 0; j < ff.size(); j++) {
                    FigureFile f = ff.get(j);
                    String fp = p + "/figures/" + j;
                    Glance.Ref ref = ck.ref(f.table(), f.row(), f.column(), f.check(), fp, "row");
                    if (ref != null && ref.isCheck()) {
                        new Required(at, local, "a figure from a prose check").localized(f.label(), fp, "label", lang);
                    }
                    if (ref != null) {
                        figures.add(new Glance.Figure(ref, f.label(),
                                f.map() == null ? null : new Glance.MapRef(f.map(), at.at(fp + "/map"))));
                    }
                }
                Glance.Targets targets = s.targets() == null ? null : ck.targets(s.targets(), p + "/targets");
                List<String> charts = s.charts() == null ? List.of() : s.charts();
                for (int j = 0; j < charts.size(); j++) {
                    ck.chart(charts.get(j), p + "/charts/" + j);
                }
                List<Glance.MapRef> maps = new ArrayList<>();
                List<String> mapIds = s.maps() == null ? List.of() : s.maps();
                for (int j = 0; j < mapIds.size(); j++) {
                    maps.add(new Glance.MapRef(mapIds.get(j), at.at(p + "/maps/" + j)));
                }
                if (figures.isEmpty() && targets == null && charts.isEmpty() && !local.hasErrors()) {
                    local.error(at.at(p), "section '" + s.id() + "' shows nothing; give it figures, targets or charts");
                }
                sections.add(new Glance.Section(s.id(), s.title(), s.intro(), targets, figures, charts, maps, at.at(p)));
            }
        }
        diags.addAll(local);
        return local.hasErrors() ? Optional.empty() : Optional.of(new Glance(g.title(), g.intro(), sections, at.at("")));
    }

    /** The checks of references, reporting at the reference's own key. */
    private record Checker(PositionIndex at, Diagnostics diags, Map<String, Table> tables, Set<String> checkIds,
            Set<String> tableFiles, String lang) {

        /** A table cell holding a figure (not a word), or a prose check: one or the other. */
        Glance.Ref ref(String table, Integer row, Integer column, String check, String p, String rowKey) {
            if (check != null) {
                if (table != null || row != null || column != null) {
                    diags.error(at.at(p), "a figure comes from a table (table, " + rowKey + ", column) or from a prose"
                            + " check (check), not both");
                    return null;
                }
                if (!checkIds.contains(check)) {
                    diags.error(at.at(p + "/check"), "unknown prose check '" + check + "'; expected the id of a check"
                            + " in data/checks/" + PlanValidator.suggestion(check, checkIds));
                    return null;
                }
                return new Glance.Ref(null, -1, -1, check, at.at(p));
            }
            if (table == null || row == null || column == null) {
                diags.error(at.at(p), "a figure needs table, " + rowKey + " and column (or check)");
                return null;
            }
            Table t = table(table, p + "/table");
            if (t == null) {
                return null;
            }
            String rp = p + "/" + rowKey.replace('-', '_');
            if (row < 1 || row > t.rows().size()) {
                diags.error(at.at(rp), "table '" + table + "' has no row " + row + "; it has " + t.rows().size()
                        + " rows");
                return null;
            }
            int leaves = t.leafColumns().size();
            if (column < 1 || column > leaves) {
                diags.error(at.at(p + "/column"), "table '" + table + "' has no column " + column + "; it has "
                        + leaves + " columns");
                return null;
            }
            var cell = t.rows().get(row - 1).cells().get(column - 1);
            if (new UnitResolver(t).isWordColumn(column - 1)) {
                diags.error(at.at(p + "/column"), "column " + column + " of table '" + table + "' is a column of words;"
                        + " a figure comes from a column of figures");
                return null;
            }
            if (cell.merge() != plansite.model.Cell.Merge.NONE) {
                diags.error(at.at(p + "/column"), "row " + row + ", column " + column + " of table '" + table
                        + "' is merged with another cell; name the cell it is merged into");
                return null;
            }
            return new Glance.Ref(table, row - 1, column - 1, null, at.at(p));
        }

        Table table(String id, String p) {
            Table t = tables.get(id);
            if (t == null && !tableFiles.contains(id)) {
                diags.error(at.at(p), "unknown table '" + id + "'; expected the id of a file in data/tables/"
                        + PlanValidator.suggestion(id, tables.keySet()));
            }
            return t;
        }

        void chart(String id, String p) {
            Table t = table(id, p);
            if (t != null && t.chart() == null) {
                diags.error(at.at(p), "table '" + id + "' has no chart; add a 'chart:' block to data/tables/" + id
                        + ".yaml or leave it out here");
            }
        }

        Glance.Targets targets(TargetsFile f, String p) {
            Required req = new Required(at, diags, "targets");
            if (!(req.text(f.table(), p, "table") & req.value(f.rows(), p, "rows") & req.value(f.name(), p, "name")
                    & req.value(f.target(), p, "target") & req.value(f.attribute(), p, "attribute"))) {
                return null;
            }
            Table t = table(f.table(), p + "/table");
            if (t == null) {
                return null;
            }
            List<Integer> rows;
            List<Integer> name;
            try {
                rows = TableLoader.range(f.rows());
                name = TableLoader.range(f.name());
            } catch (IllegalArgumentException e) {
                diags.error(at.at(p), e.getMessage());
                return null;
            }
            int leaves = t.leafColumns().size();
            boolean ok = true;
            for (int r : rows) {
                if (r < 0 || r >= t.rows().size()) {
                    diags.error(at.at(p + "/rows"), "table '" + t.id() + "' has no row " + (r + 1) + "; it has "
                            + t.rows().size() + " rows");
                    ok = false;
                }
            }
            for (int c : name) {
                if (c < 0 || c >= leaves) {
                    diags.error(at.at(p + "/name"), "table '" + t.id() + "' has no column " + (c + 1));
                    ok = false;
                }
            }
            for (String key : List.of("target", "attribute")) {
                int c = key.equals("target") ? f.target() : f.attribute();
                if (c < 1 || c > leaves) {
                    diags.error(at.at(p + "/" + key), "table '" + t.id() + "' has no column " + c + "; it has " + leaves
                            + " columns");
                    ok = false;
                }
            }
            List<Glance.Baseline> baselines = new ArrayList<>();
            List<BaselineFile> bf = f.baselines() == null ? List.of() : f.baselines();
            for (int i = 0; i < bf.size(); i++) {
                BaselineFile b = bf.get(i);
                String bp = p + "/baselines/" + i;
                if (b.row() == null || !rows.contains(b.row() - 1)) {
                    diags.error(at.at(bp + "/row"), "a baseline's row must be one of the targets' rows (row of table '"
                            + t.id() + "')");
                    ok = false;
                    continue;
                }
                Glance.Ref from = ref(b.table(), b.tableRow(), b.column(), b.check(), bp, "table_row");
                if (from == null) {
                    ok = false;
                } else {
                    baselines.add(new Glance.Baseline(b.row() - 1, from));
                }
            }
            if (!ok) {
                return null;
            }
            Glance.TargetsChart chart = null;
            if (f.chart() != null) {
                chart = new TargetsCharts(at, diags, tables, lang).check(f.chart(), t, rows, name, f.target() - 1,
                        baselines, p + "/chart");
                if (chart == null) {
                    return null;
                }
            }
            return new Glance.Targets(t.id(), rows, name, f.target() - 1, f.attribute() - 1, baselines, chart);
        }
    }
}
