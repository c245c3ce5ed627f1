package plansite.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import plansite.diag.Diagnostics;

/**
 * What earlier builds made from inputs that have not changed since: the download files of a table,
 * the parsed model of a chapter. An entry is named by the hash ({@link KeyHash}) of everything it is
 * made from: the generator itself (its jar's size and time) and the inputs (a file's text, the bytes the
 * codec writes for a record). An entry appears whole or not at all (written beside, then moved into
 * place); entries a build did not use are removed at its end. Anything that goes wrong with the cache
 * makes the thing anew: the cache changes how fast a build is, never what it writes.
 */
public final class BuildCache {
    /** No cache: every build makes everything (used by {@code check}, which writes nothing, and in tests). */
    public static final BuildCache NONE = new BuildCache(null, "");

    private final Path dir;
    private final String generator;
    private final Set<Path> used = ConcurrentHashMap.newKeySet();
    /** While set, the cache is as {@link #NONE}: nothing is read, kept or removed. */
    private volatile boolean ignored;
    /**
     * With {@link #remember}, what this process read or kept, by entry, so that the next build of a
     * long-running process ({@code serve}) takes it without reading the disk; only the entries of the
     * last build stay. Safe to share: records are immutable, and nobody writes into the bytes of files.
     */
    private final Map<Path, Object> memory = new ConcurrentHashMap<>();
    private volatile boolean remembering;

    private BuildCache(Path dir, String generator) {
        this.dir = dir;
        this.generator = generator;
    }

