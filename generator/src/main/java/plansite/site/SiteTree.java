package plansite.site;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The finished site as a value: relative path ({@code zh/ch1.html}) → bytes, sorted by path so
 * that writing is deterministic whatever order the files came in. Filled by a build, then only read.
 */
public final class SiteTree implements SiteOutput {
    private final TreeMap<String, byte[]> files = new TreeMap<>();

    @Override
    public synchronized void put(String path, byte[] bytes) {
        SiteOutput.checkPath(path);
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("two outputs for one path: " + path);
        }
    }

    public Optional<byte[]> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public synchronized byte[] read(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new IllegalStateException("nothing was put at " + path);
        }
        return bytes;
    }

    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    public int size() {
        return files.size();
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    /** Whether {@code dir} is a folder of the tree (some file lies below it). */
    public boolean isFolder(String dir) {
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        Map.Entry<String, byte[]> next = files.ceilingEntry(prefix);
        return next != null && next.getKey().startsWith(prefix);
    }
}
