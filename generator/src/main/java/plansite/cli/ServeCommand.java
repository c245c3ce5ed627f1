package plansite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import plansite.Generator;
import plansite.serve.LiveSite;

/** {@code serve}: builds, serves on 127.0.0.1, rebuilds and reloads open pages on every change. */
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
        LiveSite site;
        try {
            site = new LiveSite(generator, target, port, out, err);
        } catch (BindException e) {
            err.println("plansite: port " + port + " is in use; choose another with --port N");
            return ExitCode.ENVIRONMENT;
        }
        site.start();
        out.println("plansite: serving http://127.0.0.1:" + site.port() + "/ (watching content/, data/,"
                + " site-templates/; Ctrl+C stops)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                site.close();
            } catch (IOException e) {
                // Shutting down: nothing left to tell.
            }
        }));
        return ExitCode.OK;
    }
}
