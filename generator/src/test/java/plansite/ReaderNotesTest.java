package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.model.Note;
import plansite.model.Plan;
import plansite.model.Table;

/**
 * Readers never see internals: the notes under a table say what the plan says (a disagreement, a unit, what an
 * empty cell means), never how this edition rebuilt a table whose text came out of the PDF damaged. That is told
 * on "About this edition", table by table, each entry linked to its table and the table to its entry.
 */
class ReaderNotesTest {
    /**
     * Words that only a note on how the table was rebuilt uses: the PDF, the text taken out of it, its converted
     * or extracted form, cells re-set (重排) or reconstructed, the line breaks inside its cells.
     */
    private static final Pattern REBUILD_TALK = Pattern.compile(
            "(?i)PDF|convert|conversion|extracted|reconstruct|line break|转换|转换稿|提取|重排|换行|折行");

    @TempDir
    static Path dir;
    static Plan plan;
    static FixtureSite site;

    @BeforeAll
    static void build() {
        plan = TestPlans.load(FixtureSite.repo()).plan();
        site = FixtureSite.copyRepo(dir).build();
    }

    /** Each note of the table in each language, as "table/note (lang): text". */
    private static List<String> texts(Table t, List<Note> notes) {
        List<String> out = new ArrayList<>();
        for (Note n : notes) {
            for (var lang : plan.languages()) {
                if (n.text().has(lang.code())) {
                    out.add(t.id() + "/" + n.id() + " (" + lang.code() + "): " + n.text().in(lang.code()));
                }
            }
        }
        return out;
    }

    @Test
    void notesUnderATableNeverTellHowTheEditionRebuiltIt() {
        List<String> found = new ArrayList<>();
        for (Table t : plan.tables()) {
            for (String text : texts(t, t.notes())) {
                Matcher m = REBUILD_TALK.matcher(text);
                if (m.find()) {
                    found.add(text + "  [" + m.group() + "]");
                }
            }
        }
        assertEquals(List.of(), found, "these notes belong under the table's edition_notes, on About this edition");
    }

    /** The pattern is no dead letter: the notes on how tables were rebuilt do use these words. */
    @Test
    void editionNotesAreWhereTheRebuildIsTold() {
        long rebuilt = plan.tables().stream().flatMap(t -> texts(t, t.editionNotes()).stream())
                .filter(s -> REBUILD_TALK.matcher(s).find()).count();
        assertTrue(rebuilt >= 30, "only " + rebuilt + " edition notes in either language tell of the PDF");
    }

    /** What is shown under each table on its page, in each language: its notes and nothing of the rebuild. */
    @Test
    void theNotesShownUnderEveryTableSayNothingOfTheRebuild() {
        List<String> found = new ArrayList<>();
        for (var lang : plan.languages()) {
            for (Table t : plan.tables()) {
                Document page = site.page(lang.code() + "/tables/" + t.id() + ".html");
                for (Element li : page.select("figcaption.table-notes li")) {
                    if (REBUILD_TALK.matcher(li.text()).find()) {
                        found.add(lang.code() + "/tables/" + t.id() + ".html#" + li.id() + ": " + li.text());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theAboutPageSaysTableByTableHowTheEditionSetItAndLinksBothWays() {
        List<Table> edited = plan.tables().stream().filter(t -> !t.editionNotes().isEmpty()).toList();
        assertTrue(edited.size() >= 14, edited.size() + " tables have edition notes");
        for (var lang : plan.languages()) {
            String l = lang.code();
            Document about = site.page(l + "/about.html");
            assertEquals(edited.size(), about.select("h3.edition-table").size(), l + ": one entry per table so set");
            for (Table t : plan.tables()) {
                Element entry = about.getElementById("edition-" + t.id());
                Document page = site.page(l + "/tables/" + t.id() + ".html");
                Document chapter = site.page(l + "/" + t.chapter() + ".html");
                String lineSelector = "#" + t.id() + " p.table-edition a";
                if (t.editionNotes().isEmpty()) {
                    assertEquals(null, entry, l + ": " + t.id() + " has no edition notes, and no entry");
                    assertTrue(page.select(lineSelector).isEmpty(), l + ": " + t.id() + " has no line to About");
                    continue;
                }
                assertNotNull(entry, l + ": " + t.id() + " has no entry on About this edition");
                // The entry is titled with the table's caption and leads back to the table.
                Element back = entry.selectFirst("a");
                assertEquals("tables/" + t.id() + ".html", back.attr("href"), l + ": " + t.id());
                assertEquals(t.label().in(l, "zh") + " " + t.title().in(l, "zh"), back.text(), l + ": " + t.id());
                // It lists every edition note of the table, in order, each with an anchor of its own.
                Element list = entry.nextElementSibling();
                assertEquals("ul", list.tagName(), l + ": " + t.id());
                assertEquals(t.editionNotes().stream().map(n -> "edition-" + t.id() + "-" + n.id()).toList(),
                        list.select("> li").eachAttr("id"), l + ": " + t.id());
                assertEquals(t.editionNotes().stream().map(n -> n.text().in(l, "zh")).toList(),
                        list.select("> li").eachText(), l + ": " + t.id());
                // The table, on its page and in its chapter, has one quiet line leading to its entry.
                assertEquals(List.of("../about.html#edition-" + t.id()), page.select(lineSelector).eachAttr("href"),
                        l + ": the page of " + t.id());
                assertEquals(List.of("about.html#edition-" + t.id()), chapter.select(lineSelector).eachAttr("href"),
                        l + ": " + t.id() + " in " + t.chapter());
            }
        }
    }
}
