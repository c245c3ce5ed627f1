package plansite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.Table;

/** The data catalogue and a page per table, with its downloads; none when the plan has no tables. */
final class DataPages implements PageKind {
    static final String DATA = "data";

    private final PageContext site;

    DataPages(PageContext site) {
        this.site = site;
    }

    @Override
    public List<Route> routes(Language lang) {
        Plan plan = site.plan();
        if (plan.tables().isEmpty()) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        String cataloguePath = lang.code() + "/" + DATA + ".html";
        routes.add(Route.page(cataloguePath, DATA, site.frame().inEveryLanguage(DATA), DATA + ".ftlh",
                () -> Map.of("page", site.frame().editionPage(lang, cataloguePath, DATA),
                        "catalogue", tablePages(lang).catalogue(cataloguePath))));
        for (Table t : plan.tables()) {
            String path = TablePages.path(lang.code(), t.id());
            Map<String, String> alternates = new LinkedHashMap<>();
            plan.languages().forEach(l -> alternates.put(l.code(), TablePages.path(l.code(), t.id())));
            routes.add(Route.page(path, "table", alternates, "table-page.ftlh", () -> model(lang, t, path, alternates)));
        }
        return routes;
    }

    private TablePages tablePages(Language lang) {
        return new TablePages(site.plan(), lang, site.downloadSizes(), v -> site.tables().render(lang, v));
    }

    private Map<String, Object> model(Language lang, Table t, String path, Map<String, String> alternates) {
        Plan plan = site.plan();
        Views.TablePage view = tablePages(lang).page(t, path);
        String title = view.table().label() + " " + view.table().title();
        String siteTitle = PageFrame.text(plan.site().title(), lang);
        List<Views.Link> crumbs = List.of(new Views.Link(siteTitle, Paths.link(path, Paths.home(lang.code()))),
                new Views.Link(title, null));
        Views.Page page = site.frame().page(lang, path, "table", title + " - " + siteTitle, title + " — " + siteTitle,
                alternates, crumbs);
        return Map.of("page", page, "tablePage", view);
    }
}
