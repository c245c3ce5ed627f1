package plansite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plansite.memo.Fingerprint;
import plansite.model.BodyPart;
import plansite.model.Chapter;
import plansite.model.Html;
import plansite.model.Plan;

/**
 * The whole plan of one language on one page, for printing, saving as PDF and Ctrl+F. Chapters keep
 * their section ids (they are unique across the plan); their headings move one level down under the
 * chapter titles, and links between chapters become links within the page.
 */
final class OnePageEdition {
    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-5])([ >])");
    private static final Pattern PAGE_LINK = Pattern.compile("href=\"([a-z0-9][a-z0-9-]*)\\.html(#[^\"]*)?\"");

    static List<Views.ContentsEntry> contents(List<Chapter> chapters) {
        List<Views.ContentsEntry> out = new ArrayList<>();
        for (Chapter c : chapters) {
            List<Views.ContentsSection> sections = c.sections().stream()
                    .filter(s -> s.level() == 2)
                    .map(s -> new Views.ContentsSection(s.title(), "#" + s.id(), s.level()))
                    .toList();
            out.add(new Views.ContentsEntry(c.title(), "#" + c.id(), sections));
        }
        return out;
    }

    /**
     * The chapters' bodies as they stand on the page; each part of prose taken from {@code layouts} under
     * its text and the chapters' ids (an edit changes a part or two of one chapter).
     */
    static List<Views.FullChapter> chapters(Plan plan, List<Chapter> chapters,
            java.util.function.BiFunction<String, String, Html> tableHtml, Map<String, String> words, Layouts layouts) {
        List<Views.FullChapter> out = new ArrayList<>();
        List<String> idList = chapters.stream().map(Chapter::id).toList();
        java.util.Set<String> ids = java.util.Set.copyOf(idList);
        for (Chapter c : chapters) {
            List<Views.Part> body = new ArrayList<>();
            Map<Integer, Html> marked = DisputeMarks.marked(plan, c, words, AboutPages.DATA_NOTES + ".html");
            for (int i = 0; i < c.body().size(); i++) {
                BodyPart part = c.body().get(i);
                if (part instanceof BodyPart.Prose prose) {
                    Html html = marked.getOrDefault(i, prose.html());
                    Fingerprint key = Fingerprint.of("in-page").text(c.lang()).text(c.id()).number(i).value(html)
                            .value(idList).build();
                    body.add(new Views.Part(layouts.layout(key, () -> new Html(inPage(html.markup(), ids)))));
                } else if (part instanceof BodyPart.TablePlacement p) {
                    body.add(new Views.Part(tableHtml.apply(p.tableId(), TablePages.PAGE_FOLDER + p.tableId() + ".html")));
                }
            }
            out.add(new Views.FullChapter(c.id(), c.title(), body));
        }
        return out;
    }

    /** Headings one level down; links to other chapters' pages become links to their place on this page. */
    static String inPage(String markup, java.util.Set<String> chapterIds) {
        Matcher h = HEADING.matcher(markup);
        StringBuilder sb = new StringBuilder();
        while (h.find()) {
            int level = Integer.parseInt(h.group(2)) + 1;
            h.appendReplacement(sb, "<" + h.group(1) + "h" + level + h.group(3));
        }
        h.appendTail(sb);
        Matcher l = PAGE_LINK.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (l.find()) {
            // Only chapters are on this page; other pages (the glossary) stay where they are.
            String target = !chapterIds.contains(l.group(1)) ? l.group(0)
                    : "href=\"" + (l.group(2) != null ? l.group(2) : "#" + l.group(1)) + "\"";
            l.appendReplacement(out, Matcher.quoteReplacement(target));
        }
        l.appendTail(out);
        return out.toString();
    }

    private OnePageEdition() {}
}
