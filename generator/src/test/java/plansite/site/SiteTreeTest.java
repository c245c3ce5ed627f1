package plansite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A file put later is part of the tree at once and is read when it is made. */
class SiteTreeTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFilePutLaterIsReadOnceItIsMade() throws Exception {
        SiteTree tree = new SiteTree();
        tree.put("zh/ch1.html", bytes("page"));
        CompletableFuture<byte[]> index = new CompletableFuture<>();
        tree.putLater("assets/search-index-zh.js", index::join);

        assertEquals(2, tree.size());
        assertTrue(tree.contains("assets/search-index-zh.js"));
        assertTrue(tree.isFolder("assets"));
        assertArrayEquals(bytes("page"), tree.get("zh/ch1.html").orElseThrow(), "other files are read meanwhile");

        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> tree.read("assets/search-index-zh.js"));
        Thread.sleep(50);
        assertFalse(read.isDone(), "a reader waits for the file to be made");
        index.complete(bytes("index"));
        assertArrayEquals(bytes("index"), read.get(5, TimeUnit.SECONDS));
        assertEquals(List.of("assets/search-index-zh.js", "zh/ch1.html"), List.copyOf(tree.files().keySet()));
        assertArrayEquals(bytes("index"), tree.files().get("assets/search-index-zh.js"));
    }

    @Test
    void aPathTakesOneFileWhetherPutNowOrLater() {
        SiteTree tree = new SiteTree();
        tree.putLater("assets/a.js", () -> bytes("a"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tree.put("assets/a.js", bytes("b")));
        assertEquals("two outputs for one path: assets/a.js", e.getMessage());
        tree.put("assets/b.js", bytes("b"));
        e = assertThrows(IllegalStateException.class, () -> tree.putLater("assets/b.js", () -> bytes("c")));
        assertEquals("two outputs for one path: assets/b.js", e.getMessage());
    }

    @Test
    void aFileThatFailsToBeMadeFailsItsReaders() {
        SiteTree tree = new SiteTree();
        tree.putLater("assets/a.js", () -> {
            throw new IllegalStateException("search: assets/a.js: broken");
        });
        assertEquals("search: assets/a.js: broken",
                assertThrows(IllegalStateException.class, () -> tree.get("assets/a.js")).getMessage());
        assertTrue(tree.contains("assets/a.js"));
    }
}
