package plansite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's folder writes: each replaces the folder whole, a file unchanged since the last write is linked
 * from it instead of written again, and a file changed in the folder since is written again, never kept.
 */
class AtomicSiteWriterTest {
    @TempDir
    Path dir;

    private static SiteTree tree(String... pathsAndTexts) {
        SiteTree t = new SiteTree();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            t.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return t;
    }

    private static Object inode(Path file) throws IOException {
        return Files.getAttribute(file, "unix:ino");
    }

    @Test
    void anUnchangedFileIsLinkedAChangedOneWrittenAndAGoneOneGone() throws IOException {
        Path site = dir.resolve("site");
        AtomicSiteWriter writer = new AtomicSiteWriter();
        AtomicSiteWriter.Written first = writer.write(tree("a.html", "A", "zh/b.html", "B", "c.html", "C"), site,
                AtomicSiteWriter.Written.NOTHING);
        Object a = inode(site.resolve("a.html"));
        Object b = inode(site.resolve("zh/b.html"));
        writer.write(tree("a.html", "A", "zh/b.html", "B2", "d.html", "D"), site, first);
        assertEquals("A", Files.readString(site.resolve("a.html")));
        assertEquals(a, inode(site.resolve("a.html")), "unchanged: the same file, linked");
        assertEquals("B2", Files.readString(site.resolve("zh/b.html")));
        assertNotEquals(b, inode(site.resolve("zh/b.html")), "changed: written anew");
        assertEquals("D", Files.readString(site.resolve("d.html")));
        assertEquals(List.of("a.html", "d.html", "zh"), list(site));
    }

    @Test
    void aFileEditedInTheFolderSinceTheLastWriteIsWrittenAgain() throws IOException {
        Path site = dir.resolve("site");
        AtomicSiteWriter writer = new AtomicSiteWriter();
        SiteTree t = tree("a.html", "A");
        AtomicSiteWriter.Written first = writer.write(t, site, AtomicSiteWriter.Written.NOTHING);
        Files.writeString(site.resolve("a.html"), "edited by hand");
        writer.write(t, site, first);
        assertEquals("A", Files.readString(site.resolve("a.html")));
    }

    private static List<String> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
