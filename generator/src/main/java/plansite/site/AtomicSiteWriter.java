package plansite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes a {@link SiteTree} so that the target folder is never half-written: the tree goes into a
 * {@link StagingFolder}, which replaces the target only when complete. If anything fails before the
 * swap, the target is untouched.
 */
public final class AtomicSiteWriter {
    /**
     * What a write left in the target: each file's bytes, and its size and modification time just after,
     * by which a later write knows the file is still as written.
     */
    public record Written(Map<String, byte[]> bytes, Map<String, FileStamp> stamps) {
        public static final Written NOTHING = new Written(Map.of(), Map.of());
    }

    public record FileStamp(long size, FileTime modified) {}

    /**
     * Writes {@code tree} into a staging folder that then replaces {@code target}; a file whose bytes are
     * those {@code previous} wrote there, and which is still as written (same size and modification time),
     * is linked from the target instead of written again ({@code serve} rewrites the folder after every edit,
     * which changes a few of its files). Where links cannot be made, it is written.
     */
    public Written write(SiteTree tree, Path target, Written previous) throws IOException {
        Path current = target.toAbsolutePath().normalize();
        try (StagingFolder staging = StagingFolder.beside(target)) {
            Map<String, FileStamp> stamps = new java.util.concurrent.ConcurrentHashMap<>();
            // Files are independent: written on all cores, each stamped as it is left.
            try {
                tree.files().entrySet().parallelStream().forEach(e -> {
                    byte[] before = previous.bytes().get(e.getKey());
                    boolean same = before != null && (before == e.getValue() || Arrays.equals(before, e.getValue()));
                    if (!same || !staging.link(e.getKey(), current.resolve(e.getKey()), previous.stamps().get(e.getKey()))) {
                        staging.put(e.getKey(), e.getValue());
                    }
                    Path f = staging.written(e.getKey()).orElseThrow();
                    try {
                        stamps.put(e.getKey(), new FileStamp(Files.size(f), Files.getLastModifiedTime(f)));
                    } catch (IOException unstamped) {
                        // Written again next time.
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            staging.commit();
            return new Written(tree.files(), Map.copyOf(stamps));
        }
    }

    /** Puts {@code staging} in the place of {@code target}, which is restored if that fails. */
    static void swap(Path staging, Path target) throws IOException {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteRecursively(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
