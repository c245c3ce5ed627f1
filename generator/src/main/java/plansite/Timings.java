package plansite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How long each phase of a run took, in order; printed by {@code build --timings}. */
public final class Timings {
    private record Phase(String name, long nanos) {}

    private final List<Phase> phases = new ArrayList<>();
    private long last = System.nanoTime();

    /**
     * Ends the phase that began at the previous mark (or at creation). Only the time is taken here: the
     * first {@code String.format} of a run sets up the formatter, which cost a cold build more than
     * some of the phases it measured.
     */
    public synchronized void mark(String phase) {
        long now = System.nanoTime();
        phases.add(new Phase(phase, now - last));
        last = now;
    }

    public synchronized List<String> lines() {
        return phases.stream().map(p -> String.format(Locale.ROOT, "%-28s %6.0f ms", p.name(), p.nanos() / 1e6))
                .toList();
    }
}
