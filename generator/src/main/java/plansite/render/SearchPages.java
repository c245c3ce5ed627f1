package plansite.render;

import java.util.List;
import java.util.Map;
import plansite.model.Language;
import plansite.search.SearchIndexWriter;

/** A language's search page and the index its script reads (made by the search phase). */
final class SearchPages implements PageKind {
    static final String SEARCH = "search";

    private final PageContext site;

    SearchPages(PageContext site) {
        this.site = site;
    }

    @Override
    public List<Route> routes(Language lang) {
        String path = lang.code() + "/" + SEARCH + ".html";
        String index = SearchIndexWriter.path(lang.code());
        return List.of(
                Route.unlisted(path, SEARCH, site.frame().inEveryLanguage(SEARCH), SEARCH + ".ftlh", () -> Map.of(
                        "page", site.frame().editionPage(lang, path, SEARCH), "searchIndex", Paths.link(path, index))),
                new Route(index, "search-index", Map.of(), false, new Route.SearchIndex(lang)));
    }
}
