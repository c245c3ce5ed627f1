package plansite.render;

import java.util.List;
import java.util.Map;
import plansite.model.Chapter;
import plansite.model.Language;

/** The whole plan of a language on one page, to read through or print. */
final class FullEditionPages implements PageKind {
    static final String FULL = "full";

    private final PageContext site;

    FullEditionPages(PageContext site) {
        this.site = site;
    }

    @Override
    public List<Route> routes(Language lang) {
        String path = lang.code() + "/" + FULL + ".html";
        return List.of(Route.page(path, FULL, site.frame().inEveryLanguage(FULL), FULL + ".ftlh", () -> {
            List<Chapter> chapters = site.plan().chapters(lang.code());
            List<Views.FullChapter> bodies = OnePageEdition.chapters(site.plan(), chapters,
                    (id, href) -> site.tables().render(lang, id, href), site.words().of(Words.MESSAGES, lang.code()),
                    site.layouts());
            return Map.of("page", site.frame().editionPage(lang, path, FULL), "full", new Views.FullPage(
                    OnePageEdition.contents(chapters), bodies), "terms", TermDefinitions.used(site.plan(), lang,
                    bodies.stream().flatMap(c -> c.body().stream()).toList()));
        }));
    }
}
