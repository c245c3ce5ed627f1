package plansite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plansite.model.Cell;
import plansite.model.Chapter;
import plansite.model.Column;
import plansite.model.Glance;
import plansite.model.Html;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.Note;
import plansite.model.Plan;
import plansite.model.ProseCheck;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * The plan at a glance ({@code <lang>/glance.html}), when the plan has {@code data/glance.yaml}: its
 * targets, key figures and charts, each figure as written where it comes from, linked there and with the
 * notes it carries; and every chart's SVG file ({@code <lang>/charts/<table-id>.svg}), glance or not.
 */
final class GlancePages implements PageKind {
    static final String PAGE = "glance";

    private final PageContext site;

    GlancePages(PageContext site) {
        this.site = site;
    }

    /** A note a figure carries, linked to where it stands. */
    public record NoteText(String text, String href) {}

    /** A figure as written, its unit, what it is, where it comes from (and its words, for a prose figure). */
    public record FigureView(String value, String unit, String label, String href, String source, String quote,
            String quoteLang, List<NoteText> notes, List<Views.Link> maps) {
        public FigureView {
            notes = List.copyOf(notes);
            maps = List.copyOf(maps);
        }
    }

    /** An indicator: its name, its base-year figure (or null), its target, unit and attribute. */
    public record TargetView(String name, FigureView base, FigureView target, String attribute) {}

    public record SectionView(String id, String title, String intro, List<TargetView> targets,
            List<FigureView> figures, List<Html> charts, List<Views.Link> maps) {
        public SectionView {
            targets = List.copyOf(targets);
            figures = List.copyOf(figures);
            charts = List.copyOf(charts);
            maps = List.copyOf(maps);
        }
    }

    public record GlancePage(String title, String intro, String baseYear, String targetYear,
            List<SectionView> sections) {
        public GlancePage {
            sections = List.copyOf(sections);
        }
    }

    @Override
    public List<Route> routes(Language lang) {
        Plan plan = site.plan();
        List<Route> routes = new ArrayList<>();
        plan.glanceOf().ifPresent(g -> {
            String path = lang.code() + "/" + PAGE + ".html";
            routes.add(Route.page(path, PAGE, site.frame().inEveryLanguage(PAGE), "glance.ftlh", () -> {
                String siteTitle = PageFrame.text(plan.site().title(), lang);
                String title = text(g.title(), lang);
                List<Views.Link> crumbs = List.of(new Views.Link(siteTitle, Paths.link(path, Paths.home(lang.code()))),
                        new Views.Link(title, null));
                Views.Page page = site.frame().page(lang, path, PAGE, title + " - " + siteTitle,
                        g.intro() == null ? title : text(g.intro(), lang), site.frame().inEveryLanguage(PAGE), crumbs);
                List<SectionView> sections = g.sections().stream().map(s -> section(s, lang, path)).toList();
                var period = plan.site().period();
                return Map.of("page", page, "glance", new GlancePage(title, text(g.intro(), lang),
                        String.valueOf(period.baseYear()), String.valueOf(period.endYear()), sections));
            }));
        });
        plan.glanceOf().ifPresent(g -> g.sections().stream().filter(s -> s.targets() != null
                && s.targets().chart() != null).forEach(s -> routes.add(Route.file(GlanceChart.path(lang.code(), s.id()),
                        "chart", () -> new GlanceChart(site).file(lang, s)))));
        for (Table t : plan.tables()) {
            if (t.chart() != null) {
                routes.add(Route.file(ChartHtml.path(lang.code(), t.id()), "chart",
                        () -> site.tables().charts().file(lang, t)));
            }
        }
        return routes;
    }

    private SectionView section(Glance.Section s, Language lang, String path) {
        List<TargetView> targets = new ArrayList<>();
        if (s.targets() != null) {
            Glance.Targets tg = s.targets();
            Table t = site.plan().table(tg.table()).orElseThrow();
            for (int r : tg.rows()) {
                FigureView base = tg.baselines().stream().filter(b -> b.row() == r).findFirst()
                        .map(b -> shortSource(figure(b.from(), null, lang, path), b.from(), lang)).orElse(null);
                String attribute = t.origin(r, tg.attribute()).display(lang.code(), fallback());
                targets.add(new TargetView(rowName(t, r, tg.name(), lang.code(), fallback()),  base,
                        figure(new Glance.Ref(t.id(), r, tg.target(), null, null), null, lang, path), attribute));
            }
        }
        List<FigureView> figures = s.figures().stream().map(f -> {
            FigureView v = figure(f.ref(), f.label(), lang, path);
            return f.map() == null ? v : new FigureView(v.value(), v.unit(), v.label(), v.href(), v.source(), v.quote(),
                    v.quoteLang(), v.notes(), mapLinks(List.of(f.map()), lang, path));
        }).toList();
        List<Html> charts = new ArrayList<>();
        if (s.targets() != null && s.targets().chart() != null) {
            charts.add(new Html(new GlanceChart(site).figure(lang, s, path)));
        }
        s.charts().stream().map(id -> {
            Table t = site.plan().table(id).orElseThrow();
            String tablePage = Paths.link(path, TablePages.path(lang.code(), id));
            return new Html(site.tables().charts().figure(lang, t, tablePage + "#" + id, tablePage,
                    Paths.link(path, ChartHtml.path(lang.code(), id))));
        }).forEach(charts::add);
        return new SectionView(s.id(), text(s.title(), lang), text(s.intro(), lang), targets, figures, charts,
                mapLinks(s.maps(), lang, path));
    }

