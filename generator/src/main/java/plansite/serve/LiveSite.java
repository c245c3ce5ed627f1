package plansite.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import plansite.Generator;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;
import plansite.site.AtomicSiteWriter;
import plansite.site.SiteTree;

/**
 * A site being edited: built once, served from memory, rebuilt on every change to its input, with
 * the result written to the output folder as well (so that the folder always matches what is served).
 * A broken edit keeps the last good site on screen, with the errors over it.
 */
public final class LiveSite implements AutoCloseable {
    private final Generator generator;
    private final Path target;
    private final PrintStream out;
    private final PrintStream err;
    private final DevServer server;
    private final SourceWatcher watcher;

    public LiveSite(Generator generator, Path target, int port, PrintStream out, PrintStream err) throws IOException {
        this.generator = generator;
        this.target = target;
        this.out = out;
        this.err = err;
        this.server = new DevServer(new SiteTree(), port);
        this.watcher = new SourceWatcher(generator.layout().watchedFolders(), this::rebuild);
    }

    /** Builds, then starts serving and watching. */
    public void start() {
        rebuild();
        server.start();
        watcher.start();
    }

    public int port() {
        return server.port();
    }

    /** One build: on success publish and write it; on input errors show them and keep the last good site. */
    void rebuild() {
        long start = System.nanoTime();
        try {
            Generator.Result result = generator.build();
            print(result.loaded().diagnostics());
            new AtomicSiteWriter().write(result.tree(), target);
            server.publish(result.tree());
            out.printf(Locale.ROOT, "plansite: built %d files in %d ms%n", result.tree().size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (InputErrorsException e) {
            print(e.diagnostics());
            server.showErrors(e.diagnostics().report());
        } catch (IOException | RuntimeException e) {
            err.println("plansite: build failed: " + e);
            server.showErrors(List.of("build failed: " + e));
        }
    }

    private void print(Diagnostics diagnostics) {
        diagnostics.report().forEach(err::println);
    }

    @Override
    public void close() throws IOException {
        server.close();
        watcher.close();
    }
}
