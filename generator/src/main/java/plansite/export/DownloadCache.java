package plansite.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Download files of earlier builds, so that a build remakes only the workbooks, CSVs and zips whose
 * table changed. An entry is a folder named by the SHA-256 of everything its files are made from: the
 * generator itself (its jar's size and time) and the records they were made from, whose text holds
 * every value, note and position. An entry appears whole or not at all (written beside, then moved
 * into place); entries a build did not use are removed at its end. Anything that goes wrong with the
 * cache makes the files anew: the cache can change how fast a build is, never what it writes.
 */
public final class DownloadCache {
    /** No cache: every build makes every file (used by {@code check}, which writes nothing, and in tests). */
    public static final DownloadCache NONE = new DownloadCache(null, "");

    private final Path dir;
    private final String generator;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private DownloadCache(Path dir, String generator) {
        this.dir = dir;
        this.generator = generator;
    }

    /**
     * A cache in {@code dir} for this generator, when it runs from a jar; from a folder of classes (an
     * IDE, the tests) a changed class would not change the key, so there is no cache.
     */
    public static DownloadCache in(Path dir) {
        try {
            Path code = Path.of(DownloadCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return NONE;
            }
            return new DownloadCache(dir, code.getFileName() + " " + Files.size(code) + " "
                    + Files.getLastModifiedTime(code).toMillis());
        } catch (Exception e) {
            return NONE;
        }
    }

    /** A cache in {@code dir} for a generator named by {@code generator} (for tests of the cache itself). */
    static DownloadCache in(Path dir, String generator) {
        return new DownloadCache(dir, generator);
    }

    /** The key of files made from {@code sources}: their text with the generator's identity, hashed. */
    String key(Object... sources) {
        if (dir == null) {
            return "";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(generator.getBytes(StandardCharsets.UTF_8));
            for (Object s : sources) {
                sha.update((byte) 0);
                sha.update(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The files under {@code key}: from the cache when an earlier build made them, else made now and kept. */
    Map<String, byte[]> get(String key, Supplier<Map<String, byte[]>> make) {
        if (dir == null) {
            return make.get();
        }
        used.add(key);
        Path entry = dir.resolve(key);
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.list(entry)) {
                Map<String, byte[]> found = new TreeMap<>();
                for (Path f : files.toList()) {
                    found.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
                return found;
            } catch (IOException | UncheckedIOException e) {
                // Unreadable: make the files anew below.
            }
        }
        Map<String, byte[]> made = make.get();
        keep(entry, made);
        return made;
    }

    private void keep(Path entry, Map<String, byte[]> files) {
        Path temp = dir.resolve(entry.getFileName() + ".part-" + Thread.currentThread().getId());
        try {
            delete(temp);
            Files.createDirectories(temp);
            for (var f : files.entrySet()) {
                Files.write(temp.resolve(f.getKey()), f.getValue());
            }
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
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(e -> !used.contains(e.getFileName().toString())).forEach(DownloadCache::deleteQuietly);
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
