package plansite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one pool of threads a build runs its parallel work on, one thread per core. Every task is
 * joined before its caller goes on, and a failure is rethrown only after all its siblings have ended,
 * the first in list order: what a build reports never depends on which thread was faster.
 */
public final class Workers {
    private static final Workers SHARED = new Workers(Runtime.getRuntime().availableProcessors());

    private final ForkJoinPool pool;

    private Workers(int threads) {
        this.pool = new ForkJoinPool(Math.max(2, threads), p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("plansite-worker-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /** The process's pool (a process runs one build at a time; {@code serve} runs them one after another). */
    public static Workers shared() {
        return SHARED;
    }

    /** {@code f} applied to each item on the pool; the results in the items' order. */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        List<CompletableFuture<R>> tasks = new ArrayList<>(items.size());
        for (T item : items) {
            tasks.add(CompletableFuture.supplyAsync(() -> f.apply(item), pool));
        }
        return joinAll(tasks);
    }

    /** Starts {@code work} on the pool; {@link Task#join} waits for it. */
    public <T> Task<T> start(Supplier<T> work) {
        return new Task<>(CompletableFuture.supplyAsync(work, pool));
    }

    /** Work started on the pool, to be joined before the one who started it reports anything. */
    public static final class Task<T> {
        private final CompletableFuture<T> future;

        private Task(CompletableFuture<T> future) {
            this.future = future;
        }

        public T join() {
            return joinAll(List.of(future)).get(0);
        }
    }

    private static <R> List<R> joinAll(List<CompletableFuture<R>> tasks) {
        RuntimeException first = null;
        List<R> results = new ArrayList<>(tasks.size());
        for (CompletableFuture<R> task : tasks) {
            try {
                results.add(task.join());
            } catch (CompletionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : e;
                }
                results.add(null);
            }
        }
        if (first != null) {
            throw first;
        }
        return results;
    }
}
