package plansite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import plansite.model.BodyPart;
import plansite.model.Chapter;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.Section;

/** One page per chapter: its text with its tables in place, its contents, previous and next. */
final class ChapterPages implements PageKind {
    private final PageContext site;

    ChapterPages(PageContext site) {
        this.site = site;
    }

    @Override
    public List<Route> routes(Language lang) {
        List<Chapter> chapters = site.plan().chapters(lang.code());
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            int index = i;
            String path = Paths.chapter(lang.code(), chapters.get(i).id());
            routes.add(Route.page(path, "chapter", site.frame().chapterInEveryLanguage(chapters.get(i).id()),
                    "chapter.ftlh", () -> model(lang, chapters, index)));
        }
        return routes;
    }

    private Map<String, Object> model(Language lang, List<Chapter> chapters, int index) {
        Plan plan = site.plan();
        Chapter c = chapters.get(index);
        String path = Paths.chapter(lang.code(), c.id());
        List<Views.ContentsSection> toc = c.sections().stream()
                .filter(s -> s.level() <= 3)
                .map(s -> new Views.ContentsSection(s.title(), "#" + s.id(), s.level()))
                .toList();
        Language fallback = plan.site().defaultLanguage();
        List<Views.Part> body = new ArrayList<>();
        Map<Integer, plansite.model.Html> marked = DisputeMarks.marked(plan, c, site.words().of(Words.MESSAGES,
                lang.code()), AboutPages.DATA_NOTES + ".html");
        for (int i = 0; i < c.body().size(); i++) {
            BodyPart part = c.body().get(i);
            if (part instanceof BodyPart.Prose prose) {
                body.add(new Views.Part(marked.getOrDefault(i, prose.html())));
            } else if (part instanceof BodyPart.TablePlacement placement) {
                body.add(new Views.Part(site.tables().render(lang, placement.tableId(),
                        TablePages.PAGE_FOLDER + placement.tableId() + ".html")));
            }
        }
        Views.Link previous = index > 0 ? link(path, lang, chapters.get(index - 1)) : null;
        Views.Link next = index + 1 < chapters.size() ? link(path, lang, chapters.get(index + 1)) : null;
        String siteTitle = PageFrame.text(plan.site().title(), lang);
        List<Views.Link> breadcrumb = List.of(
                new Views.Link(siteTitle, Paths.link(path, Paths.home(lang.code()))),
                new Views.Link(c.title(), null));
        Views.Page page = site.frame().page(lang, path, "chapter", c.title() + " - " + siteTitle,
                siteTitle + " " + c.title() + sectionSummary(c), site.frame().chapterInEveryLanguage(c.id()), breadcrumb);
        Views.Stale stale = null;
        if (c.translation() != null) {
            Chapter original = plan.chapter(fallback.code(), c.id()).orElseThrow();
            if (!original.contentHash().equals(c.translation().sourceHash())) {
                stale = new Views.Stale(Paths.link(path, Paths.chapter(fallback.code(), c.id())), fallback.htmlLang());
            }
        }
        return Map.of("page", page, "chapter", new Views.ChapterPage(c.id(), c.title(), toc, body, previous, next,
                stale), "terms", TermDefinitions.used(plan, lang, body));
    }

    private static String sectionSummary(Chapter c) {
        List<String> titles = c.sections().stream().filter(s -> s.level() == 2).map(Section::title).toList();
        return titles.isEmpty() ? "" : ": " + String.join(", ", titles);
    }

    private static Views.Link link(String from, Language lang, Chapter c) {
        return new Views.Link(c.title(), Paths.link(from, Paths.chapter(lang.code(), c.id())));
    }
}
