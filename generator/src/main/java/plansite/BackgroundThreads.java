package plansite;

import java.util.concurrent.Executor;

/**
 * Work started on a thread of its own, so that it runs on the other core while the caller goes on
 * (the common fork-join pool has a single worker on two cores, which the parallel streams need).
 */
public final class BackgroundThreads {
    private BackgroundThreads() {}

    /** An executor that starts each task on a new daemon thread named {@code name}. */
    public static Executor named(String name) {
        return task -> {
            Thread t = new Thread(task, "plansite-" + name);
            t.setDaemon(true);
            t.start();
        };
    }
}
