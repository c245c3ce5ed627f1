package plansite.render;

import java.util.List;
import plansite.model.Language;

/** "About this edition" and the data notes of a language. */
final class AboutPages implements PageKind {
    static final String ABOUT = "about";
    static final String DATA_NOTES = "data-notes";

    private final PageContext site;

    /** The anchor, on "About this edition", of the entry saying how the edition set table {@code tableId}. */
    static String tableAnchor(String tableId) {
        return "edition-" + tableId;
    }

    AboutPages(PageContext site) {
        this.site = site;
    }

    @Override
    public List<Route> routes(Language lang) {
        return List.of(route(lang, ABOUT), route(lang, DATA_NOTES));
    }

    private Route route(Language lang, String page) {
        String path = lang.code() + "/" + page + ".html";
        return Route.page(path, page, site.frame().inEveryLanguage(page), page + ".ftlh", () -> {
            Views.Page view = site.frame().editionPage(lang, path, page);
            EditionPages pages = new EditionPages(site.plan(), lang);
            return ABOUT.equals(page) ? pages.about(view) : pages.dataNotes(view);
        });
    }
}
