package plansite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How long each phase of a run took, in order; printed by {@code build --timings}. */
public final class Timings {
    private final List<String> lines = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the phase that began at the previous mark (or at creation). */
    public synchronized void mark(String phase) {
        long now = System.nanoTime();
        lines.add(String.format(Locale.ROOT, "%-28s %6.0f ms", phase, (now - last) / 1e6));
        last = now;
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
