package plansite.site;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The finished site as a value: relative path ({@code zh/ch1.html}) → bytes, sorted by path so
 * that writing and zipping are deterministic. Built by one thread, then only read.
 */
public final class SiteTree {
    private final TreeMap<String, byte[]> files = new TreeMap<>();

    public void put(String path, byte[] bytes) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.isEmpty()) {
            throw new IllegalArgumentException("not a relative site path: " + path);
        }
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("two outputs for one path: " + path);
        }
    }

    public void put(String path, String text) {
        put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<byte[]> get(String path) {
        return Optional.ofNullable(files.get(path));
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
