package plansite.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plansite.model.Language;
import plansite.model.Plan;

/** The two pages outside every language: the language chooser at the site's root, and 404. */
final class RootPages {
    private final PageContext site;

    RootPages(PageContext site) {
        this.site = site;
    }

    Route chooser() {
        return Route.unlisted("index.html", "root", site.frame().chapterInEveryLanguage(null), "root.ftlh",
                () -> Map.of("page", frame("index.html", "root"), "root", new Views.RootPage(languages())));
    }

    Route notFound() {
        Plan plan = site.plan();
        return Route.unlisted("404.html", "404", site.frame().chapterInEveryLanguage(null), "404.ftlh", () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("page", frame("404.html", "404"));
            model.put("root", new Views.RootPage(languages()));
            model.put("basePath", basePath(plan.site().baseUrl()));
            return model;
        });
    }

    /** The frame of a page outside the languages: in the first language, titled with the plan's title. */
    private Views.Page frame(String path, String kind) {
        Plan plan = site.plan();
        Language first = plan.site().defaultLanguage();
        return site.frame().page(first, path, kind, PageFrame.text(plan.site().title(), first),
                PageFrame.text(plan.site().description(), first), site.frame().chapterInEveryLanguage(null), List.of());
    }

    private List<Views.RootLanguage> languages() {
        Plan plan = site.plan();
        return plan.languages().stream()
                .map(l -> new Views.RootLanguage(l.code(), l.htmlLang(), l.name(), PageFrame.text(plan.site().title(), l),
                        PageFrame.text(plan.site().description(), l), Paths.home(l.code()),
                        PageFrame.text(plan.site().publisher(), l),
                        PageFrame.text(plan.site().publication().issuedBy(), l) + " "
                                + PageFrame.text(plan.site().publication().issueNote(), l)))
                .toList();
    }

    /** The path part of the base URL: a 404 page is served at any depth, so it links from there. */
    private static String basePath(String baseUrl) {
        int start = baseUrl.indexOf('/', baseUrl.indexOf("//") + 2);
        return start < 0 ? "/" : baseUrl.substring(start);
    }
}
