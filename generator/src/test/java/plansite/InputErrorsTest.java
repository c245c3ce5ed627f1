package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.cli.ExitCode;

/**
 * Each kind of bad input gives its message at file:line:col, the build exits 1 and writes nothing.
 * The messages are asserted to the letter: they are the interface editors see.
 */
class InputErrorsTest {
    @TempDir
    Path dir;

    private FixtureSite site() {
        return FixtureSite.copy("basic", dir);
    }

    /** Editing an original makes its translation possibly stale: true, and not what these tests are about. */
    private static List<String> withoutStaleness(List<String> diagnostics) {
        return diagnostics.stream().filter(d -> !d.contains("has changed since this translation")).toList();
    }

    private static void assertFails(FixtureSite site, String... expected) {
        FixtureSite.Run run = site.run("build");
        assertEquals(ExitCode.INPUT_ERRORS, run.exitCode(), run.err());
        assertEquals(List.of(expected), withoutStaleness(run.diagnostics()), run.err());
        // Each file's errors are found by loading, and reported with the validate phase's (or by the
        // load phase, when there are no site settings to read the rest by); the maps' by the atlas
        // phase, the tidy declarations against the boundaries by the downloads phase, the templates' by the
        // pages phase.
        assertTrue(List.of("load", "validate", "atlas", "downloads", "pages").stream()
                .anyMatch(phase -> run.err().endsWith("plansite: build failed in " + phase + "; nothing was written\n")),
                run.err());
        assertFalse(Files.exists(site.out()), "nothing is written");
        FixtureSite.Run check = site.run("check");
        assertEquals(ExitCode.INPUT_ERRORS, check.exitCode());
        assertEquals(List.of(expected), withoutStaleness(check.diagnostics()), "check reports the same");
    }

    @Test
    void yamlSyntaxErrorIsPositioned() {
        FixtureSite s = site().replace("data/site.yaml", "site_domain: example.gov.cn", "site_domain: \"example.gov.cn");
        // The open quote runs on to the next quote mark, on line 10; the mapping breaks there.
        assertFails(s, "data/site.yaml:10:16: error: YAML syntax error: expected <block end>, but found '<scalar>'"
                + " (while parsing a block mapping)");
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        assertFails(site().replace("content/zh/ch2.md", "order: 2", "order: second"),
                "content/zh/ch2.md:3:8: error: expected a whole number for 'order' but found 'second'");
    }

    @Test
    void missingRequiredFieldNamesTheKey() {
        assertFails(site().replace("content/zh/ch2.md", "title: 第二章 规划目标\n", ""),
                "content/zh/ch2.md:2:1: error: missing required key 'title' in front matter");
    }

    @Test
    void onlyASubColumnWithoutAHeaderTakesAName() {
        assertFails(site().replace("data/tables/t1.yaml", "  - label: {zh: 矿种, en: Mineral}\n",
                "  - label: {zh: 矿种, en: Mineral}\n    name: {zh: 矿种, en: Mineral}\n"),
                "data/tables/t1.yaml:10:5: error: a column with a label is named by it; 'name' names a sub-column"
                        + " printed without a header of its own");
    }

    @Test
    void unknownKeyListsTheKnownOnes() {
        assertFails(site().replace("data/tables/t1.yaml", "section: ch1-s2-1", "sektion: ch1-s2-1"),
                "data/tables/t1.yaml:5:1: error: unknown key 'sektion'; expected one of: chapter, chart, checks, columns,"
                        + " derived_from, edition_notes, header_columns, id, label, notes, rows, section, tidy, title, unit");
    }

    /**
     * An edition note (how the edition set the table) stands on "About this edition", not under the table: it
     * has no number there for a cell's mark to point at, so citing it is an error, not a dangling mark.
     */
    @Test
    void aCellCannotCiteAnEditionNote() {
        assertFails(site().replace("data/tables/t1.yaml", "notes: [n1]", "notes: [e1]"),
                "data/tables/t1.yaml:19:5: error: row 2, column 4 cites note 'e1', an edition note: edition notes are"
                        + " shown on \"About this edition\", not under the table, so no cell or row cites them;"
                        + " remove the citation, or cite a note under 'notes'");
    }

