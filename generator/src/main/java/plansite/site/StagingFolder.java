package plansite.site;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fresh folder beside the target that a build writes its files into as it makes them; only a
 * complete one replaces the target ({@link #commit}), by renames within one parent folder. Closed
 * without a commit (input errors, a crash of the build), it is deleted and the target is untouched.
 */
public final class StagingFolder implements SiteOutput, AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();
    private boolean committed;

    private StagingFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** A new, empty staging folder for {@code target}. */
    public static StagingFolder beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        return new StagingFolder(absolute,
                Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".staging-"));
    }

    @Override
    public void put(String path, byte[] content) {
        try {
            Files.write(claim(path), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + " into " + staging, e);
        }
        bytes.addAndGet(content.length);
    }

    /**
     * Puts at {@code path} a hard link to {@code source} when that file is still as {@code stamp} says (its
     * size and modification time); false, with nothing put, when it is not or a link cannot be made there.
     */
    public boolean link(String path, Path source, AtomicSiteWriter.FileStamp stamp) {
        if (stamp == null) {
            return false;
        }
        try {
            if (Files.size(source) != stamp.size() || !Files.getLastModifiedTime(source).equals(stamp.modified())) {
                return false;
            }
            Path file = claim(path);
            try {
                Files.createLink(file, source);
            } catch (IOException | UnsupportedOperationException e) {
                paths.remove(path);
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        bytes.addAndGet(stamp.size());
        return true;
    }

    @Override
    public Writer open(String path) {
        return new BufferedWriter(new OutputStreamWriter(openStream(path), StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public OutputStream openStream(String path) {
        try {
            Path file = claim(path);
            return new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024) {
                @Override
                public void close() throws IOException {
                    super.close();
                    bytes.addAndGet(Files.size(file));
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + " into " + staging, e);
        }
    }

    @Override
    public byte[] read(String path) {
        try {
            return Files.readAllBytes(written(path).orElseThrow(() -> new IllegalStateException("nothing was put at " + path)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " back from " + staging, e);
        }
    }

    @Override
    public java.util.Optional<Path> written(String path) {
        return paths.contains(path) ? java.util.Optional.of(staging.resolve(path)) : java.util.Optional.empty();
    }

    /** The file of {@code path} in the staging folder, its folder made; each path may be claimed once. */
    private Path claim(String path) throws IOException {
        SiteOutput.checkPath(path);
        if (!paths.add(path)) {
            throw new IllegalStateException("two outputs for one path: " + path);
        }
        Path file = staging.resolve(path);
        Files.createDirectories(file.getParent());
        return file;
    }

    public int size() {
        return paths.size();
    }

    public long totalBytes() {
        return bytes.get();
    }

    /** Replaces the target with the staged files. */
    public void commit() throws IOException {
        AtomicSiteWriter.swap(staging, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            AtomicSiteWriter.deleteRecursively(staging);
        }
    }
}
