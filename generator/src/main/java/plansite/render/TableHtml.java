package plansite.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import plansite.memo.Fingerprint;
import plansite.model.Atlas;
import plansite.model.Html;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.Table;

/**
 * Each table laid out in HTML once per language and link, then shared by the chapter page, the
 * one-page edition and the table's own page, which would otherwise lay it out again and again.
 */
final class TableHtml {
    private final Plan plan;
    private final Optional<Atlas> atlas;
    private final Words words;
    /** Softly held: a large edition's tables would fill the heap, and one made again has the same bytes. */
    private final Map<String, java.lang.ref.SoftReference<Html>> made = new ConcurrentHashMap<>();
    private final Map<String, TableHtmlWriter> writers = new ConcurrentHashMap<>();
    private final Map<String, String> disputes;
    /** {@link #disputes} by table: a layout depends on its own table's alone. */
    private final Map<String, Map<String, String>> disputesOf = new java.util.HashMap<>();
    private final Map<String, Fingerprint> keys = new ConcurrentHashMap<>();
    private final ChartHtml charts;
    private final Layouts layouts;

    TableHtml(Plan plan, Optional<Atlas> atlas, Words words, Layouts layouts) {
        this.plan = plan;
        this.atlas = atlas;
        this.words = words;
        this.layouts = layouts;
        this.disputes = DisputeMarks.byTableNote(plan);
        plan.disagreements().forEach(d -> d.tableNotes().forEach(n -> disputesOf.computeIfAbsent(n.table(),
                k -> new java.util.TreeMap<>()).put(n.table() + "/" + n.note(), d.id())));
        this.charts = new ChartHtml(plan, words, disputes, layouts, this::key);
    }

    /** The disagreement each note states, by "table/note" ({@link DisputeMarks#byTableNote}). */
    Map<String, String> disputes() {
        return disputes;
    }

    ChartHtml charts() {
        return charts;
    }

    Html render(Language lang, String tableId, String pageHref) {
        return made(lang, plan.table(tableId).orElseThrow(), pageHref, null);
    }

    Html render(Language lang, Views.TableView view) {
        return made(lang, plan.table(view.id()).orElseThrow(), view.pageHref(), view);
    }

    /**
     * The layout of table {@code t} in {@code lang} as linked from {@code pageHref} (null: its own page),
     * of {@code given} view or else the table's own: made once a build, and taken from earlier work under
     * what it is made from ({@link #key}) and the links to the maps that show it. A given view is the
     * table's own view too ({@link TablePages} makes it as {@link #view} does), so the key need not hold it.
     */
    private Html made(Language lang, Table t, String pageHref, Views.TableView given) {
        String name = lang.code() + "|" + t.id() + "|" + pageHref;
        java.lang.ref.SoftReference<Html> kept = made.get(name);
        Html html = kept == null ? null : kept.get();
        if (html == null) {
            List<Views.Link> mapLinks = mapLinks(lang, t.id(), pageHref);
            html = layouts.layout(Fingerprint.of("layout").text(name).fingerprint(key(lang, t)).value(mapLinks).build(),
                    () -> fragment(lang, given != null ? given : view(lang, t, pageHref), mapLinks));
            made.put(name, new java.lang.ref.SoftReference<>(html));
        }
        return html;
    }

    /**
     * What a table's layouts and chart in {@code lang} are made from, once a build: the table, the site's
     * settings, the disagreements its notes state, and the words of the tables, maps and charts (by their
     * fingerprints, which compare at once where the words of the last build compare word by word).
     */
    Fingerprint key(Language lang, Table t) {
        return keys.computeIfAbsent(lang.code() + "|" + t.id(), k -> {
            Fingerprint.Builder key = Fingerprint.of("table").text(k).value(lang).value(t).value(plan.site())
                    .value(disputesOf.getOrDefault(t.id(), Map.of()))
                    .fingerprint(words.fingerprint(Words.MESSAGES, lang.code()));
            if (t.chart() != null) {
                key.fingerprint(words.fingerprint(Words.CHART_MESSAGES, lang.code()));
            }
            if (atlas.isPresent()) {
                key.fingerprint(words.fingerprint(Words.MAP_MESSAGES, lang.code()));
            }
            return key.build();
        });
    }

    private Views.TableView view(Language lang, Table t, String pageHref) {
        Language fallback = plan.site().defaultLanguage();
        return new TableViews(lang.code(), fallback.code(), fallback.htmlLang(), disputes).view(t, pageHref);
    }

    /** The maps that show the table; from a table's own page (no pageHref) one folder up. */
    private List<Views.Link> mapLinks(Language lang, String tableId, String pageHref) {
        String mapsFolder = (pageHref == null ? "../" : "") + MapPages.MAPS;
        String fallback = plan.site().defaultLanguage().code();
        return atlas.map(a -> a.maps().stream()
                .filter(m -> m.tableIds().contains(tableId))
                .map(m -> new Views.Link(m.title().in(lang.code(), fallback), mapsFolder + m.id() + ".html")).toList())
                .orElse(List.of());
    }

    private Html fragment(Language lang, Views.TableView view, List<Views.Link> mapLinks) {
        TableHtmlWriter writer = writers.computeIfAbsent(lang.code(), code -> new TableHtmlWriter(
                words.of(Words.MESSAGES, code), atlas.isEmpty() ? Map.of() : words.of(Words.MAP_MESSAGES, code)));
        String table = writer.write(view, mapLinks);
        Table t = plan.table(view.id()).orElse(null);
        if (t == null || t.chart() == null) {
            return new Html(table);
        }
        // The chart stands before its table, which is its full alternative; from a table's page one folder up.
        String up = view.pageHref() == null ? "../" : "";
        return new Html(charts.figure(lang, t, "#" + t.id(), "", up + ChartHtml.FOLDER + t.id() + ".svg") + table);
    }
}