    /** The About page's anchors and the data notes' links name a note by its id alone: one id, one note. */
    @Test
    void anEditionNoteTakesAnIdNoTableNoteHas() {
        assertFails(site().replace("data/tables/t1.yaml", "edition_notes: [{id: e1,", "edition_notes: [{id: n2,"),
                "data/tables/t1.yaml:30:18: error: note id 'n2' is used by a note under 'notes' too; give each note"
                        + " its own id");
    }

    @Test
    void anEditionNoteHasAnIdAndATextOnly() {
        assertFails(site().replace("data/tables/t1.yaml", "[{id: e1, text: {zh:", "[{id: e1, txt: {zh:"),
                "data/tables/t1.yaml:30:26: error: unknown key 'txt' in 'edition_notes[0]'; expected one of: id, text");
    }

    @Test
    void duplicateKeyInYamlIsAnError() {
        assertFails(site().replace("content/zh/ch2.md", "order: 2\n", "order: 2\norder: 3\n"),
                "content/zh/ch2.md:4:1: error: duplicate key 'order'; each key may appear once in a mapping");
    }

    @Test
    void duplicateSectionIdIsAnError() {
        assertFails(site().replace("content/zh/ch2.md", "## 第二节 规划目标", "## 第二节 规划目标 {#ch2-s1}"),
                "content/en/ch2.md:13:1: error: section 'ch2-s2' is not in the original (zh/ch2.md); translations"
                        + " have the same headings as the original",
                "content/zh/ch2.md:11:1: error: duplicate section id 'ch2-s1' in this chapter; give one of the"
                        + " headings another id with {#…}",
                "data/tables/t2.yaml:5:1: error: unknown section 'ch2-s2' of chapter 'ch2'; did you mean 'ch2-s1'?");
    }

    @Test
    void duplicateNoteIdIsAnError() {
        assertFails(site().replace("data/tables/t1.yaml", "  - id: n2\n", "  - id: n1\n")
                        .replace("data/tables/t1.yaml", "notes: [n2]", "notes: [n1]"),
                "data/tables/t1.yaml:25:5: error: duplicate note id 'n1'");
    }

    @Test
    void unknownTableReferenceSuggestsTheNearestId() {
        assertFails(site().replace("content/zh/ch1.md", "::: table t1", "::: table t3")
                        .replace("content/en/ch1.md", "::: table t1", "::: table t3"),
                "content/en/ch1.md:21:1: error: unknown table 't3'; expected the id of a file in data/tables/;"
                        + " did you mean 't1'?",
                "content/zh/ch1.md:19:1: error: unknown table 't3'; expected the id of a file in data/tables/;"
                        + " did you mean 't1'?",
                "data/tables/t1.yaml:1:1: warning: table 't1' is not placed in any chapter; add '::: table t1' where"
                        + " the source prints it");
    }

    @Test
    void linkToUnknownChapterOrSectionIsAnError() {
        assertFails(site().replace("content/en/ch1.md", "(ch2.md#ch2-s1)", "(ch3.md#ch2-s1)")
                        .replace("content/zh/ch1.md", "(#ch1-s2)", "(#ch1-s9)"),
                "content/en/ch1.md:11:86: error: link to unknown chapter 'ch3.md'; did you mean 'ch1'?",
                "content/zh/ch1.md:9:69: error: link to unknown section '#ch1-s9' of chapter 'ch1'");
    }

    @Test
    void tableInUnknownSectionIsAnError() {
        assertFails(site().replace("data/tables/t1.yaml", "section: ch1-s2-1", "section: ch1-s7"),
                "data/tables/t1.yaml:5:1: error: unknown section 'ch1-s7' of chapter 'ch1'; did you mean 'ch1-s1'?");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertFails(site().replace("content/zh/ch2.md", "title: 第二章 规划目标\n---\n", "title: 第二章 规划目标\n"),
                "content/zh/ch2.md:1:1: error: front matter opened here is never closed: add a line '---' after its"
                        + " last key");
    }

