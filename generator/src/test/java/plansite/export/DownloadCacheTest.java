package plansite.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.FixtureSite;
import plansite.Generator;
import plansite.load.ProjectLayout;

class DownloadCacheTest {
    @TempDir
    Path dir;

    private SortedMap<String, byte[]> build(FixtureSite site, DownloadCache cache) throws Exception {
        return new Generator(new ProjectLayout(site.root()), cache).build().tree().files();
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static long entries(Path cacheDir) throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.count();
        }
    }

    @Test
    void aBuildFromTheCacheWritesTheSameBytesAsOneWithout() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        Path cacheDir = dir.resolve("cache");
        SortedMap<String, byte[]> uncached = build(site, DownloadCache.NONE);

        assertSameFiles(uncached, build(site, DownloadCache.in(cacheDir, "test")));
        // One entry per table and one for the data package with the zip of everything.
        assertEquals(4, entries(cacheDir));
        assertSameFiles(uncached, build(site, DownloadCache.in(cacheDir, "test")));
    }

    @Test
    void aChangedTableIsMadeAnewAndItsOldEntryRemoved() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        Path cacheDir = dir.resolve("cache");
        SortedMap<String, byte[]> before = build(site, DownloadCache.in(cacheDir, "test"));

        site.replace("data/tables/t1.yaml", "{zh: 新荣区, en: Xinrong District}", "{zh: 天镇, en: Tianzhen}");
        SortedMap<String, byte[]> after = build(site, DownloadCache.in(cacheDir, "test"));

        assertSameFiles(build(site, DownloadCache.NONE), after);
        assertFalse(new String(after.get("data/t1.zh.csv"), java.nio.charset.StandardCharsets.UTF_8).contains("新荣区"));
        assertArrayEquals(before.get("data/t2.xlsx"), after.get("data/t2.xlsx"));
        assertEquals(4, entries(cacheDir));
    }

    @Test
    void anotherGeneratorDoesNotReadTheEntriesOfThisOne() {
        DownloadCache one = DownloadCache.in(dir.resolve("cache"), "generator 1");
        DownloadCache two = DownloadCache.in(dir.resolve("cache"), "generator 2");
        assertFalse(one.key("same input").equals(two.key("same input")));
        assertEquals(one.key("same input"), DownloadCache.in(dir.resolve("cache"), "generator 1").key("same input"));
    }

    @Test
    void leftoversOfAnInterruptedWriteAreRemovedAndNeverRead() throws Exception {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("site"));
        Path cacheDir = dir.resolve("cache");
        Path leftover = cacheDir.resolve("0123.part-7");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("t1.zh.csv"), "half");

        assertSameFiles(build(site, DownloadCache.NONE), build(site, DownloadCache.in(cacheDir, "test")));
        assertFalse(Files.exists(leftover));
        assertTrue(entries(cacheDir) > 0);
    }
}
