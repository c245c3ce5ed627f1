package plansite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plansite.memo.Fingerprint;
import plansite.model.Cell;
import plansite.model.Glance;
import plansite.model.Html;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.Note;
import plansite.model.Plan;
import plansite.model.Row;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * The chart of the glance's targets ({@code targets: chart:} in data/glance.yaml): for each charted indicator
 * its base-year figure, from the table cell its baseline names, against its target, drawn by {@link ChartSvg}
 * and set in the page by {@link ChartHtml} as a table's chart is. Its figures come from two tables, so its
 * notes are numbered in the chart's own order (base year, then target, row by row), each linked to its
 * table's note; its file is {@code <lang>/charts/glance-<section id>.svg}.
 */
final class GlanceChart {
    private final PageContext site;

    GlanceChart(PageContext site) {
        this.site = site;
    }

    static String path(String lang, String sectionId) {
        return lang + "/" + ChartHtml.FOLDER + "glance-" + sectionId + ".svg";
    }

    /** The chart in the glance page at {@code page}; its table link goes to the section's table of targets. */
    String figure(Language lang, Glance.Section s, String page) {
        ChartHtml charts = site.tables().charts();
        return charts.layout(Fingerprint.of("glance-chart").text(lang.code()).text(s.id()).text(page).value(s), lang,
                tables(s), () -> new Html(ChartHtml.figure(charts.chartWords(lang), shown(lang, s, page),
                        "#" + s.id() + "-table", Paths.link(page, path(lang.code(), s.id())), file(lang, s).length)))
                .markup();
    }

