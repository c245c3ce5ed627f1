package plansite.site;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The finished site as a value: relative path ({@code zh/ch1.html}) → bytes, sorted by path so
 * that writing is deterministic whatever order the files came in. Filled by a build, then only read;
 * a file put {@linkplain #putLater later} is read when its bytes are made.
 */
public final class SiteTree implements SiteOutput {
    private final TreeMap<String, byte[]> files = new TreeMap<>();
    private final TreeMap<String, Supplier<byte[]>> later = new TreeMap<>();

    @Override
    public synchronized void put(String path, byte[] bytes) {
        claim(path);
        files.put(path, bytes);
    }

    @Override
    public synchronized void putLater(String path, Supplier<byte[]> bytes) {
        claim(path);
        later.put(path, bytes);
    }

    private void claim(String path) {
        SiteOutput.checkPath(path);
        if (files.containsKey(path) || later.containsKey(path)) {
            throw new IllegalStateException("two outputs for one path: " + path);
        }
    }

    /** The file at {@code path}; one put later is waited for. */
    public Optional<byte[]> get(String path) {
        Supplier<byte[]> pending;
        synchronized (this) {
            byte[] bytes = files.get(path);
            if (bytes != null) {
                return Optional.of(bytes);
            }
            pending = later.get(path);
        }
        // Outside the lock: the bytes may take a while, and other files are read meanwhile.
        return pending == null ? Optional.empty() : Optional.of(pending.get());
    }

    @Override
    public byte[] read(String path) {
        return get(path).orElseThrow(() -> new IllegalStateException("nothing was put at " + path));
    }

    /** Every file, those put later once they are made. */
    public SortedMap<String, byte[]> files() {
        Map<String, Supplier<byte[]>> pending;
        synchronized (this) {
            if (later.isEmpty()) {
                return Collections.unmodifiableSortedMap(files);
            }
            pending = Map.copyOf(later);
        }
        TreeMap<String, byte[]> all = new TreeMap<>(files);
        pending.forEach((path, bytes) -> all.put(path, bytes.get()));
        return Collections.unmodifiableSortedMap(all);
    }

    public synchronized int size() {
        return files.size() + later.size();
    }

    public long totalBytes() {
        return files().values().stream().mapToLong(b -> b.length).sum();
    }

    public synchronized boolean contains(String path) {
        return files.containsKey(path) || later.containsKey(path);
    }

    /** Whether {@code dir} is a folder of the tree (some file lies below it). */
    public synchronized boolean isFolder(String dir) {
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        return below(files, prefix) || below(later, prefix);
    }

    private static boolean below(TreeMap<String, ?> map, String prefix) {
        String next = map.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }
}
