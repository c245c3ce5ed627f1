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
        assertTrue(memo.has("page", key("b")));
        assertFalse(memo.has("page", key("a")));
        Memo next = Memo.onDisk(dir, "g");
        assertTrue(next.has("page", key("b")), "b is in the index the sweep wrote");
        assertFalse(next.has("page", key("a")));
        assertEquals(2, made.get(), "a and b made once each: b was read back, not made again");
    }

    @Test
    void aBuildKeepsItsEntriesInAFewFilesAndTheSweepDeletesThoseLeftUnused() throws Exception {
        Memo first = Memo.onDisk(dir, "g");
        for (int i = 0; i < 200; i++) {
            first.get("page", key("p" + i), Memo.BYTES, making("page " + i));
        }
        first.sweep();
        assertEquals(List.of("index", "one pack"), layout(), "200 entries, one thread: one pack and the index");
        Memo second = Memo.onDisk(dir, "g");
        second.get("page", key("new"), Memo.BYTES, making("new"));
        second.sweep();
        assertEquals(List.of("index", "one pack"), layout(), "the first build's pack, unused, is deleted");
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8),
                Memo.onDisk(dir, "g").get("page", key("new"), Memo.BYTES, making("x")));
    }

    @Test
    void theUsedEntriesOfAPackMostlyUnusedAreCopiedOutAndItIsDeleted() throws Exception {
        Memo first = Memo.onDisk(dir, "g");
        for (int i = 0; i < 10; i++) {
            first.get("page", key("p" + i), Memo.BYTES, making("page " + i));
        }
        first.sweep();
        Path pack = packs().get(0);
        Memo second = Memo.onDisk(dir, "g");
        second.get("page", key("p3"), Memo.BYTES, making("x"));
        second.sweep();
        assertFalse(Files.exists(pack), "a pack with one entry of ten used is copied out");
        assertEquals(1, packs().size());
        assertArrayEquals("page 3".getBytes(StandardCharsets.UTF_8),
                Memo.onDisk(dir, "g").get("page", key("p3"), Memo.BYTES, making("x")));
        assertEquals(10, made.get());
    }

    @Test
    void aBuildThatStoppedHalfwayLeavesWhatItNotedReadable() throws Exception {
        Memo.onDisk(dir, "g").get("page", key("a"), Memo.BYTES, making("a"));
        Memo.onDisk(dir, "g").get("page", key("b"), Memo.BYTES, making("b"));
        Path index = dir.resolve("index");
        byte[] log = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(log, log.length - 3));
        Memo next = Memo.onDisk(dir, "g");
        assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), next.get("page", key("a"), Memo.BYTES, making("x")));
        assertArrayEquals("b2".getBytes(StandardCharsets.UTF_8), next.get("page", key("b"), Memo.BYTES, making("b2")),
                "b's record was cut short: b is made anew");
        assertEquals(List.of(), next.problems());
    }

    @Test
    void bytesChangedInAPackFailTheirCheckAndAreMadeAnew() throws Exception {
        Memo.onDisk(dir, "g").get("page", key("a"), Memo.BYTES, making("abc"));
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        bytes[1] ^= 1;
        Files.write(pack, bytes);
        Memo next = Memo.onDisk(dir, "g");
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), next.get("page", key("a"), Memo.BYTES, making("new")));
        assertEquals(1, next.problems().size());
        assertTrue(next.problems().get(0).matches("cannot read page/[0-9a-f]{32} in .*\\.pack: its bytes are not those"
                + " that were written; made anew"), next.problems().get(0));
    }

    @Test
    void aMemoKeptOneFilePerEntryIsClearedOutByTheSweep() throws Exception {
        Path old = dir.resolve("page/0123456789abcdef0123456789abcdef");
        Files.createDirectories(old.getParent());
        Files.write(old, new byte[] {1});
        Memo memo = Memo.onDisk(dir, "g");
        memo.get("page", key("a"), Memo.BYTES, making("a"));
        memo.sweep();
        assertEquals(List.of("index", "one pack"), layout());
    }

    /** The memo folder's files, each pack as "one pack". */
    private List<String> layout() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString().endsWith(".pack") ? "one pack" : f.getFileName().toString())
                    .sorted().toList();
        }
    }

    private List<Path> packs() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pack")).toList();
        }
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
        memo.get("downloads", key("t"), Memo.BYTES, () -> new byte[] {0, 1, 2});
        Memo next = Memo.onDisk(dir, "g");
        java.util.Map<String, byte[]> again = next.get("downloads", key("t"), Memo.FILES, () -> java.util.Map.of("n", new byte[0]));
        assertEquals(List.of("n"), List.copyOf(again.keySet()));
        assertEquals(1, next.problems().size());
        assertTrue(next.problems().get(0).matches("cannot decode downloads/[0-9a-f]{32} in .*\\.pack \\(made by another"
                + " version\\): made anew"), next.problems().toString());
    }
}
