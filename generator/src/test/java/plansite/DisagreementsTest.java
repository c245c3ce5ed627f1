package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import plansite.cli.ExitCode;

/**
 * The plan's disagreements: each recorded once (data/disagreements.yaml), listed on the data notes page and
 * marked where its figure stands, in every language, the mark and the entry linked both ways; an input that
 * breaks this is an error at its line.
 */
class DisagreementsTest {
    @TempDir
    Path dir;

    private static final String RECORDS = "data/disagreements.yaml";

    private static List<String> withoutStaleness(List<String> diagnostics) {
        return diagnostics.stream().filter(d -> !d.contains("has changed since this translation")).toList();
    }

    @Test
    void mistakesInTheRecordsThemselvesAreReportedAtTheirLinesAllTogether() {
        FixtureSite site = FixtureSite.copy("basic", dir).write(RECORDS, """
                - id: restored-area
                  kind: sums
                  at:
                    - chapter: ch1
                      section: ch1-s1
                      figure: {zh: 已修复 4.2 平方千米, en: 4.2 km²}
                  checks: [bad]
                - id: Bad_Id
                  kind: wording
                - id: restored-area
                  kind: unit
                  at:
                    - section: ch1-s1
                """);
        FixtureSite.Run run = site.run("build");
        assertEquals(ExitCode.INPUT_ERRORS, run.exitCode(), run.err());
        assertEquals(List.of(
                "data/disagreements.yaml:2:3: error: unknown kind 'sums'; expected one of: arithmetic,"
                        + " cross-reference, unit, date, wording",
                "data/disagreements.yaml:8:3: error: the disagreement 'Bad_Id' has no place: give 'at' (the figure"
                        + " in a chapter's section) or 'table_notes'",
                "data/disagreements.yaml:8:3: error: the id 'Bad_Id' must be lower-case letters, digits and hyphens"
                        + " (it is the anchor of its data note)",
                "data/disagreements.yaml:10:3: error: duplicate disagreement id 'restored-area'",
                "data/disagreements.yaml:13:7: error: missing required key 'chapter' in a place of a disagreement",
                "data/disagreements.yaml:13:7: error: missing required key 'figure' in a place of a disagreement"),
                withoutStaleness(run.diagnostics()), run.err());
        assertTrue(run.err().endsWith("plansite: build failed in validate; nothing was written\n"), run.err());
        assertFalse(Files.exists(site.out()), "nothing is written");
    }

    @Test
    void recordsThatDoNotMatchThePlanAndFiguresNoneRecordsAreErrorsAllTogether() {
        FixtureSite site = FixtureSite.copy("basic", dir).write(RECORDS, """
                - id: restored-area
                  kind: arithmetic
                  at:
                    - chapter: ch1
                      section: ch1-s1
                      figure: {zh: 已修复 4.2 平方千米, en: 4.2 km²}
                  checks: [nosuch]
                - id: t2-total
                  kind: arithmetic
                  table_notes:
                    - {table: t2, note: summ}
                    - {table: t3, note: sum}
                - id: elsewhere
                  kind: wording
                  at:
                    - {chapter: ch9, figure: {zh: 九}}
                    - {chapter: ch1, section: ch1-s7, figure: {zh: 一}}
                  note: {zh: 说明}
                """);
        FixtureSite.Run run = site.run("check");
        assertEquals(ExitCode.INPUT_ERRORS, run.exitCode(), run.err());
        assertEquals(List.of(
                "data/checks/ch1.yaml:11:3: error: prose check 'bad' disagrees with its arithmetic (printed 4.2,"
                        + " 3.561 + 0.553 = 4.1) and no disagreement names it; add one to data/disagreements.yaml with"
                        + " its figure in each language, so that the text marks it",
                "data/disagreements.yaml:1:3: error: disagreement 'restored-area' has no note: give 'note', or name a"
                        + " prose check or a table note that has one",
                "data/disagreements.yaml:1:3: error: disagreement 'restored-area' names the prose check 'nosuch',"
                        + " which no file in data/checks/ has",
                "data/disagreements.yaml:8:3: error: disagreement 't2-total' has no note: give 'note', or name a"
                        + " prose check or a table note that has one",
                "data/disagreements.yaml:11:7: error: table 't2' has no note 'summ'; expected one of: sum",
                "data/disagreements.yaml:12:7: error: unknown table 't3'",
                "data/disagreements.yaml:13:3: error: the note of disagreement 'elsewhere' has no text for language 'en'",
                "data/disagreements.yaml:16:7: error: disagreement 'elsewhere': unknown chapter 'ch9'",
                "data/disagreements.yaml:17:7: error: disagreement 'elsewhere': unknown section 'ch1-s7' of chapter"
                        + " 'ch1'",
                "data/tables/t2.yaml:16:5: error: table 't2', row 3, column 4: printed 2.075 but 0 + 2.074 = 2.074,"
                        + " and no disagreement names its note (sum); name it under 'table_notes' in"
                        + " data/disagreements.yaml"),
                withoutStaleness(run.diagnostics()), run.err());
    }

