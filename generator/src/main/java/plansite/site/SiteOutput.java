package plansite.site;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where a build puts the site's files as it makes them: a {@link SiteTree} in memory ({@code serve},
 * tests) or a {@link StagingFolder} on disk ({@code build}, which so never holds the whole site).
 * Files may be put from several threads at once; each path at most once.
 */
public interface SiteOutput {
    /** Puts the file at {@code path}, relative to the site's root ({@code zh/ch1.html}). */
    void put(String path, byte[] bytes);

    default void put(String path, String text) {
        put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A writer of the text file at {@code path} (UTF-8), for a file too large to make in memory first;
     * the file is put when the writer is closed.
     */
    default Writer open(String path) {
        return new StringWriter(16 * 1024) {
            @Override
            public void close() {
                put(path, toString());
            }
        };
    }

    /**
     * A stream of the file at {@code path}, for a file too large to make in memory first; the file is put
     * when the stream is closed.
     */
    default java.io.OutputStream openStream(String path) {
        return new java.io.ByteArrayOutputStream(64 * 1024) {
            @Override
            public void close() {
                put(path, toByteArray());
            }
        };
    }

    /**
     * Puts the file at {@code path} that {@code later} makes: a tree in memory takes it as it is and gives
     * its bytes to whoever reads the path, once they are made ({@code serve}'s search indexes, made after
     * open pages are told to reload); a folder on disk waits for them now.
     */
    default void putLater(String path, java.util.function.Supplier<byte[]> later) {
        put(path, later.get());
    }

    /** The bytes put at {@code path} (read back from the disk when this output is a folder). */
    byte[] read(String path);

    /** The file {@code path} was written to, when this output is a folder on disk and has it. */
    default java.util.Optional<java.nio.file.Path> written(String path) {
        return java.util.Optional.empty();
    }

    /** Refuses what is not a plain relative path inside the site. */
    static void checkPath(String path) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.isEmpty()) {
            throw new IllegalArgumentException("not a relative site path: " + path);
        }
    }
}
