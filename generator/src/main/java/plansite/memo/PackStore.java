package plansite.memo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The memo on disk, as a few large files rather than a file per entry. Each thread that keeps a value
 * appends it to a pack of its own ({@code dir/*.pack}: no writer waits for another), then notes where it
 * is, with its length and CRC-32C, in {@code dir/index}, a log read back when a memo opens. The sweep
 * writes the index anew with the entries the build used, first copying those of a pack that is mostly
 * unused into a new pack, and deletes every pack the index no longer names.
 *
 * <p>A value is noted only once its bytes are written, and a pack is deleted only once an index without
 * it is in place, so a build that stops halfway leaves the earlier entries readable; bytes that are not
 * what was written (a pack cut short or changed) fail their CRC, and that entry is made anew.
 *
 * <p>Why packs: a first build of the ten-times edition kept some 2,000 entries, and creating them one
 * file each (written beside and moved into place) took about a second and a half of a ten-second build
 * on the development machine, most of it the file system allocating files (bench/RESULTS.md).
 */
final class PackStore implements Memo.Store {
    private static final int MAGIC = 0x706c6d31;
    private static final String INDEX = "index";
    private static final String PACK = ".pack";
    private static final AtomicLong PACKS_MADE = new AtomicLong();

    /** Where an entry's bytes are. */
    private record Place(String pack, long offset, long length, int crc) {}

    private final Path dir;
    private final String generator;
    private final Consumer<String> problems;
    private final Map<String, Place> places = new ConcurrentHashMap<>();
    /** The packs this store writes, one per thread; closed by the sweep. */
    private final Map<Thread, PackWriter> writers = new ConcurrentHashMap<>();
    private final Map<String, FileChannel> readers = new ConcurrentHashMap<>();
    /** The size of each pack an earlier memo wrote, as found when first asked. */
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();
    private DataOutputStream index;
    private boolean indexValid;

    PackStore(Path dir, String generator, Consumer<String> problems) {
        this.dir = dir;
        this.generator = generator;
        this.problems = problems;
        readIndex();
    }

    public Optional<Object> name(String kind, Fingerprint key) {
        return key.hex().map(hex -> kind + "/" + Fingerprint.of(generator).text(hex).build().hex().orElseThrow());
    }

    public Optional<Object> read(Object name, Memo.Codec<?> codec) {
        Place place = places.get((String) name);
        if (place == null) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = bytes((String) name, place);
        Optional<?> value = bytes.flatMap(codec::read);
        if (bytes.isPresent() && value.isEmpty()) {
            problems.accept("cannot decode " + name + " in " + dir.resolve(place.pack()) + " (made by another version): made anew");
        }
        return value.map(v -> v);
    }

    public boolean has(Object name) {
        Place place = places.get((String) name);
        if (place == null) {
            return false;
        }
        if (writers.values().stream().anyMatch(w -> w.name.equals(place.pack()))) {
            return true;
        }
        long size = sizes.computeIfAbsent(place.pack(), pack -> {
            try {
                return Files.size(dir.resolve(pack));
            } catch (IOException e) {
                return -1L;
            }
        });
        return place.offset() + place.length() <= size;
    }

    @SuppressWarnings("unchecked")
    public void write(Object name, Object value, Memo.Codec<?> codec) {
        keep((String) name, pack -> ((Memo.Codec<Object>) codec).write(value, pack));
    }

    /** Keeps the bytes of {@code file}, streamed into the pack (a value too large to hold in memory). */
    void copy(Object name, Path file) {
        keep((String) name, pack -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(pack);
            }
        });
    }

    private interface Content {
        void writeTo(OutputStream pack) throws IOException;
    }

    private void keep(String name, Content content) {
        try {
            PackWriter pack = writers.computeIfAbsent(Thread.currentThread(), t -> newPack());
            note(name, pack.append(content));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            problems.accept("cannot keep " + name + " in " + dir + ": " + e.getMessage());
        }
    }

    public synchronized void keepOnly(Set<Object> used) {
        try {
            closeAll();
            Map<String, Place> kept = new TreeMap<>();
            for (Object name : used) {
                Place place = places.get((String) name);
                if (place != null) {
                    kept.put((String) name, place);
                }
            }
            compact(kept);
            writeIndex(kept);
            places.clear();
            places.putAll(kept);
            Set<String> packs = new HashSet<>();
            kept.values().forEach(p -> packs.add(p.pack()));
            deleteAllBut(packs);
        } catch (IOException | UncheckedIOException e) {
            problems.accept("cannot clear out " + dir + ": " + e.getMessage());
        } finally {
            closeAll();
        }
    }

    /** Copies the kept entries of each pack that is less than half kept into a new pack, so that its space is freed. */
    private void compact(Map<String, Place> kept) throws IOException {
        Map<String, Long> keptBytes = new HashMap<>();
        kept.values().forEach(p -> keptBytes.merge(p.pack(), p.length(), Long::sum));
        PackWriter into = null;
        for (var entry : kept.entrySet()) {
            Place place = entry.getValue();
            long size = packSize(place.pack());
            if (place.offset() + place.length() > size) {
                entry.setValue(null);
                continue;
            }
            if (2 * keptBytes.get(place.pack()) >= size) {
                continue;
            }
            Optional<byte[]> bytes = bytes(entry.getKey(), place);
            if (bytes.isEmpty()) {
                entry.setValue(null);
                continue;
            }
            if (into == null) {
                into = newPack();
            }
            entry.setValue(into.append(out -> out.write(bytes.get())));
        }
        kept.values().removeIf(java.util.Objects::isNull);
        if (into != null) {
            into.close();
        }
    }

    private long packSize(String pack) throws IOException {
        try {
            return Files.size(dir.resolve(pack));
        } catch (NoSuchFileException e) {
            return 0;
        }
    }

    /** The entry's bytes, if they are there and are those written; else empty, and the problem said. */
    private Optional<byte[]> bytes(String name, Place place) {
        Path pack = dir.resolve(place.pack());
        try {
            if (place.length() > Integer.MAX_VALUE - 16) {
                throw new IOException("the entry is too large to read at once");
            }
            FileChannel channel = readers.computeIfAbsent(place.pack(), p -> {
                try {
                    return FileChannel.open(pack, StandardOpenOption.READ);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            ByteBuffer buffer = ByteBuffer.allocate((int) place.length());
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, place.offset() + buffer.position()) < 0) {
                    throw new EOFException("the pack ends before the entry does");
                }
            }
            CRC32C crc = new CRC32C();
            crc.update(buffer.array());
            if ((int) crc.getValue() != place.crc()) {
                throw new IOException("its bytes are not those that were written");
            }
            return Optional.of(buffer.array());
        } catch (IOException | UncheckedIOException e) {
            problems.accept("cannot read " + name + " in " + pack + ": " + message(e) + "; made anew");
            return Optional.empty();
        }
    }

    /** Reads the index an earlier memo left; entries after a record cut short (a build stopped halfway) are not there. */
    private void readIndex() {
        Path file = dir.resolve(INDEX);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                return;
            }
            indexValid = true;
            while (true) {
                String name = in.readUTF();
                Place place = new Place(in.readUTF(), in.readLong(), in.readLong(), in.readInt());
                places.put(name, place);
            }
        } catch (EOFException e) {
            // The end of the log, or a record cut short.
        } catch (IOException e) {
            problems.accept("cannot read " + file + ": " + e.getMessage() + "; its entries are made anew");
        }
    }

    private synchronized void note(String name, Place place) throws IOException {
        if (index == null) {
            Files.createDirectories(dir);
            index = new DataOutputStream(new BufferedOutputStream(indexValid
                    ? Files.newOutputStream(dir.resolve(INDEX), StandardOpenOption.APPEND)
                    : Files.newOutputStream(dir.resolve(INDEX)), 1 << 12));
            if (!indexValid) {
                index.writeInt(MAGIC);
                indexValid = true;
            }
        }
        write(index, name, place);
        index.flush();
        places.put(name, place);
    }

    private void writeIndex(Map<String, Place> kept) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Path temp = dir.resolve(INDEX + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
            out.writeInt(MAGIC);
            for (var e : kept.entrySet()) {
                write(out, e.getKey(), e.getValue());
            }
        }
        Files.move(temp, dir.resolve(INDEX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        indexValid = true;
    }

    private static void write(DataOutputStream out, String name, Place place) throws IOException {
        out.writeUTF(name);
        out.writeUTF(place.pack());
        out.writeLong(place.offset());
        out.writeLong(place.length());
        out.writeInt(place.crc());
    }

    /** Deletes the packs not in {@code packs}, and the folders of a memo kept one file per entry (before packs). */
    private void deleteAllBut(Set<String> packs) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Files.isDirectory(f)) {
                    try (Stream<Path> old = Files.walk(f)) {
                        old.sorted(Comparator.reverseOrder()).forEach(PackStore::deleteQuietly);
                    }
                } else if (!name.equals(INDEX) && !packs.contains(name)) {
                    deleteQuietly(f);
                }
            }
        }
        sizes.keySet().retainAll(packs);
    }

    private PackWriter newPack() {
        String name = Long.toHexString(System.currentTimeMillis()) + "-" + ProcessHandle.current().pid() + "-"
                + PACKS_MADE.incrementAndGet() + PACK;
        try {
            Files.createDirectories(dir);
            return new PackWriter(name, Files.newOutputStream(dir.resolve(name), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeAll() {
        for (PackWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                problems.accept("cannot keep " + dir.resolve(w.name) + ": " + e.getMessage());
            }
        }
        writers.clear();
        for (FileChannel r : readers.values()) {
            try {
                r.close();
            } catch (IOException e) {
                // Read-only; nothing is lost.
            }
        }
        readers.clear();
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                problems.accept("cannot keep " + dir.resolve(INDEX) + ": " + e.getMessage());
            }
            index = null;
        }
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return cause instanceof NoSuchFileException ? "the pack is gone" : String.valueOf(cause.getMessage());
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the next sweep.
        }
    }

    /** One pack being written: entries one after another, each flushed before it is noted, so readers see it. */
    private static final class PackWriter {
        final String name;
        private final OutputStream out;
        private long position;

        PackWriter(String name, OutputStream file) {
            this.name = name;
            this.out = new BufferedOutputStream(file, 1 << 16);
        }

        /** Writes one entry; where it is. */
        Place append(Content content) throws IOException {
            long start = position;
            CRC32C crc = new CRC32C();
            content.writeTo(new OutputStream() {
                public void write(int b) throws IOException {
                    out.write(b);
                    crc.update(b);
                    position++;
                }

                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    crc.update(b, off, len);
                    position += len;
                }

                public void flush() {
                    // The entry is flushed whole once written.
                }
            });
            out.flush();
            return new Place(name, start, position - start, (int) crc.getValue());
        }

        void close() throws IOException {
            out.close();
        }
    }
}
