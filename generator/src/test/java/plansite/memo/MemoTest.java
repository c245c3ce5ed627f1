package plansite.memo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoTest {
    @TempDir
    Path dir;

    private final AtomicInteger made = new AtomicInteger();

    private Supplier<byte[]> making(String text) {
        return () -> {
            made.incrementAndGet();
            return text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static Fingerprint key(String text) {
        return Fingerprint.of("test").text(text).build();
    }

    @Test
    void aValueIsMadeOnceAndThenTakenByTheNextRunFromDisk() {
        Memo first = Memo.onDisk(dir, "generator 1");
        assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), first.get("page", key("a"), Memo.BYTES, making("a")));
        first.sweep();
        Memo second = Memo.onDisk(dir, "generator 1");
        assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), second.get("page", key("a"), Memo.BYTES, making("x")));
        assertEquals(1, made.get(), "made by the first run only");
    }

    @Test
    void anotherGeneratorOrAnotherKindOrKeyMakesItsOwn() {
        Memo.onDisk(dir, "generator 1").get("page", key("a"), Memo.BYTES, making("a"));
        Memo.onDisk(dir, "generator 2").get("page", key("a"), Memo.BYTES, making("a"));
        Memo.onDisk(dir, "generator 1").get("search", key("a"), Memo.BYTES, making("a"));
        Memo.onDisk(dir, "generator 1").get("page", key("b"), Memo.BYTES, making("b"));
        assertEquals(4, made.get());
    }

    @Test
    void aSweepKeepsOnlyWhatThisBuildUsed() throws Exception {
        Memo memo = Memo.onDisk(dir, "g");
        memo.get("page", key("a"), Memo.BYTES, making("a"));
        memo.get("page", key("b"), Memo.BYTES, making("b"));
        memo.sweep();
        memo.get("page", key("b"), Memo.BYTES, making("b"));
        memo.sweep();
        try (Stream<Path> files = Files.list(dir.resolve("page"))) {
            assertEquals(1, files.count(), "only b's entry is left");
        }
        assertTrue(memo.has("page", key("b")));
        assertFalse(memo.has("page", key("a")));
    }

    @Test
    void inMemoryTheValueItselfIsKept() {
        Memo memo = Memo.inMemory();
        java.util.Map<String, byte[]> files = java.util.Map.of("x.csv", new byte[] {1});
        java.util.Map<String, byte[]> kept = memo.get("downloads", key("t"), Memo.FILES, () -> files);
        assertTrue(kept == memo.get("downloads", key("t"), Memo.FILES, () -> null));
    }

    @Test
    void filesAreKeptAndReadBackInNameOrder() {
        Memo.onDisk(dir, "g").get("downloads", key("t"), Memo.FILES,
                () -> java.util.Map.of("b.csv", new byte[] {2}, "a.csv", new byte[0], "c.zip", new byte[70_000]));
        java.util.Map<String, byte[]> read = Memo.onDisk(dir, "g").get("downloads", key("t"), Memo.FILES, () -> null);
        assertEquals(List.of("a.csv", "b.csv", "c.zip"), List.copyOf(read.keySet()));
        assertArrayEquals(new byte[] {2}, read.get("b.csv"));
        assertEquals(70_000, read.get("c.zip").length);
    }

    @Test
    void anOffMemoSaysWhyAndMakesEveryTime() {
        Memo memo = Memo.off("check keeps nothing");
        memo.get("page", key("a"), Memo.BYTES, making("a"));
        memo.get("page", key("a"), Memo.BYTES, making("a"));
        assertEquals(2, made.get());
        assertEquals("check keeps nothing", memo.offReason().orElseThrow());
        assertFalse(memo.isOn());
    }

    @Test
    void fromAFolderOfClassesTheMemoIsOffAndSaysWhere() {
        Memo memo = Memo.onDisk(dir);
        String why = memo.offReason().orElseThrow();
        assertTrue(why.startsWith("the generator runs from ") && why.endsWith(
                ", not from its jar, so a change to its code would not be seen"), why);
    }

    @Test
    void anEntryThatDoesNotDecodeIsMadeAnewAndSaidSo() throws Exception {
        Memo memo = Memo.onDisk(dir, "g");
        Memo.Codec<java.util.Map<String, byte[]>> codec = Memo.FILES;
        memo.get("downloads", key("t"), codec, () -> java.util.Map.of("a.csv", new byte[] {1, 2}));
        try (Stream<Path> files = Files.list(dir.resolve("downloads"))) {
            Files.write(files.findFirst().orElseThrow(), new byte[] {0, 1, 2});
        }
        Memo next = Memo.onDisk(dir, "g");
        java.util.Map<String, byte[]> again = next.get("downloads", key("t"), codec, () -> java.util.Map.of("n", new byte[0]));
        assertEquals(List.of("n"), List.copyOf(again.keySet()));
        assertEquals(1, next.problems().size());
        assertTrue(next.problems().get(0).startsWith("cannot decode "), next.problems().toString());
    }
}
