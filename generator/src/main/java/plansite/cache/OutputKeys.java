package plansite.cache;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import plansite.diag.Diagnostics;

/**
 * The cache keys a build worked out for its outputs (each page, the downloads, each search index), kept
 * under the fingerprint of all input files. A page's key is the hash of its whole model, so working it
 * out means building the model, which is most of what a build from a filled cache does. When every input
 * file is byte for byte as in an earlier build, the models are the same, and so are the keys: the build
 * takes them as that build worked them out. The entries they name are read, or made again when missing,
 * exactly as without this; every input is still read and checked.
 */
public final class OutputKeys {
    private static final String KIND = "keys";

    /** Works out every key: no cache, or inputs that changed while they were read. */
    public static final OutputKeys NONE = new OutputKeys(BuildCache.NONE, null, Map.of());

    private final BuildCache cache;
    /** The entry these keys are kept under; null when they are not kept. */
    private final String entry;
    private final Map<String, String> known;
    private final Map<String, String> now = new ConcurrentHashMap<>();

    private record Kept(Map<String, String> keys) {}

    private OutputKeys(BuildCache cache, String entry, Map<String, String> known) {
        this.cache = cache;
        this.entry = entry;
        this.known = known;
    }

    /** The keys an earlier build of input files with this fingerprint kept; none if there was no such build. */
    public static OutputKeys forInputs(BuildCache cache, String inputsFingerprint) {
        if (!cache.isOn()) {
            return NONE;
        }
        String entry = cache.key(KIND, inputsFingerprint);
        Map<String, String> known = cache.record(KIND, entry, Kept.class, new Diagnostics(), d -> Optional.empty())
                .map(Kept::keys).orElse(Map.of());
        return new OutputKeys(cache, entry, known);
    }

    /** Whether an earlier build of the same input files kept its keys (then its outputs are likely all in the cache). */
    public boolean known() {
        return !known.isEmpty();
    }

    /** The key of {@code output}: as the earlier build worked it out, else by {@code workOut} (null: none). */
    public String key(String output, Supplier<String> workOut) {
        String key = known.get(output);
        if (key == null) {
            key = workOut.get();
        }
        if (key != null) {
            now.put(output, key);
        }
        return key;
    }

    /** Keeps this build's keys for the next build of the same input files. */
    public void keep() {
        if (entry != null && !now.equals(known)) {
            cache.record(KIND, entry, Kept.class, new Diagnostics(), d -> Optional.of(new Kept(new TreeMap<>(now))));
        }
    }
}