    /** The chart's standalone SVG file. */
    byte[] file(Language lang, Glance.Section s) {
        ChartHtml charts = site.tables().charts();
        return charts.layout(Fingerprint.of("glance-chart-file").text(lang.code()).text(s.id()).value(s), lang, tables(s),
                () -> new Html(ChartHtml.svgFile(charts.chartWords(lang), shown(lang, s, path(lang.code(), s.id())))))
                .markup().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The tables the chart draws on: its targets' table, then those of its base-year figures. */
    private Set<Table> tables(Glance.Section s) {
        Set<Table> tables = new LinkedHashSet<>(List.of(site.plan().table(s.targets().table()).orElseThrow()));
        tables.addAll(baseTables(s));
        return tables;
    }

    /** The tables of the chart's base-year figures, in the order of its rows. */
    private Set<Table> baseTables(Glance.Section s) {
        Set<Table> tables = new LinkedHashSet<>();
        for (int r : s.targets().chart().rows()) {
            tables.add(site.plan().table(baseline(s.targets(), r).table()).orElseThrow());
        }
        return tables;
    }

    /** What the chart shows, with its notes linked from {@code from} (a site path). */
    private ChartHtml.Shown shown(Language lang, Glance.Section s, String from) {
        Plan plan = site.plan();
        ChartHtml charts = site.tables().charts();
        Map<String, String> w = charts.chartWords(lang);
        String code = lang.code();
        String fallback = charts.fallback();
        Glance.Targets tg = s.targets();
        Glance.TargetsChart chart = tg.chart();
        Table targets = plan.table(tg.table()).orElseThrow();
        Set<Table> baseTables = baseTables(s);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<ChartHtml.CitedNote> cited = new ArrayList<>();
        Localized[] units = new Localized[2];
        // A note that no cell or row of its table cites is about the whole table (that its figures are of five
        // years, say, not of the base year alone), so it goes with the series drawn from it, beside its name.
        var period = plan.site().period();
        List<String> years = List.of(
                w.getOrDefault("glanceBase", "{year}").replace("{year}", String.valueOf(period.baseYear())),
                w.getOrDefault("glanceTarget", "{year} target").replace("{year}", String.valueOf(period.endYear())));
        List<String> series = List.of(named(years.get(0), baseTables, numbers, cited, lang, from, w),
                named(years.get(1), Set.of(targets), numbers, cited, lang, from, w));
        List<ChartSvg.Category> categories = new ArrayList<>();
        for (int r : chart.rows()) {
            Glance.Ref from0 = baseline(tg, r);
            Table base = plan.table(from0.table()).orElseThrow();
            Row row = targets.rows().get(r);
            List<Integer> rowNotes = numbered(targets, row.notes(), numbers, cited, lang, from);
            List<ChartSvg.Value> values = List.of(
                    value(base, from0.row(), from0.column(), true, units, 0, numbers, cited, lang, from),
                    value(targets, r, tg.target(), false, units, 1, numbers, cited, lang, from));
            categories.add(new ChartSvg.Category(GlancePages.rowName(targets, r, chart.label(), code, fallback), r,
                    values, rowNotes));
        }
        ChartSvg.Data d = new ChartSvg.Data(charts.text(chart.title(), lang), charts.text(chart.summary(), lang),
                unit(units, years, w, lang, charts), series, categories, chart.kind());
        List<Table> sources = new ArrayList<>(List.of(targets));
        baseTables.stream().filter(t -> !sources.contains(t)).forEach(sources::add);
        List<String> labels = sources.stream().map(t -> charts.text(t.label(), lang)).toList();
        return new ChartHtml.Shown(s.id() + "-chart", String.join(w.getOrDefault("glanceSep", ", "), labels), d, cited,
                charts.source(lang, sources), "glance-" + s.id() + ".png");
    }

    private static Glance.Ref baseline(Glance.Targets tg, int r) {
        return tg.baselines().stream().filter(b -> b.row() == r).findFirst().orElseThrow().from();
    }

    /** A series' name with the markers of the notes on its tables as a whole. */
    private String named(String name, Set<Table> tables, Map<String, Integer> numbers,
            List<ChartHtml.CitedNote> cited, Language lang, String from, Map<String, String> w) {
        StringBuilder out = new StringBuilder(name);
        for (Table t : tables) {
            for (int n : numbered(t, wholeTable(t), numbers, cited, lang, from)) {
                out.append(' ').append(ChartHtml.noteMark(w, n));
            }
        }
        return out.toString();
    }

    /** The notes of {@code t} that no row and no cell cites: notes on the table as a whole. */
    static List<String> wholeTable(Table t) {
        Set<String> cited = new java.util.HashSet<>();
        for (Row row : t.rows()) {
            cited.addAll(row.notes());
            row.cells().forEach(c -> cited.addAll(c.notes()));
        }
        return t.notes().stream().map(Note::id).filter(id -> !cited.contains(id)).toList();
    }

    /**
     * The figure of a cell with the numbers of its notes (and, for a base-year figure, of its row's notes:
     * the row is in another table, where they stand beside its name); notes the chart cites first get the next number.
     */
    private ChartSvg.Value value(Table t, int r, int col, boolean withRowNotes, Localized[] units, int series,
            Map<String, Integer> numbers, List<ChartHtml.CitedNote> cited, Language lang, String from) {
        Row row = t.rows().get(r);
        Cell cell = row.cells().get(col);
        List<String> ids = new ArrayList<>(withRowNotes ? row.notes() : List.of());
        cell.notes().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        if (cell.isNumeric() && units[series] == null) {
            units[series] = new UnitResolver(t).resolve(row, col).unit();
        }
        String fallback = site.tables().charts().fallback();
        return ChartSvg.value(cell, lang.code(), fallback, numbered(t, ids, numbers, cited, lang, from));
    }

    private List<Integer> numbered(Table t, List<String> ids, Map<String, Integer> numbers,
            List<ChartHtml.CitedNote> cited, Language lang, String from) {
        List<Integer> out = new ArrayList<>();
        for (String id : ids) {
            Note note = t.notes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
            Integer n = numbers.get(t.id() + "/" + id);
            if (n == null) {
                n = numbers.size() + 1;
                numbers.put(t.id() + "/" + id, n);
                cited.add(new ChartHtml.CitedNote(n, site.tables().charts().text(note.text(), lang),
                        Paths.link(from, TablePages.path(lang.code(), t.id())) + "#" + t.id() + "-note-" + id));
            }
            out.add(n);
        }
        return out;
    }

    /** The axis's unit: one, or each series' own where the base year is written in another ("万吨（2020 年）"). */
    private static String unit(Localized[] units, List<String> series, Map<String, String> w, Language lang,
            ChartHtml charts) {
        String base = units[0] == null ? null : charts.text(units[0], lang);
        String target = units[1] == null ? null : charts.text(units[1], lang);
        if (base == null || target == null || base.equals(target)) {
            return base == null ? target : base;
        }
        String each = w.getOrDefault("chartUnitOf", "{unit} ({series})");
        return each.replace("{unit}", base).replace("{series}", series.get(0)) + w.getOrDefault("chartSep", "; ")
                + each.replace("{unit}", target).replace("{series}", series.get(1));
    }
}
