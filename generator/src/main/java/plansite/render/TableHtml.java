package plansite.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import plansite.diag.Diagnostics;
import plansite.model.Atlas;
import plansite.model.Html;
import plansite.model.Language;
import plansite.model.Plan;

/**
 * Each table laid out in HTML once per language and link, then shared by the chapter page, the
 * one-page edition and the table's own page, which would otherwise lay it out again and again.
 */
final class TableHtml {
    /** The templates' words per language, also used for the tables that are written in Java. */
    static final String MESSAGES = "i18n.ftlh";
    /** The words of the map pages, also used for a table's links to its maps. */
    static final String MAP_MESSAGES = "map-i18n.ftlh";

    private final Plan plan;
    private final Optional<Atlas> atlas;
    private final TemplateEngine templates;
    private final Diagnostics diags;
    private final Map<String, Html> made = new ConcurrentHashMap<>();
    private final Map<String, TableHtmlWriter> writers = new ConcurrentHashMap<>();

    TableHtml(Plan plan, Optional<Atlas> atlas, TemplateEngine templates, Diagnostics diags) {
        this.plan = plan;
        this.atlas = atlas;
        this.templates = templates;
        this.diags = diags;
    }

    Html render(Language lang, String tableId, String pageHref) {
        return made.computeIfAbsent(lang.code() + "|" + tableId + "|" + pageHref, k -> {
            Language fallback = plan.site().defaultLanguage();
            TableViews views = new TableViews(lang.code(), fallback.code(), fallback.htmlLang());
            return fragment(lang, views.view(plan.table(tableId).orElseThrow(), pageHref));
        });
    }

    Html render(Language lang, Views.TableView view) {
        return made.computeIfAbsent(lang.code() + "|" + view.id() + "|" + view.pageHref(), k -> fragment(lang, view));
    }

    private Html fragment(Language lang, Views.TableView view) {
        // A table links to the maps that show it; from a table's own page (no pageHref) one folder up.
        String mapsFolder = (view.pageHref() == null ? "../" : "") + MapPages.MAPS;
        List<Views.Link> mapLinks = atlas.map(a -> a.maps().stream()
                .filter(m -> m.tableIds().contains(view.id()))
                .map(m -> new Views.Link(m.id(), mapsFolder + m.id() + ".html")).toList()).orElse(List.of());
        TableHtmlWriter writer = writers.computeIfAbsent(lang.code(), code -> new TableHtmlWriter(
                templates.messages(MESSAGES, code, diags).orElse(Map.of()),
                atlas.isEmpty() ? Map.of() : templates.messages(MAP_MESSAGES, code, diags).orElse(Map.of())));
        return new Html(writer.write(view, mapLinks));
    }
}
