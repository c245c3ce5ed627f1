package plansite.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    private final ChartHtml charts;

    TableHtml(Plan plan, Optional<Atlas> atlas, Words words) {
        this.plan = plan;
        this.atlas = atlas;
        this.words = words;
        this.disputes = DisputeMarks.byTableNote(plan);
        this.charts = new ChartHtml(plan, words, disputes);
    }

    /** The disagreement each note states, by "table/note" ({@link DisputeMarks#byTableNote}). */
    Map<String, String> disputes() {
        return disputes;
    }

    ChartHtml charts() {
        return charts;
    }

    Html render(Language lang, String tableId, String pageHref) {
        return made(lang.code() + "|" + tableId + "|" + pageHref, () -> {
            Language fallback = plan.site().defaultLanguage();
            TableViews views = new TableViews(lang.code(), fallback.code(), fallback.htmlLang(), disputes);
            return fragment(lang, views.view(plan.table(tableId).orElseThrow(), pageHref));
        });
    }

    Html render(Language lang, Views.TableView view) {
        return made(lang.code() + "|" + view.id() + "|" + view.pageHref(), () -> fragment(lang, view));
    }

    private Html made(String key, java.util.function.Supplier<Html> make) {
        java.lang.ref.SoftReference<Html> kept = made.get(key);
        Html html = kept == null ? null : kept.get();
        if (html == null) {
            html = make.get();
            made.put(key, new java.lang.ref.SoftReference<>(html));
        }
        return html;
    }

    private Html fragment(Language lang, Views.TableView view) {
        // A table links to the maps that show it; from a table's own page (no pageHref) one folder up.
        String mapsFolder = (view.pageHref() == null ? "../" : "") + MapPages.MAPS;
        String fallback = plan.site().defaultLanguage().code();
        List<Views.Link> mapLinks = atlas.map(a -> a.maps().stream()
                .filter(m -> m.tableIds().contains(view.id()))
                .map(m -> new Views.Link(m.title().in(lang.code(), fallback), mapsFolder + m.id() + ".html")).toList())
                .orElse(List.of());
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
