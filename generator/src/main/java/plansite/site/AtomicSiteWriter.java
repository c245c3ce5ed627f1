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

/**
 * Writes a {@link SiteTree} so that the target folder is never half-written: the tree goes into a
 * {@link StagingFolder}, which replaces the target only when complete. If anything fails before the
 * swap, the target is untouched.
 */
public final class AtomicSiteWriter {

    public void write(SiteTree tree, Path target) throws IOException {
        try (StagingFolder staging = StagingFolder.beside(target)) {
            // Files are independent: written on all cores.
            try {
                tree.files().entrySet().parallelStream().forEach(e -> staging.put(e.getKey(), e.getValue()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            staging.commit();
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