    /**
     * A cache in {@code dir} for this generator, when it runs from a jar; from a folder of classes (an
     * IDE, the tests) a changed class would not change the key, so there is no cache.
     */
    public static BuildCache in(Path dir) {
        try {
            Path code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return NONE;
            }
            return new BuildCache(dir, code.getFileName() + " " + Files.size(code) + " "
                    + Files.getLastModifiedTime(code).toMillis());
        } catch (Exception e) {
            return NONE;
        }
    }

    /** A cache in {@code dir} for a generator named by {@code generator} (for tests of the cache itself). */
    public static BuildCache in(Path dir, String generator) {
        return new BuildCache(dir, generator);
    }

    /**
     * Makes the builds that follow make everything, as without a cache, and leave the cache as it is,
     * until called with false ({@code serve}'s warm-up builds, which must run the parsers).
     */
    public void ignore(boolean on) {
        ignored = on;
    }

    /** Keeps what builds read or make in memory too, for the next build of this process. */
    public BuildCache remember() {
        remembering = dir != null;
        return this;
    }

    /** Whether builds read and keep entries now (not {@link #NONE}, not ignored). */
    public boolean isOn() {
        return !off();
    }

    private boolean off() {
        return dir == null || ignored;
    }

    /** The key of what is made from {@code sources}: their text with the generator's identity, hashed. */
    public String key(Object... sources) {
        return dir == null ? "" : new KeyHash().add(generator).addAll(sources).hex();
    }

    /**
     * A stand-in for a record in keys: the hash of the bytes the codec writes for it (every component,
     * nested records too). Cheaper than its {@code toString}, which the JVM makes for each record class on
     * first use, and as exact.
     */
    public static String fingerprint(Record value) {
        try {
            return fingerprint(RecordCodec.encode(value));
        } catch (IllegalArgumentException e) {
            // A component the codec does not know: its text stands in.
            return KeyHash.of(value.toString());
        }
    }

    /** A stand-in for {@code bytes} in keys: their hash. */
    public static String fingerprint(byte[] bytes) {
        return KeyHash.of((Object) bytes);
    }

    /** Files (name → bytes) of {@code kind} under {@code key}: as an earlier build made them, else made now and kept. */
    public Map<String, byte[]> files(String kind, String key, Supplier<Map<String, byte[]>> make) {
        if (off()) {
            return make.get();
        }
        Path entry = entry(kind, key);
        if (remembersNow() && memory.get(entry) instanceof FileSet remembered) {
            return remembered.files();
        }
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.list(entry)) {
                Map<String, byte[]> found = new TreeMap<>();
                for (Path f : files.toList()) {
                    found.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
                return remembered(entry, found);
            } catch (IOException | UncheckedIOException e) {
                // Unreadable: made anew below.
            }
        }
        Map<String, byte[]> made = remembered(entry, make.get());
        keep(entry, temp -> {
            Files.createDirectories(temp);
            for (var f : made.entrySet()) {
                Files.write(temp.resolve(f.getKey()), f.getValue());
            }
        });
        return made;
    }

    /**
     * The record of {@code kind} under {@code key}: as an earlier build kept it, else made now by {@code make}
     * with messages of its own, and kept only when making it reported nothing, so that every build reports
     * what it reports. Its messages are added to {@code diags}.
     */
    public <T extends Record> Optional<T> record(String kind, String key, Class<T> type, Diagnostics diags,
            Function<Diagnostics, Optional<T>> make) {
        Object remembered = remembersNow() ? memory.get(entry(kind, key)) : null;
        if (type.isInstance(remembered)) {
            return Optional.of(type.cast(remembered));
        }
        Optional<T> kept = bytes(kind, key).flatMap(bytes -> RecordCodec.decode(bytes, type));
        if (kept.isPresent()) {
            return Optional.of(remembered(kind, key, kept.get()));
        }
        Diagnostics own = new Diagnostics();
        Optional<T> made = make.apply(own);
        if (made.isPresent() && own.all().isEmpty()) {
            try {
                keep(kind, key, RecordCodec.encode(made.get()));
                remembered(kind, key, made.get());
            } catch (IllegalArgumentException e) {
                // A value the codec does not know is made again next time.
            }
        }
        diags.addAll(own);
        return made;
    }

    /** A set of files as remembered: one record, so that a record of that name is never taken for it. */
    private record FileSet(Map<String, byte[]> files) {}

    private Map<String, byte[]> remembered(Path entry, Map<String, byte[]> files) {
        if (remembersNow()) {
            memory.put(entry, new FileSet(files));
        }
        return files;
    }

    private <T> T remembered(String kind, String key, T value) {
        if (remembersNow()) {
            memory.put(entry(kind, key), value);
        }
        return value;
    }

    private boolean remembersNow() {
        return remembering && !off();
    }

    /**
     * The bytes of {@code kind} under {@code key}: as an earlier build kept them, else made now by
     * {@code make} and kept (when it makes any).
     */
    public Optional<byte[]> bytes(String kind, String key, Supplier<Optional<byte[]>> make) {
        Optional<byte[]> kept = bytes(kind, key);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<byte[]> made = make.get();
        made.ifPresent(bytes -> keep(kind, key, bytes));
        return made;
    }

    /** The bytes of {@code kind} under {@code key} that an earlier build kept, if any. */
    private Optional<byte[]> bytes(String kind, String key) {
        if (off()) {
            return Optional.empty();
        }
        Path entry = entry(kind, key);
        try {
            return Files.isRegularFile(entry) ? Optional.of(Files.readAllBytes(entry)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code bytes} as the entry of {@code kind} under {@code key}. */
    private void keep(String kind, String key, byte[] bytes) {
        if (!off()) {
            keep(entry(kind, key), temp -> Files.write(temp, bytes));
        }
    }

    private Path entry(String kind, String key) {
        Path entry = dir.resolve(kind).resolve(key);
        used.add(entry);
        return entry;
    }

    private interface Writing {
        void to(Path temp) throws IOException;
    }

    private static void keep(Path entry, Writing writing) {
        Path temp = entry.resolveSibling(entry.getFileName() + ".part-" + Thread.currentThread().getId());
        try {
            delete(temp);
            Files.createDirectories(entry.getParent());
            writing.to(temp);
            Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            deleteQuietly(temp);
        } catch (IOException | UncheckedIOException e) {
            // A cache that cannot be written only makes the next build slower.
            deleteQuietly(temp);
        }
    }

    /** Removes the entries (and leftovers of interrupted writes) that this build did not use. */
    public void removeUnused() {
        if (off()) {
            used.clear();
            return;
        }
        memory.keySet().retainAll(used);
        if (!Files.isDirectory(dir)) {
            used.clear();
            return;
        }
        try (Stream<Path> kinds = Files.list(dir)) {
            for (Path kind : kinds.filter(Files::isDirectory).toList()) {
                try (Stream<Path> entries = Files.list(kind)) {
                    entries.filter(e -> !used.contains(e)).forEach(BuildCache::deleteQuietly);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Left for the next build to remove.
        }
        used.clear();
    }

    private static void deleteQuietly(Path p) {
        try {
            delete(p);
        } catch (IOException | UncheckedIOException e) {
            // Left for the next build to remove.
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
