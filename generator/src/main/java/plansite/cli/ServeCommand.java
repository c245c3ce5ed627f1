package plansite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Locale;
import plansite.Generator;
import plansite.diag.InputErrorsException;
import plansite.serve.DevServer;
import plansite.serve.SourceWatcher;
import plansite.site.AtomicSiteWriter;
import plansite.site.SiteTree;

/**
 * {@code serve}: builds, serves on 127.0.0.1, and on every change rebuilds, writes the site (so
 * target/site matches what is served) and reloads open pages. A broken edit keeps the last good
 * site on screen, with the errors over it.
 */
final class ServeCommand {
    private final Generator generator;
    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(Generator generator, PrintStream out, PrintStream err) {
        this.generator = generator;
        this.out = out;
        this.err = err;
    }

    int run(int port, Path target) throws IOException {
        SiteTree first;
        java.util.List<String> firstErrors = java.util.List.of();
        try {
            Generator.Result result = generator.build();
            Reports.print(result.loaded().diagnostics(), err);
            first = result.tree();
            new AtomicSiteWriter().write(first, target);
        } catch (InputErrorsException e) {
            Reports.print(e.diagnostics(), err);
            first = new SiteTree();
            firstErrors = e.diagnostics().report();
        }
        DevServer server;
        try {
            server = new DevServer(first, port);
        } catch (BindException e) {
            err.println("plansite: port " + port + " is in use; choose another with --port N");
            return ExitCode.ENVIRONMENT;
        }
        if (!firstErrors.isEmpty()) {
            server.showErrors(firstErrors);
        }
        SourceWatcher watcher = new SourceWatcher(generator.layout().watchedFolders(), () -> rebuild(server, target));
        server.start();
        watcher.start();
        out.println("plansite: serving http://127.0.0.1:" + server.port() + "/ (watching content/, data/,"
                + " site-templates/; Ctrl+C stops)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                watcher.close();
            } catch (IOException e) {
                // Shutting down: nothing left to tell.
            }
        }));
        return ExitCode.OK;
    }

    private void rebuild(DevServer server, Path target) {
        long start = System.nanoTime();
        try {
            Generator.Result result = generator.build();
            Reports.print(result.loaded().diagnostics(), err);
            new AtomicSiteWriter().write(result.tree(), target);
            server.publish(result.tree());
            out.printf(Locale.ROOT, "plansite: rebuilt in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        } catch (InputErrorsException e) {
            Reports.print(e.diagnostics(), err);
            server.showErrors(e.diagnostics().report());
        } catch (IOException | RuntimeException e) {
            err.println("plansite: rebuild failed: " + e);
            server.showErrors(java.util.List.of("rebuild failed: " + e));
        }
    }
}
