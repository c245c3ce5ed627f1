package plansite.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.FixtureSite;
import plansite.Generator;
import plansite.load.PlanLoader;
import plansite.load.ProjectLayout;
import plansite.model.Plan;

class BuildCacheTest {
    @TempDir
    Path dir;

    private Generator.Result build(FixtureSite site, BuildCache cache) throws Exception {
        return new Generator(new ProjectLayout(site.root()), cache).build();
    }

    private Map<String, byte[]> files(FixtureSite site, BuildCache cache) throws Exception {
        return build(site, cache).tree().files();
    }

    private BuildCache cache() {
        return BuildCache.in(dir.resolve("cache"), "test");
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    /**
     * Edits {@code file} and builds with the cache, which must give the bytes of a build without it;
     * returns the cached build's files.
     */
    private Map<String, byte[]> filesAfterEdit(FixtureSite site, String file, String from, String to) throws Exception {
        site.replace(file, from, to);
        Map<String, byte[]> cached = files(site, cache());
        assertSameFiles(files(site, BuildCache.NONE), cached);
        return cached;
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    private long entries(String kind) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("cache").resolve(kind))) {
            return s.count();
        }
    }

    @Test
    void aBuildFromTheCacheWritesTheSameBytesAsOneWithout() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        Map<String, byte[]> uncached = files(site, BuildCache.NONE);

        assertSameFiles(uncached, files(site, cache()));
        // One entry per table and one for the data package with the zip of everything; one per chapter
        // file; one search index per language.
        assertEquals(4, entries("downloads"));
        assertEquals(6, entries("chapters"));
        assertEquals(2, entries("search"));
        assertEquals(uncached.keySet().stream().filter(p -> p.endsWith(".html")).count(), entries("pages"));
        assertSameFiles(uncached, files(site, cache()));
    }

    @Test
    void aChangedTemplateOrSettingRendersThePagesAnew() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        files(site, cache());

        Map<String, byte[]> edited = filesAfterEdit(site, "site-templates/layout.ftlh", "</main>",
                "<!-- edited --></main>");
        assertTrue(text(edited, "zh/ch1.html").contains("<!-- edited -->"));

        Map<String, byte[]> retitled = filesAfterEdit(site, "data/site.yaml", "Test Plan (2021–2025)", "A Test Plan");
        assertTrue(text(retitled, "en/ch2.html").contains("A Test Plan"));
    }

    record Inner(String text, List<Integer> numbers) {}

    record Outer(String id, Inner inner) {}

    @Test
    void aBuildOfUnchangedInputFilesTakesTheLastBuildsKeysAndRendersOnlyWhatIsMissing() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        Map<String, byte[]> first = files(site, cache());
        assertEquals(1, entries("keys"));

        Generator.Result again = build(site, cache());
        assertSameFiles(first, again.tree().files());
        assertEquals(List.of(), again.renderedPages());

        // Under the kept keys, pages whose entries are gone are rendered again, to the same bytes.
        try (Stream<Path> pages = Files.list(dir.resolve("cache/pages"))) {
            for (Path p : pages.toList()) {
                Files.delete(p);
            }
        }
        Generator.Result rendered = build(site, cache());
        assertSameFiles(first, rendered.tree().files());
        assertEquals(first.keySet().stream().filter(p -> p.endsWith(".html")).count(), rendered.renderedPages().size());

        // An edited input is a new set of input files: its own keys, the old ones removed.
        filesAfterEdit(site, "content/en/ch1.md", "Datong", "Datong City");
        assertEquals(1, entries("keys"));
    }

    @Test
    void aRecordsFingerprintFollowsEveryNestedValue() {
        String fingerprint = BuildCache.fingerprint(new Outer("t1", new Inner("煤炭", List.of(1, 2))));
        assertEquals(fingerprint, BuildCache.fingerprint(new Outer("t1", new Inner("煤炭", List.of(1, 2)))));
        assertNotEquals(fingerprint, BuildCache.fingerprint(new Outer("t1", new Inner("煤炭", List.of(1, 3)))));
        assertNotEquals(fingerprint, BuildCache.fingerprint(new Outer("t1", new Inner("原煤", List.of(1, 2)))));
    }

    @Test
    void aChangedTableIsMadeAnewAndItsOldEntryRemoved() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        Map<String, byte[]> before = files(site, cache());

        Map<String, byte[]> after = filesAfterEdit(site, "data/tables/t1.yaml", "{zh: 新荣区, en: Xinrong District}",
                "{zh: 天镇, en: Tianzhen}");
        assertFalse(text(after, "data/t1.zh.csv").contains("新荣区"));
        assertArrayEquals(before.get("data/t2.xlsx"), after.get("data/t2.xlsx"));
        assertEquals(4, entries("downloads"));
    }

    @Test
    void aChangedChapterOrGlossaryIsParsedAnew() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        files(site, cache());

        Map<String, byte[]> after = filesAfterEdit(site, "content/zh/ch1.md", "主要分布于大同煤田。",
                "主要分布于大同煤田及其周边。");
        assertTrue(text(after, "zh/ch1.html").contains("主要分布于大同煤田及其周边。"));
        assertEquals(6, entries("chapters"));

        // Glossary links are part of a chapter's HTML: a changed glossary reaches every chapter.
        Map<String, byte[]> relinked = filesAfterEdit(site, "data/glossary.yaml", "- id: coal",
                "- id: hard-coal");
        assertTrue(text(relinked, "zh/ch1.html").contains("#term-hard-coal"));
    }

    @Test
    void aChapterWithAMessageIsNotKeptSoEveryBuildReportsIt() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        site.replace("content/zh/ch1.md", "大同市位于山西省东北部。", "大同市位于<b>山西省</b>东北部。");
        for (int run = 0; run < 2; run++) {
            assertTrue(build(site, cache()).loaded().diagnostics().report().stream()
                    .anyMatch(m -> m.startsWith("content/zh/ch1.md:") && m.contains("raw HTML")), "build " + run);
        }
        assertEquals(5, entries("chapters"));
    }

    @Test
    void thePlanReadFromTheCacheEqualsThePlanParsedFromItsFiles() throws Exception {
        ProjectLayout plan = new ProjectLayout(FixtureSite.repo());
        PlanLoader.Loaded parsed = new PlanLoader().load(plan);
        PlanLoader.Loaded first = new PlanLoader(cache()).load(plan);
        Map<Path, FileTime> kept = times(dir.resolve("cache"));
        PlanLoader.Loaded second = new PlanLoader(cache()).load(plan);

        for (PlanLoader.Loaded cached : List.of(first, second)) {
            assertEquals(parsed.plan(), cached.plan());
            assertEquals(parsed.atlas().maps(), cached.atlas().maps());
            assertEquals(parsed.atlas().counties(), cached.atlas().counties());
            assertEquals(parsed.atlas().shapes(), cached.atlas().shapes());
        }
        // Every chapter file and every YAML document (20 front matters and data/maps.yaml among them) was
        // kept, and read back; data/geo/ is one entry.
        assertEquals(20, entries("chapters"));
        assertEquals(20 + 31 + 10 + 5, entries("yaml"));
        assertEquals(1, entries("geo"));
        assertEquals(kept, times(dir.resolve("cache")));
    }

    private static Map<Path, FileTime> times(Path root) throws IOException {
        Map<Path, FileTime> times = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.toList()) {
                times.put(f, Files.getLastModifiedTime(f));
            }
        }
        return times;
    }

    @Test
    void anotherGeneratorDoesNotReadTheEntriesOfThisOne() {
        BuildCache one = BuildCache.in(dir.resolve("cache"), "generator 1");
        assertNotEquals(one.key("same input"), BuildCache.in(dir.resolve("cache"), "generator 2").key("same input"));
        assertEquals(one.key("same input"), BuildCache.in(dir.resolve("cache"), "generator 1").key("same input"));
    }

    @Test
    void leftoversOfAnInterruptedWriteAreRemovedAndNeverRead() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        Path leftover = dir.resolve("cache/downloads/0123.part-7");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("t1.zh.csv"), "half");

        assertSameFiles(files(site, BuildCache.NONE), files(site, cache()));
        assertFalse(Files.exists(leftover));
    }
}