    /** In the targets' table a base-year figure names its source briefly: "专栏 7, row 1", or the chapter. */
    private FigureView shortSource(FigureView v, Glance.Ref ref, Language lang) {
        String source = v.source();
        if (!ref.isCheck()) {
            Table t = site.plan().table(ref.table()).orElseThrow();
            source = text(t.label(), lang) + site.words().of(Words.CHART_MESSAGES, lang.code()).getOrDefault("glanceSep", ", ")
                    + site.words().of(Words.CHART_MESSAGES, lang.code()).getOrDefault("glanceRow", "row {n}")
                            .replace("{n}", String.valueOf(ref.row() + 1));
        }
        return new FigureView(v.value(), v.unit(), v.label(), v.href(), source, v.quote(), v.quoteLang(), v.notes(),
                v.maps());
    }

    private List<Views.Link> mapLinks(List<Glance.MapRef> refs, Language lang, String path) {
        List<Views.Link> out = new ArrayList<>();
        site.atlas().ifPresent(a -> refs.forEach(ref -> a.maps().stream().filter(m -> m.id().equals(ref.id()))
                .findFirst().ifPresent(m -> out.add(new Views.Link(m.title().in(lang.code(), fallback()),
                        Paths.link(path, lang.code() + "/" + MapPages.MAPS + m.id() + ".html"))))));
        return out;
    }

    /** A figure where it is written: a table cell (value, unit, notes) or a prose check (printed, quote, note). */
    private FigureView figure(Glance.Ref ref, Localized label, Language lang, String path) {
        Plan plan = site.plan();
        if (ref.isCheck()) {
            ProseCheck c = plan.proseChecks().stream().filter(p -> p.id().equals(ref.check())).findFirst().orElseThrow();
            Optional<Chapter> chapter = plan.chapter(lang.code(), c.chapter())
                    .or(() -> plan.chapter(fallback(), c.chapter()));
            String href = Paths.link(path, Paths.chapter(lang.code(), c.chapter()))
                    + (c.section() == null ? "" : "#" + c.section());
            String source = chapter.map(ch -> ch.title() + (c.section() == null ? ""
                    : ch.section(c.section()).map(sec -> " · " + sec.title()).orElse(""))).orElse(c.chapter());
            List<NoteText> notes = c.note() == null ? List.of() : List.of(new NoteText(text(c.note(), lang), null));
            String quoteLang = lang.equals(plan.site().defaultLanguage()) ? null
                    : plan.site().defaultLanguage().htmlLang();
            return new FigureView(c.printed(), null, text(label, lang), href, source, c.quote(), quoteLang, notes,
                    List.of());
        }
        Table t = plan.table(ref.table()).orElseThrow();
        var row = t.rows().get(ref.row());
        Cell cell = row.cells().get(ref.column());
        String value = cell.isEmpty() ? null : cell.display(lang.code(), fallback());
        // Only a figure has a unit: a cell of words ("停采", stopped production) is shown as its words.
        String unit = cell.isNumeric() || cell.unit() != null
                ? text(new UnitResolver(t).resolve(row, ref.column()).unit(), lang) : null;
        String tablePage = Paths.link(path, TablePages.path(lang.code(), t.id()));
        List<NoteText> notes = new ArrayList<>();
        List<String> ids = new ArrayList<>(row.notes());
        cell.notes().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        for (String id : ids) {
            t.notes().stream().filter(n -> n.id().equals(id)).findFirst().map(Note::text).ifPresent(n ->
                    notes.add(new NoteText(text(n, lang), tablePage + "#" + t.id() + "-note-" + id)));
        }
        String shown = label != null ? text(label, lang)
                : rowName(t, ref.row(), headerColumns(t), lang.code(), fallback()) + " · " + columnName(t, ref.column(), lang);
        String source = text(t.label(), lang) + " " + text(t.title(), lang);
        return new FigureView(value, unit, shown, tablePage + "#" + t.id() + "-r" + (ref.row() + 1), source, null, null,
                notes, List.of());
    }

    private static List<Integer> headerColumns(Table t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.headerColumns(); i++) {
            out.add(i);
        }
        return out;
    }

    /** The row's name: the words of its name columns (a merged cell's once), in the page's language. */
    static String rowName(Table t, int r, List<Integer> columns, String lang, String fallback) {
        List<String> parts = new ArrayList<>();
        UnitResolver units = new UnitResolver(t);
        for (int c : columns) {
            Cell origin = t.origin(r, c);
            // A number in a header column is the row's serial number (序号), not part of its name.
            if (origin.isNumeric() && units.isWordColumn(c) && c < t.headerColumns() && columns.size() > 1) {
                continue;
            }
            String s = origin.display(lang, fallback);
            if (s != null && !s.isBlank() && !parts.contains(s)) {
                parts.add(s);
            }
        }
        return String.join(" ", parts);
    }

    private String columnName(Table t, int c, Language lang) {
        List<Column> path = t.leafPaths().get(c);
        List<String> parts = new ArrayList<>();
        for (Column col : path) {
            if (col.label() != null) {
                parts.add(text(col.label(), lang));
            }
        }
        return String.join(" ", parts);
    }

    private String fallback() {
        return site.plan().site().defaultLanguage().code();
    }

    private String text(Localized l, Language lang) {
        return l == null ? null : l.in(lang.code(), fallback());
    }
}
