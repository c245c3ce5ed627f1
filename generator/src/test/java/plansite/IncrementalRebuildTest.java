package plansite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.memo.Memo;
import plansite.load.ProjectLayout;

/**
 * {@code serve}'s rebuilds, through the memo in memory, render only the pages whose model or template
 * changed and take the rest from the last build: every such rebuild must give exactly the bytes of a
 * fresh build of the same input.
 */
class IncrementalRebuildTest {
    @TempDir
    Path dir;

    private static Generator serving(FixtureSite site) {
        return new Generator(new ProjectLayout(site.root()), Memo.inMemory());
    }

    private static Map<String, byte[]> fresh(FixtureSite site) throws Exception {
        return new Generator(new ProjectLayout(site.root())).build().tree().files();
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String after) {
        assertEquals(expected.keySet(), actual.keySet(), after);
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), after + ": " + path));
    }

    /**
     * Makes each edit in turn and rebuilds: {@code page} (any page, when null) is rendered anew, and every file
     * is a fresh build's.
     */
    private static void assertEachEditGivesAFreshBuild(Generator generator, FixtureSite site, Map<String, Runnable> edits,
            String page) throws Exception {
        for (var edit : edits.entrySet()) {
            edit.getValue().run();
            Generator.Result rebuilt = generator.build();
            List<String> rendered = rebuilt.report().renderedPages();
            assertTrue(page == null ? !rendered.isEmpty() : rendered.contains(page),
                    edit.getKey() + " shows on " + (page == null ? "some page" : page));
            assertSameFiles(fresh(site), rebuilt.tree().files(), "editing " + edit.getKey());
        }
    }

    @Test
    void aChangedChapterRerendersItsPagesTheOneHtmlEditionAndItsTranslationOnly() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        Generator generator = serving(site);
        assertEquals(fresh(site).keySet().stream().filter(p -> p.endsWith(".html")).count(),
                generator.build().report().renderedPages().size(), "the first build renders every page");

        site.replace("content/zh/ch1.md", "主要分布于大同煤田。", "主要分布于大同煤田及新句子。");
        Generator.Result edited = generator.build();

        // The English chapter tells its reader that the Chinese text it translates has changed since.
        assertEquals(List.of("zh/ch1.html", "zh/full.html", "en/ch1.html"), edited.report().renderedPages());
        assertSameFiles(fresh(site), edited.tree().files(), "editing zh/ch1.md");
        assertTrue(new String(edited.tree().get("assets/search-index-zh.js").orElseThrow(), "UTF-8")
                .contains("新句子"), "the search index has the new sentence");

        assertEquals(List.of(), generator.build().report().renderedPages(), "nothing changed, nothing rendered");
    }

    @Test
    void everyKindOfEditGivesTheBytesOfAFreshBuild() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        Generator generator = serving(site);
        generator.build();
        Map<String, Runnable> edits = new java.util.LinkedHashMap<>();
        edits.put("a chapter's title", () -> site.replace("content/zh/ch2.md", "title: 第二章", "title: 第二章（修订）"));
        edits.put("a table cell", () -> site.replace("data/tables/t1.yaml", "{zh: 新荣区, en: Xinrong District}",
                "{zh: 天镇, en: Tianzhen}"));
        edits.put("a glossary entry", () -> site.replace("data/glossary.yaml", "- id: coal", "- id: hard-coal"));
        edits.put("the site's title", () -> site.replace("data/site.yaml", "Test Plan (2021–2025)", "A Test Plan"));
        edits.put("a template", () -> site.replace("site-templates/layout.ftlh", "</main>", "<!-- edited --></main>"));
        edits.put("an erratum", () -> site.replace("data/errata.yaml", "分页把一个段落断成两段", "分页把段落断成了两段"));
        // The tables' layouts are kept in serve under what they are made from: their words and disagreements too.
        edits.put("a word of the tables", () -> site.replace("site-templates/i18n.ftlh", "\"unit\": \"Unit\"",
                "\"unit\": \"Units\""));
        edits.put("a disagreement's name", () -> site.replace("data/disagreements.yaml", "- id: t2-total", "- id: t2-sum"));
        assertEachEditGivesAFreshBuild(generator, site, edits, null);
    }

    @Test
    void theRealPlansChartsAndOnePageEditionAreRemadeWhereTheirInputsChange() throws Exception {
        // serve keeps charts and the one-page edition's prose parts too; the fixture plans have no charts.
        FixtureSite site = FixtureSite.copyRepo(dir.resolve("plan"));
        Generator generator = serving(site);
        generator.build();
        Map<String, Runnable> edits = new java.util.LinkedHashMap<>();
        edits.put("a chart's title", () -> site.replace("data/tables/zl-01.yaml", "金属矿产资源储量（金属量，吨）",
                "金属矿产资源储量（金属量）"));
        edits.put("a word of the charts", () -> site.replace("site-templates/chart-i18n.ftlh", "\"chartSep\": \"；\"",
                "\"chartSep\": \"、\""));
        edits.put("a note of a charted table", () -> site.replace("data/tables/zl-01.yaml", "本版不补加单位", "本版不加单位"));
        edits.put("a paragraph", () -> site.replace("content/zh/ch3.md", "限制在大、中型矿产地内进行以零星开采为目的的地质勘查。",
                "限制在大、中型矿产地内进行以零星开采为目的的地质勘查。\n\n一个新的段落。"));
        assertEachEditGivesAFreshBuild(generator, site, edits, "zh/full.html");
        // The glance's chart of targets against the base year is drawn from two tables and data/glance.yaml.
        Map<String, Runnable> glance = new java.util.LinkedHashMap<>();
        glance.put("the glance chart's title", () -> site.replace("data/glance.yaml", "主要矿种年开采总量：2020 年与 2025 年目标",
                "主要矿种年开采总量：2020 年与 2025 年的目标"));
        glance.put("the label of a table of its base year", () -> site.replace("data/tables/zl-07.yaml",
                "label: {zh: 专栏 7, en: Box 7}", "label: {zh: 专栏七, en: Box 7}"));
        assertEachEditGivesAFreshBuild(generator, site, glance, "zh/glance.html");
    }

    @Test
    void aDisputedFigureMadeAmbiguousIsAnErrorOnEveryRebuildUntilItIsMended() throws Exception {
        // serve keeps each disagreement's places in the text under its chapters: the errors they gave too.
        FixtureSite site = FixtureSite.copyRepo(dir.resolve("plan"));
        Generator generator = serving(site);
        generator.build();
        String sentence = "落实省规划划定的重点勘查区 5 个，";
        site.replace("content/zh/ch3.md", sentence, sentence + "重点勘查区 5 个，");
        String expected = "data/disagreements.yaml:235:7: error: disagreement 'key-exploration-areas-5-or-6': the figure"
                + " '重点勘查区 5 个' occurs 2 times in section 'ch3-s3-1-3' of content/zh/ch3.md; give text that"
                + " occurs there once";
        for (int i = 0; i < 2; i++) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(plansite.diag.InputErrorsException.class, generator::build);
            assertTrue(e.diagnostics().report().contains(expected), "rebuild " + (i + 1) + ": " + e.diagnostics().report());
        }
        site.replace("content/zh/ch3.md", sentence + "重点勘查区 5 个，", sentence);
        assertSameFiles(fresh(site), generator.build().tree().files(), "mending the figure");
    }

    @Test
    void warmingUpLeavesTheNextRebuildAsAFreshBuild() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        Generator generator = serving(site);
        generator.build();
        generator.warmUp();

        site.replace("content/en/ch1.md", "title: Chapter 1 Current Situation", "title: Chapter 1 The Situation");
        Generator.Result rebuilt = generator.build();

        assertTrue(rebuilt.report().renderedPages().contains("en/ch1.html"));
        assertFalse(rebuilt.report().renderedPages().contains("zh/ch2.html"));
        assertSameFiles(fresh(site), rebuilt.tree().files(), "warming up, then editing en/ch1.md");
    }
}