    @Test
    void aFigureThatIsNotInItsSectionNamesTheDisagreementTheFileAndTheSection() {
        FixtureSite site = FixtureSite.copy("basic", dir).write(RECORDS, """
                - id: restored-area
                  kind: arithmetic
                  at:
                    - chapter: ch1
                      section: ch1-s1
                      figure: {zh: 已修复 4.3 平方千米, en: km²}
                  checks: [bad]
                  note: {zh: 另一说明, en: Another note}
                - id: t2-total
                  kind: arithmetic
                  table_notes:
                    - {table: t2, note: sum}
                """);
        FixtureSite.Run run = site.run("check");
        assertEquals(ExitCode.INPUT_ERRORS, run.exitCode(), run.err());
        assertEquals(List.of(
                "data/disagreements.yaml:1:3: error: the note of disagreement 'restored-area' is written twice: here"
                        + " and in its prose check 'bad' (data/checks/ch1.yaml:11:3); keep one",
                "data/disagreements.yaml:4:7: error: disagreement 'restored-area': the figure 'km²' occurs 2 times"
                        + " in section 'ch1-s1' of content/en/ch1.md; give text that occurs there once",
                "data/disagreements.yaml:4:7: error: disagreement 'restored-area': the figure '已修复 4.3 平方千米'"
                        + " occurs 0 times in section 'ch1-s1' of content/zh/ch1.md; give text that occurs there once"),
                withoutStaleness(run.diagnostics()), run.err());
    }

    @Test
    void aPlanWithoutRecordsListsWhatTheArithmeticFindsUnmarked() {
        FixtureSite site = FixtureSite.copy("basic", dir).delete(RECORDS).build();
        Document notes = site.page("zh/data-notes.html");
        assertEquals(List.of("dn-bad", "dn-t2-sum"), notes.select("ol.findings > li").eachAttr("id"));
        assertEquals("正文为 4.2，表中两县相加为 4.114。", notes.selectFirst("#dn-bad .finding-note").text());
        assertEquals(0, site.page("zh/ch1.html").select("sup.dispute-ref").size());
        assertEquals("data-notes.html#dn-t2-sum",
                site.page("zh/ch2.html").selectFirst("#t2-note-sum a.dispute-link").attr("href"));
    }