    @Test
    void missingFrontMatterIsAnError() {
        FixtureSite s = site();
        s.write("content/zh/ch2.md", s.read("content/zh/ch2.md").replaceFirst("---\n", ""));
        FixtureSite.Run run = s.run("build");
        assertEquals(List.of("content/zh/ch2.md:1:1: error: expected front matter: the file must start with a line"
                + " '---', then id, order and title, then a line '---'"), run.diagnostics());
    }

    @Test
    void invalidUtf8IsPositionedAtTheByte() {
        FixtureSite s = site();
        byte[] good = s.read("content/zh/ch2.md").getBytes(StandardCharsets.UTF_8);
        String text = s.read("content/zh/ch2.md");
        int at = text.indexOf("坚持");
        byte[] prefix = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        bad[prefix.length + 3] = (byte) 0xFF;
        s.write("content/zh/ch2.md", bad);
        assertFails(s, "content/zh/ch2.md:9:2: error: invalid UTF-8: byte 0xFF cannot start or continue a"
                + " character here; save the file as UTF-8");
    }

    @Test
    void filesThatAreNotWhereTheyBelongAreErrors() {
        FixtureSite s = site()
                .write("content/zh/notes.txt", "x")
                .write("content/fr/ch1.md", "---\nid: ch1\norder: 1\ntitle: x\n---\n")
                .write("data/extra.yaml", "a: 1\n")
                .write("site-templates/partials/x.ftlh", "x");
        assertFails(s,
                "content/fr/ch1.md: error: this file is not where it belongs: 'fr' is not a language of the site"
                        + " (data/site.yaml, languages)",
                "content/zh/notes.txt: error: this file is not where it belongs: chapters go into"
                        + " content/<language>/<chapter-id>.md",
                "data/extra.yaml: error: this file is not where it belongs: data/ holds site.yaml, errata.yaml,"
                        + " disagreements.yaml, glossary.yaml, units.yaml, tables/<table-id>.yaml, checks/<chapter-id>.yaml, maps.yaml,"
                        + " glance.yaml, geo/*.geojson (with geo/README.md), names.yaml and schemas/*.json",
                "site-templates/partials/x.ftlh: error: this file is not where it belongs: site-templates/ holds"
                        + " *.ftlh templates and an assets/ folder");
    }

    @Test
    void chapterIdMustMatchItsFileName() {
        assertFails(site().replace("content/en/ch2.md", "id: ch2", "id: ch3"),
                "content/en/ch2.md:2:1: error: chapter id 'ch3' does not match the file name 'ch2.md'; rename the"
                        + " file to 'ch3.md' or change the id");
    }

