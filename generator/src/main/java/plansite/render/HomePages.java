package plansite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import plansite.model.Chapter;
import plansite.model.Language;
import plansite.model.Plan;

/** A language's home page: the plan's contents, chapter by chapter. */
final class HomePages implements PageKind {
    private final PageContext site;

    HomePages(PageContext site) {
        this.site = site;
    }

    @Override
    public List<Route> routes(Language lang) {
        String path = Paths.home(lang.code());
        Map<String, String> alternates = site.frame().chapterInEveryLanguage(null);
        return List.of(Route.page(path, "home", alternates, "home.ftlh", () -> {
            Plan plan = site.plan();
            List<Views.ContentsEntry> contents = new ArrayList<>();
            for (Chapter c : plan.chapters(lang.code())) {
                String href = Paths.link(path, Paths.chapter(lang.code(), c.id()));
                List<Views.ContentsSection> sections = c.sections().stream()
                        .filter(s -> s.level() == 2)
                        .map(s -> new Views.ContentsSection(s.title(), href + "#" + s.id(), s.level()))
                        .toList();
                contents.add(new Views.ContentsEntry(c.title(), href, sections));
            }
            Views.Page page = site.frame().page(lang, path, "home", PageFrame.text(plan.site().title(), lang),
                    PageFrame.text(plan.site().description(), lang), alternates, List.of());
            return Map.of("page", page, "home", new Views.HomePage(contents));
        }));
    }
}
