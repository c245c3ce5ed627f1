package plansite.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import plansite.Generator;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;
import plansite.site.AtomicSiteWriter;
import plansite.site.SiteTree;

/**
 * A site being edited: built once, served from memory, rebuilt on every change to its input, with
 * the result written to the output folder as well, right after open pages are told to reload (so that
 * the folder soon matches what is served). The search indexes may still be being made when the pages
 * reload: a request for one waits for it (Generator, the search phase). A broken edit keeps the last
 * good site on screen, with the errors over it.
 */
public final class LiveSite implements AutoCloseable {
    private final Generator generator;
    private final Path target;
    private final PrintStream out;
    private final PrintStream err;
    private final DevServer server;
    private final SourceWatcher watcher;
    /** What the last write left in the target; read and set on the folder writer's thread only. */
    private AtomicSiteWriter.Written written = AtomicSiteWriter.Written.NOTHING;
    private final ExecutorService folderWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "plansite-write");
        t.setDaemon(true);
        return t;
    });

    public LiveSite(Generator generator, Path target, int port, PrintStream out, PrintStream err) throws IOException {
        this.generator = generator;
        this.target = target;
        this.out = out;
        this.err = err;
        this.server = new DevServer(new SiteTree(), port);
        this.watcher = new SourceWatcher(generator.layout().watchedFolders(), this::warmUp, this::rebuild);
    }

    /** Builds, then starts serving and watching. */
    public void start() {
        rebuild();
        server.start();
        watcher.start();
    }

    /**
     * Builds kept nowhere, run by the watching thread before it answers the first change, so that the
     * code of a rebuild is compiled before the first edit, not during its rebuild. An edit made
     * meanwhile is answered right after them.
     */
    private void warmUp() {
        try {
            generator.warmUp();
        } catch (InputErrorsException | RuntimeException e) {
            // The input is broken: the first rebuild after its mending is slower, nothing else.
        }
    }

    public int port() {
        return server.port();
    }

    /** One build: on success publish and write it; on input errors show them and keep the last good site. */
    void rebuild() {
        long start = System.nanoTime();
        try {
            Generator.Result result = generator.build();
            print(Diagnostics.of(result.report().warnings()));
            // Open pages reload from memory at once; the folder follows on another thread, one write at a time.
            server.publish(result.tree());
            long published = System.nanoTime();
            folderWriter.execute(() -> write(result, start, published));
        } catch (InputErrorsException e) {
            print(e.diagnostics());
            server.showErrors(e.diagnostics().report());
        } catch (RuntimeException e) {
            err.println("plansite: build failed: " + e);
            server.showErrors(List.of("build failed: " + e));
        }
    }

    private void write(Generator.Result result, long start, long published) {
        try {
            written = new AtomicSiteWriter().write(result.tree(), target, written);
            out.printf(Locale.ROOT, "plansite: built %d files (%d pages rendered, %d reused) in %d ms; written to %s"
                    + " in %d ms more%n", result.tree().size(), result.report().renderedPages().size(), reused(result),
                    (published - start) / 1_000_000, target, (System.nanoTime() - published) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            err.println("plansite: cannot write " + target + ": " + e);
        }
    }

    /** The pages of the site not rendered anew (all of them when the whole site came from the memo). */
    private static long reused(Generator.Result result) {
        var report = result.report();
        long pages = report.routes().isEmpty()
                ? result.tree().files().keySet().stream().filter(p -> p.endsWith(".html")).count()
                : report.routes().stream().filter(r -> r.content() instanceof plansite.render.Route.Page).count();
        return pages - report.renderedPages().size();
    }

    private void print(Diagnostics diagnostics) {
        diagnostics.report().forEach(err::println);
    }

    @Override
    public void close() throws IOException {
        server.close();
        watcher.close();
        folderWriter.shutdown();
        try {
            folderWriter.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