    @Test
    void numberWithoutUnitIsAnError() {
        assertFails(site().replace("data/tables/t1.yaml", "    unit: {zh: 万吨, en: 10⁴ t}\n", ""),
                "data/tables/t1.yaml:17:5: error: row 1, column 3 holds the number 27469.13 without a unit; give the"
                        + " cell, the row, the column or the table a unit, or mark the column 'text: true'",
                "data/tables/t1.yaml:17:5: error: row 1, column 4 holds the number 7012.18 without a unit; give the"
                        + " cell, the row, the column or the table a unit, or mark the column 'text: true'",
                "data/tables/t1.yaml:18:5: error: row 2, column 3 holds the number 100.00 without a unit; give the"
                        + " cell, the row, the column or the table a unit, or mark the column 'text: true'",
                "data/tables/t1.yaml:18:5: error: row 2, column 4 holds the number 5.07 without a unit; give the"
                        + " cell, the row, the column or the table a unit, or mark the column 'text: true'",
                "data/tables/t1.yaml:19:5: error: row 3, column 3 holds the number 27569.13 without a unit; give the"
                        + " cell, the row, the column or the table a unit, or mark the column 'text: true'",
                "data/tables/t1.yaml:19:5: error: row 3, column 4 holds the number 7017.25 without a unit; give the"
                        + " cell, the row, the column or the table a unit, or mark the column 'text: true'");
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsAnError() {
        assertFails(site().replace("data/tables/t1.yaml", "27469.13, 7012.18, ", "27469.13, "),
                "data/tables/t1.yaml:18:5: error: row 1 has 4 cells but the table has 5 columns; write an empty"
                        + " cell as ~");
    }

    @Test
    void scriptSchemeLinksAndRawAttributesAreRejected() {
        assertFails(site().replace("content/zh/ch2.md", "坚持绿色发展。", "[x](javascript:alert(1)) 坚持{onclick=alert(1)}"),
                "content/zh/ch2.md:9:1: error: link 'javascript:alert(1)' uses a scheme that is not allowed; use"
                        + " http, https, mailto, or a chapter file such as ch2.md#ch2-s1",
                "content/zh/ch2.md:9:29: error: attribute 'onclick' is not allowed; only id, class and lang may be"
                        + " set in Markdown");
    }

    @Test
    void allErrorsOfARunAreReportedTogetherSortedByFileAndLine() {
        FixtureSite s = site()
                .replace("content/zh/ch2.md", "order: 2", "order: second")
                .replace("data/tables/t1.yaml", "section: ch1-s2-1", "sektion: ch1-s2-1")
                .replace("content/en/ch1.md", "::: table t1", "::: table t9")
                .replace("data/tables/t2.yaml", "header_columns: 1", "header_columns: 1")
                .replace("content/zh/ch1.md", "(#ch1-s2)", "(#ch1-s9)");
        FixtureSite.Run run = s.run("check");
        assertEquals(ExitCode.INPUT_ERRORS, run.exitCode());
        List<String> files = run.diagnostics().stream().map(l -> l.substring(0, l.indexOf(':'))).distinct().toList();
        assertEquals(List.of("content/en/ch1.md", "content/zh/ch1.md", "content/zh/ch2.md", "data/tables/t1.yaml"),
                files, run.err());
        List<String> positions = run.diagnostics().stream().map(l -> l.substring(0, l.indexOf(": "))).toList();
        for (int i = 1; i < positions.size(); i++) {
            String[] a = positions.get(i - 1).split(":");
            String[] b = positions.get(i).split(":");
            int byFile = a[0].compareTo(b[0]);
            assertTrue(byFile < 0 || byFile == 0 && Integer.parseInt(a[1]) <= Integer.parseInt(b[1]),
                    "sorted by file and line: " + positions);
        }
    }

    @Test
    void templateErrorsArePositionedInTheTemplate() {
        FixtureSite s = site().replace("site-templates/chapter.ftlh", "${chapter.title}</h1>", "${chapter.titel}</h1>");
        FixtureSite.Run run = s.run("build");
        assertEquals(ExitCode.INPUT_ERRORS, run.exitCode());
        assertTrue(run.diagnostics().get(0).startsWith("site-templates/chapter.ftlh:8:9: error: template error: "),
                run.err());
        assertTrue(run.err().endsWith("plansite: build failed in pages; nothing was written\n"), run.err());
    }

    @Test
    void aMessageKeyThatIsNotThereIsAnErrorWhereATemplateAsksForIt() {
        // Not the key printed in place of a word: the template's file, line and column, in each language.
        assertFails(site().replace("site-templates/about.ftlh", "${t(\"aboutSource\")", "${t(\"aboutSourse\")"),
                "site-templates/about.ftlh:7:6: error: unknown message 'aboutSourse' for language 'en':"
                        + " site-templates/i18n.ftlh has no such key; did you mean 'aboutSource'?",
                "site-templates/about.ftlh:7:6: error: unknown message 'aboutSourse' for language 'zh':"
                        + " site-templates/i18n.ftlh has no such key; did you mean 'aboutSource'?");
    }

    @Test
    void aMessageMissingInOneLanguageIsAnError() {
        // The tables are written in Java, with the templates' words: a word they need names the messages' file.
        assertFails(site().replace("site-templates/i18n.ftlh", "    \"tablePageLink\": \"Table page and downloads\",\n", ""),
                "site-templates/i18n.ftlh: error: no message 'tablePageLink' for language 'en', which the tables need:"
                        + " add it to the messages here");
    }

    @Test
    void aWordOfTheDownloadsMissingInOneLanguageIsAnError() {
        // Asked for before any download is made or taken from the memo: reported on every build.
        assertFails(site().replace("site-templates/downloads-i18n.ftlh", "    \"citation\": \"引用\",\n", ""),
                "site-templates/downloads-i18n.ftlh: error: no message 'citation' for language 'zh', which the"
                        + " downloads need: add it to the messages here");
    }

    @Test
    void theDownloadSettingsAreCheckedLikeTheOthers() {
        assertFails(site().replace("data/site.yaml", "  zip: test-plan-2021-2025-data.zip", "  zip: data/test plan.zip")
                        .replace("data/site.yaml", "  package_name: test-plan-2021-2025", "  package_name: Test_Plan")
                        .replace("data/site.yaml", "    notes: {zh: 注, en: Notes}\n", "")
                        .replace("data/site.yaml", "{zh: 来源, en: Source}", "{zh: 来源}"),
                "data/site.yaml:34:3: error: 'zip' must be a file name ending in .zip, without folders or spaces,"
                        + " e.g. plan-2021-2025-data.zip",
                "data/site.yaml:35:3: error: 'package_name' must be lower-case letters, digits, '.', '_' or '-'"
                        + " (a data package name), e.g. plan-2021-2025",
                "data/site.yaml:39:3: error: missing required key 'notes' in the labels of the downloads",
                "data/site.yaml:41:5: error: 'source' in the labels of the downloads has no text for language 'en'");
    }

    @Test
    void theOpenDataSettingsAreCheckedLikeTheOthers() {
        assertFails(site().replace("data/site.yaml", "  version: 1.0.0", "  version: \"1.0\"")
                        .replace("data/site.yaml", "  released: \"2023-05-01T00:00:00+08:00\"", "  released: \"2023-05-01\"")
                        .replace("data/site.yaml", "      name: other-pd", "      name: CC BY 4.0")
                        .replace("data/site.yaml", "      path: https://example.gov.cn/plan/en/about.html#licences",
                                "      path: example.gov.cn/plan/")
                        .replace("data/site.yaml", "    - version: 1.0.0", "    - version: 0.9.0"),
                "data/site.yaml:45:3: error: 'version' must be three numbers (semantic versioning), e.g. 1.1.0",
                "data/site.yaml:46:3: error: 'released' must be an RFC 3339 date-time with its offset, e.g."
                        + " 2026-12-02T00:00:00+08:00",
                "data/site.yaml:49:7: error: licence name 'CC BY 4.0' must be an Open Definition licence id, e.g."
                        + " CC-BY-4.0, ODbL-1.0 or other-pd",
                "data/site.yaml:51:7: error: licence path must be an absolute http(s) address, e.g."
                        + " https://creativecommons.org/licenses/by/4.0/",
                "data/site.yaml:55:7: error: the newest change is of version 0.9.0 but 'version' is 1.0; list the"
                        + " changes newest first, the current version first");
    }

    /** The basic site with a {@code tidy:} block at the end of data/tables/t1.yaml. */
    private FixtureSite withTidy(String block) {
        FixtureSite s = site();
        return s.write("data/tables/t1.yaml", s.read("data/tables/t1.yaml") + block);
    }

    @Test
    void theTidyBlockOfATableIsCheckedWhereItIsWritten() {
        assertFails(withTidy("tidy:\n  keys: [iron, manganese]\n  county: 9\n"
                        + "  dimensions: {kind: 1}\n  columns:\n    3: {measure: Remaining, period: \"2020-2025\"}\n"
                        + "    12: {measure: occupied}\n"),
                "data/tables/t1.yaml:32:3: error: 'keys' lists 2 keys but the table has 3 rows; give one key per row, in"
                        + " the order of the rows",
                "data/tables/t1.yaml:33:3: error: 'county' must be a column number of the table (1-5)",
                "data/tables/t1.yaml:36:9: error: column 3 needs a 'measure': lower-case letters, digits and '-', e.g."
                        + " area-remediated",
                "data/tables/t1.yaml:37:5: error: '12' is not a column number of the table (1-5)");
    }

    @Test
    void rowKeysAreUniqueAndDimensionsDeclared() {
        assertFails(withTidy("tidy:\n  key: 1\n  dimensions: {kind: 1}\n"),
                "data/tables/t1.yaml:31:1: error: rows 1 and 2 of table 't1' have the same row key 'ferrous-metals'; give"
                        + " the table a 'tidy:' block with 'key:' (the columns whose text keys each row) or 'keys:' (one"
                        + " key per row)",
                "data/tables/t1.yaml:31:1: error: table 't1' gives the dimension 'kind', which open_data.dimensions in"
                        + " data/site.yaml does not declare; declared: ");
    }

    @Test
    void aCountyColumnNeedsTheBoundaries() {
        assertFails(withTidy("tidy:\n  county: 5\n"),
                "data/tables/t1.yaml:31:1: error: table 't1' names a county column, but there are no county boundaries"
                        + " (data/geo/) to give its counties' codes");
    }

    @Test
    void theWordsOfThePlanOutsideItsChaptersAreRequiredSettings() {
        assertFails(site().replace("data/site.yaml", "place: {zh: 测试省测试市, en: \"Test City, Test Province\"}\n", "")
                        .replace("data/site.yaml", "search_example: {zh: 干热岩, en: Lingqiu}", "search_example: {en: Lingqiu}")
                        .replace("data/site.yaml", "  - {zh: 附件 1 未随规划文本发布。, en: Annex 1 was not published with the text.}",
                                "  - {zh: 附件 1 未随规划文本发布。}"),
                "data/site.yaml:1:1: error: missing required key 'place' in site settings",
                "data/site.yaml:29:1: error: 'search_example' in site settings has no text for language 'zh'",
                "data/site.yaml:31:5: error: item 1 has no text for language 'en'");
    }

    @Test
    void missingSiteSettingsIsAnError() {
        FixtureSite s = site().delete("data/site.yaml");
        assertFails(s, "data/site.yaml: error: the site settings file is missing: create data/site.yaml");
        assertTrue(s.run("build").err().endsWith("plansite: build failed in load; nothing was written\n"));
    }

    @Test
    void aTranslationMustHaveEverySectionOfItsOriginal() {
        assertFails(site().replace("content/en/ch2.md", "## Section 2 Targets\n", "Section 2 Targets\n"),
                "content/en/ch2.md:2:1: error: section 'ch2-s2' of the original (zh) has no counterpart here: each"
                        + " heading of the original needs one, in the same order");
    }

    @Test
    void aTranslationMustSayWhatItTranslates() {
        assertFails(site().replace("content/en/ch2.md", "translates: ch2\n", ""),
                "content/en/ch2.md:2:1: error: missing required key 'translates' in front matter");
    }

    @Test
    void aChangedOriginalMakesItsTranslationWarnAndShowANotice() throws Exception {
        FixtureSite s = site().replace("content/zh/ch2.md", "坚持绿色发展。", "坚持绿色发展，节约集约。");
        FixtureSite.Run run = s.run("build");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.diagnostics().size(), run.err());
        assertTrue(run.diagnostics().get(0).matches("content/en/ch2\\.md:6:1: warning: zh/ch2\\.md has changed since this"
                + " translation was made \\(source_hash [0-9a-f]{12}, now [0-9a-f]{12}\\); bring the translation up to"
                + " date, then set source_hash: [0-9a-f]{12}"), run.err());
        var notice = s.page("en/ch2.html").selectFirst(".stale-notice");
        assertEquals("This translation may be out of date: the Chinese original has changed since it was translated."
                + " Read the Chinese original", notice.text());
        assertEquals("../zh/ch2.html", notice.selectFirst("a").attr("href"));
        assertTrue(s.page("en/ch1.html").select(".stale-notice").isEmpty(), "other chapters are current");
    }
}
