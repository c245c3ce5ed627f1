package plansite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plansite.model.BodyPart;
import plansite.model.Chapter;
import plansite.model.Disagreement;
import plansite.model.FigureLocator;
import plansite.model.Html;
import plansite.model.Plan;

/**
 * The marks of the plan's disagreements in its chapters: after each figure a disagreement names, a small
 * link to its entry on the data notes page, which links back to it. Placed in the rendered text, so that the
 * chapter's Markdown says nothing of them, where the check phase found each figure (once, or it stops the build).
 */
final class DisputeMarks {
    /** The anchor of a disagreement's entry on the data notes page. */
    static String entryId(String disagreementId) {
        return "dn-" + disagreementId;
    }

    /** The anchor of a disagreement's mark at its {@code n}-th place (1-based). */
    static String markId(String disagreementId, int n) {
        return entryId(disagreementId) + "-" + n;
    }

    /** The disagreement that names each table note, by "table/note". */
    static Map<String, String> byTableNote(Plan plan) {
        Map<String, String> out = new HashMap<>();
        for (Disagreement d : plan.disagreements()) {
            d.tableNotes().forEach(n -> out.put(n.table() + "/" + n.note(), d.id()));
        }
        return out;
    }

    private record Mark(int offset, String html) {}

    /**
     * The chapter's prose parts with the marks in place, by the part's index in the body.
     * {@code words} are the page language's messages; {@code notesHref} the data notes page from this page.
     */
    static Map<Integer, Html> marked(Plan plan, Chapter chapter, Map<String, String> words, String notesHref) {
        Map<Integer, List<Mark>> marks = new HashMap<>();
        for (Disagreement d : plan.disagreements()) {
            for (int i = 0; i < d.places().size(); i++) {
                Disagreement.Place p = d.places().get(i);
                FigureLocator.Spot spot = p.spots().get(chapter.lang());
                if (!p.chapter().equals(chapter.id()) || spot == null) {
                    continue;
                }
                String label = words.getOrDefault("disputeMarkLabel", "")
                        .replace("{kind}", words.getOrDefault("kind-" + d.kind(), d.kind()));
                String html = "<sup class=\"dispute-ref\"><a id=\"" + markId(d.id(), i + 1) + "\" href=\""
                        + notesHref + "#" + entryId(d.id()) + "\" aria-label=\"" + TableHtmlWriter.esc(label) + "\">"
                        + TableHtmlWriter.esc(words.getOrDefault("disputeMark", "")) + "</a></sup>";
                marks.computeIfAbsent(spot.part(), k -> new ArrayList<>()).add(new Mark(spot.offset(), html));
            }
        }
        Map<Integer, Html> out = new HashMap<>();
        marks.forEach((part, list) -> {
            String markup = ((BodyPart.Prose) chapter.body().get(part)).html().markup();
            StringBuilder sb = new StringBuilder(markup);
            // From the end, so that each offset still points where it was found.
            list.stream().sorted(Comparator.comparingInt(Mark::offset).reversed())
                    .forEach(m -> sb.insert(m.offset(), m.html()));
            out.put(part, new Html(sb.toString()));
        });
        return out;
    }
}
