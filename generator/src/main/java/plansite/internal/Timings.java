package plansite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How long each phase of a run took, in order; printed by {@code build --timings}. */
public final class Timings {
    private record Phase(String name, long nanos) {}

    private final List<Phase> phases = new ArrayList<>();

    /**
     * Records that {@code phase} took {@code nanos}. Only the time is kept here: the first
     * {@code String.format} of a run sets up the formatter, which costs a cold build more than some of
     * the phases it measures, so lines are formatted only when printed.
     */
    public synchronized void add(String phase, long nanos) {
        phases.add(new Phase(phase, nanos));
    }

    public synchronized List<String> lines() {
        return phases.stream().map(p -> String.format(Locale.ROOT, "%-24s %6.0f ms", p.name(), p.nanos() / 1e6))
                .toList();
    }
}
