package plansite.memo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one way a build reuses earlier work: a phase's result, kept under the {@link Fingerprint} of
 * everything it is made from and of the generator that made it. The driver wraps a phase in
 * {@link #get}; the phase itself stays a plain function of its inputs. On disk for {@code build}
 * ({@code target/plansite-cache/}), in memory for {@code serve}; at the end of a build, entries it did
 * not use are dropped. A memo that cannot be trusted is off, and says why ({@link #offReason}); one that
 * fails to read or write an entry makes the value anew and says so ({@link #problems}): the memo
 * changes how fast a build is, never what it writes.
 */
public final class Memo {
    /** How a kind of value is kept on disk. */
    public interface Codec<V> {
        byte[] encode(V value);

        Optional<V> decode(byte[] bytes);
    }

    /** Bytes kept as they are. */
    public static final Codec<byte[]> BYTES = new Codec<>() {
        public byte[] encode(byte[] value) {
            return value;
        }

        public Optional<byte[]> decode(byte[] bytes) {
            return Optional.of(bytes);
        }
    };

    /** A record of the generator, kept as the codec's bytes. */
    public static <R extends Record> Codec<R> record(Class<R> type) {
        return new Codec<>() {
            public byte[] encode(R value) {
                return RecordCodec.encode(value);
            }

            public Optional<R> decode(byte[] bytes) {
                return RecordCodec.decode(bytes, type);
            }
        };
    }

    private interface Store {
        Optional<Object> read(String entry, Codec<?> codec);

        void write(String entry, Object value, Codec<?> codec);

        boolean has(String entry);

        void keepOnly(Set<String> entries);
    }

    private final Store store;
    private final String generator;
    private final String offReason;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final List<String> problems = new ArrayList<>();

    /** On disk in {@code dir}; else in memory unless {@code offReason} says why there is no memo. */
    private Memo(Path dir, String generator, String offReason) {
        this.store = dir != null ? new DiskStore(dir) : offReason == null ? new MemoryStore() : null;
        this.generator = generator;
        this.offReason = offReason;
    }

    /**
     * A memo in {@code dir} for the generator's jar, named by its size and time. From a folder of classes
     * (an IDE, the unit tests) a changed class would not change the name, so the memo is off.
     */
    public static Memo onDisk(Path dir) {
        Path code;
        try {
            code = Path.of(Memo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return off("the generator's own code could not be located (" + e.getMessage() + ")");
        }
        if (!Files.isRegularFile(code)) {
            return off("the generator runs from " + code + ", not from its jar, so a change to its code"
                    + " would not be seen");
        }
        try {
            return onDisk(dir, code.getFileName() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis());
        } catch (IOException e) {
            return off("cannot read " + code + ": " + e.getMessage());
        }
    }

    /** A memo in {@code dir} for a generator named {@code generator} (tests of the memo itself). */
    public static Memo onDisk(Path dir, String generator) {
        return new Memo(dir, generator, null);
    }

    /** A memo in this process's memory ({@code serve}): its values are kept as they are, not encoded. */
    public static Memo inMemory() {
        return new Memo(null, "", null);
    }

    /** No memo: every phase makes its value; {@code why} is what {@link #offReason} says. */
    public static Memo off(String why) {
        return new Memo(null, "", java.util.Objects.requireNonNull(why));
    }

    /** Why the memo is off, or empty when it is on. */
    public Optional<String> offReason() {
        return Optional.ofNullable(offReason);
    }

    public boolean isOn() {
        return store != null;
    }

    /** What went wrong with entries this build (each one was made anew); cleared by {@link #sweep}. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** The value of {@code kind} made from what {@code key} fingerprints: kept from before, else made now and kept. */
    public <V> V get(String kind, Fingerprint key, Codec<V> codec, Supplier<V> make) {
        Optional<V> kept = find(kind, key, codec);
        if (kept.isPresent()) {
            return kept.get();
        }
        V made = make.get();
        put(kind, key, codec, made);
        return made;
    }

    /** The value of {@code kind} kept under {@code key}, if any. */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> find(String kind, Fingerprint key, Codec<V> codec) {
        if (store == null) {
            return Optional.empty();
        }
        String entry = entry(kind, key);
        used.add(entry);
        return (Optional<V>) store.read(entry, codec);
    }

    /** Whether a value of {@code kind} is kept under {@code key} (without reading it). */
    public boolean has(String kind, Fingerprint key) {
        if (store == null) {
            return false;
        }
        String entry = entry(kind, key);
        used.add(entry);
        return store.has(entry);
    }

    /** Keeps {@code value} as the value of {@code kind} under {@code key}. */
    public <V> void put(String kind, Fingerprint key, Codec<V> codec, V value) {
        if (store != null) {
            String entry = entry(kind, key);
            used.add(entry);
            store.write(entry, value, codec);
        }
    }

    /** Ends a build: drops the entries it did not use, so that the memo holds one build's worth. */
    public void sweep() {
        if (store != null) {
            store.keepOnly(Set.copyOf(used));
        }
        used.clear();
        synchronized (this) {
            problems.clear();
        }
    }

    private String entry(String kind, Fingerprint key) {
        return kind + "/" + Fingerprint.of(generator).fingerprint(key).build().hex();
    }

    private synchronized void problem(String what) {
        problems.add(what);
    }

    private static final class MemoryStore implements Store {
        private final Map<String, Object> values = new ConcurrentHashMap<>();

        public Optional<Object> read(String entry, Codec<?> codec) {
            return Optional.ofNullable(values.get(entry));
        }

        public void write(String entry, Object value, Codec<?> codec) {
            values.put(entry, value);
        }

        public boolean has(String entry) {
            return values.containsKey(entry);
        }

        public void keepOnly(Set<String> entries) {
            values.keySet().retainAll(entries);
        }
    }

    /** Entries as files {@code dir/kind/hex}, each written beside and moved into place, so it is whole or absent. */
    private final class DiskStore implements Store {
        private final Path dir;

        DiskStore(Path dir) {
            this.dir = dir;
        }

        public Optional<Object> read(String entry, Codec<?> codec) {
            Path file = dir.resolve(entry);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                Optional<?> value = codec.decode(Files.readAllBytes(file));
                if (value.isEmpty()) {
                    problem("cannot decode " + file + " (made by another version): made anew");
                }
                return value.map(v -> v);
            } catch (IOException e) {
                problem("cannot read " + file + ": " + e.getMessage() + "; made anew");
                return Optional.empty();
            }
        }

        public boolean has(String entry) {
            return Files.isRegularFile(dir.resolve(entry));
        }

        @SuppressWarnings("unchecked")
        public void write(String entry, Object value, Codec<?> codec) {
            Path file = dir.resolve(entry);
            Path temp = file.resolveSibling(file.getFileName() + ".part-" + Thread.currentThread().getId());
            try {
                Files.createDirectories(file.getParent());
                Files.write(temp, ((Codec<Object>) codec).encode(value));
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                deleteQuietly(temp);
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                deleteQuietly(temp);
                problem("cannot keep " + file + ": " + e.getMessage());
            }
        }

        public void keepOnly(Set<String> entries) {
            if (!Files.isDirectory(dir)) {
                return;
            }
            try (Stream<Path> kinds = Files.list(dir)) {
                for (Path kind : kinds.filter(Files::isDirectory).toList()) {
                    try (Stream<Path> files = Files.list(kind)) {
                        files.filter(f -> !entries.contains(dir.relativize(f).toString().replace('\\', '/')))
                                .forEach(Memo::deleteQuietly);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                problem("cannot clear out " + dir + ": " + e.getMessage());
            }
        }
    }

    /** Files by name, as a memo keeps a set of them. */
    public record FileSet(Map<String, byte[]> files) {
        public FileSet {
            files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the next sweep.
        }
    }
}