    /**
     * The plan itself: every disagreement recorded has its entry, marked in both languages, linked both ways;
     * every mark and every entry is one recorded; every prose check's note and every table note that states a
     * recomputed figure's difference is a disagreement recorded.
     */
    @Test
    void everyDisagreementOfThePlanIsListedAndMarkedInBothLanguagesAndBack() throws IOException {
        FixtureSite site = FixtureSite.copyRepo(dir).build();
        List<Map<String, Object>> records = new Yaml().load(Files.readString(site.file(RECORDS)));
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Integer> prosePlaces = new TreeMap<>();
        Set<String> namedChecks = new TreeSet<>();
        Set<String> namedTableNotes = new TreeSet<>();
        for (Map<String, Object> r : records) {
            String id = (String) r.get("id");
            ids.add(id);
            prosePlaces.put(id, r.get("at") == null ? 0 : ((List<?>) r.get("at")).size());
            if (r.get("checks") != null) {
                ((List<?>) r.get("checks")).forEach(c -> namedChecks.add((String) c));
            }
            if (r.get("table_notes") != null) {
                for (Object o : (List<?>) r.get("table_notes")) {
                    Map<?, ?> n = (Map<?, ?>) o;
                    namedTableNotes.add(n.get("table") + "/" + n.get("note"));
                }
            }
        }
        // A prose check's note is written only where the figure disagrees: each is a disagreement recorded.
        try (var files = Files.list(site.file("data/checks"))) {
            for (Path f : files.sorted().toList()) {
                List<Map<String, Object>> checks = new Yaml().load(Files.readString(f));
                for (Map<String, Object> c : checks == null ? List.<Map<String, Object>>of() : checks) {
                    if (c.get("note") != null) {
                        assertTrue(namedChecks.contains((String) c.get("id")), "the note of prose check " + c.get("id")
                                + " states a disagreement that data/disagreements.yaml does not record");
                    }
                }
            }
        }
        for (String lang : List.of("zh", "en")) {
            Document notes = site.page(lang + "/data-notes.html");
            List<String> entries = notes.select("ol.findings > li").eachAttr("id");
            assertEquals(ids.stream().map(i -> "dn-" + i).toList(), sortedLike(entries, ids),
                    lang + ": one entry per disagreement recorded, and no other");
            for (String id : ids) {
                Element entry = notes.getElementById("dn-" + id);
                assertTrue(entry.selectFirst(".dispute-kind") != null, id);
                assertFalse(entry.select(".finding-note").isEmpty(), lang + ": " + id + " has no note");
                List<Element> back = entry.select(".dispute-places a");
                assertFalse(back.isEmpty(), id);
                int marks = 0;
                for (Element a : back) {
                    String[] href = a.attr("href").split("#");
                    Document target = site.page(lang + "/" + href[0]);
                    Element there = target.getElementById(href[1]);
                    assertTrue(there != null, lang + ": " + id + " links back to " + a.attr("href") + ", which is not there");
                    if (there.parent().hasClass("dispute-ref")) {
                        marks++;
                        assertEquals("data-notes.html#dn-" + id, there.attr("href"), lang + ": the mark of " + id);
                        assertFalse(there.attr("aria-label").isBlank(), "the mark of " + id + " has an accessible name");
                    } else {
                        assertEquals("data-notes.html#dn-" + id, there.selectFirst("a.dispute-link").attr("href"),
                                lang + ": the table note " + href[1] + " links back to " + id);
                    }
                }
                assertEquals(prosePlaces.get(id), marks, lang + ": " + id + " is marked at each of its places");
            }
            // The reverse: every mark on every chapter page is of a disagreement recorded, and listed.
            List<String> marked = new ArrayList<>();
            try (var pages = Files.list(site.out().resolve(lang))) {
                for (Path p : pages.filter(p -> p.getFileName().toString().matches("(ch\\d+|general)\\.html")).toList()) {
                    for (Element a : site.page(lang + "/" + p.getFileName()).select("sup.dispute-ref a")) {
                        String target = a.attr("href").replace("data-notes.html#", "");
                        assertTrue(entries.contains(target), lang + ": " + p.getFileName() + " marks " + target
                                + ", which the data notes do not list");
                        marked.add(a.id());
                    }
                }
            }
            assertEquals(prosePlaces.values().stream().mapToInt(Integer::intValue).sum(), marked.size(), lang);
            assertEquals(new TreeSet<>(marked).size(), marked.size(), lang + ": marks are unique");
            // Table notes that link to the data notes are exactly those recorded.
            Set<String> linked = new TreeSet<>();
            try (var pages = Files.list(site.out().resolve(lang + "/tables"))) {
                for (Path p : pages.toList()) {
                    for (Element li : site.page(lang + "/tables/" + p.getFileName()).select("li:has(> a.dispute-link)")) {
                        String table = p.getFileName().toString().replace(".html", "");
                        linked.add(table + "/" + li.id().substring((table + "-note-").length()));
                    }
                }
            }
            assertEquals(namedTableNotes, linked, lang);
        }
    }

    /** The entries' ids in the order of the records (the page orders them by chapter). */
    private static List<String> sortedLike(List<String> entries, Set<String> ids) {
        List<String> order = ids.stream().map(i -> "dn-" + i).toList();
        List<String> out = new ArrayList<>(entries);
        out.sort((a, b) -> Integer.compare(order.indexOf(a) < 0 ? Integer.MAX_VALUE : order.indexOf(a),
                order.indexOf(b) < 0 ? Integer.MAX_VALUE : order.indexOf(b)));
        return out;
    }

}
