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
        List<Table> tables = plan.tables();
        List<Table> reading = readingOrder(plan);
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            int index = reading.indexOf(t);
            String path = TablePages.path(lang.code(), t.id());
            Map<String, String> alternates = new LinkedHashMap<>();
            plan.languages().forEach(l -> alternates.put(l.code(), TablePages.path(l.code(), t.id())));
            routes.add(Route.page(path, "table", alternates, "table-page.ftlh", () -> model(lang, t, path, alternates,
                    Pager.of(reading, index, path, o -> TablePages.path(lang.code(), o.id()),
                            o -> tableTitle(o, lang)))));
        }
        return routes;
    }

    /**
     * The tables as a reader meets them, as the catalogue lists them: chapter by chapter, each chapter's by
     * their place in it, derived tables after; the previous and next links of the table pages follow it.
     */
    static List<Table> readingOrder(Plan plan) {
        List<Table> out = new ArrayList<>();
        for (var c : plan.chapters(plan.site().defaultLanguage().code())) {
            List<String> placed = c.tablePlacements().stream().map(p -> p.tableId()).toList();
            plan.tables().stream().filter(t -> t.chapter().equals(c.id()))
                    .sorted(java.util.Comparator.comparingInt((Table t) -> placed.indexOf(t.id()))).forEach(out::add);
        }
        plan.tables().stream().filter(t -> !out.contains(t)).forEach(out::add);
        return out;
    }

    private String tableTitle(Table t, Language lang) {
        String fallback = site.plan().site().defaultLanguage().code();
        return t.label().in(lang.code(), fallback) + " " + t.title().in(lang.code(), fallback);
    }

    private TablePages tablePages(Language lang) {
        return new TablePages(site.plan(), lang, site.downloadSizes(), site.tables().disputes(),
                v -> site.tables().render(lang, v));
    }

    private Map<String, Object> model(Language lang, Table t, String path, Map<String, String> alternates, Pager pager) {
        Plan plan = site.plan();
        Views.TablePage view = tablePages(lang).page(t, path);
        String title = view.table().label() + " " + view.table().title();
        String siteTitle = PageFrame.text(plan.site().title(), lang);
        List<Views.Link> crumbs = List.of(new Views.Link(siteTitle, Paths.link(path, Paths.home(lang.code()))),
                new Views.Link(title, null));
        Views.Page page = site.frame().page(lang, path, "table", title + " - " + siteTitle, title + " — " + siteTitle,
                alternates, crumbs);
        return Map.of("page", page, "tablePage", view, "pager", pager);
    }
}
