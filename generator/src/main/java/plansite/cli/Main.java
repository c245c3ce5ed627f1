package plansite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import plansite.Generator;
import plansite.cache.BuildCache;
import plansite.load.ProjectLayout;

/** {@code java -jar plansite.jar <command>}: parses the command line and runs one command. */
public final class Main {
    /** Where {@code build} and {@code serve} keep what they made from unchanged inputs (README, "Speed"). */
    static final String CACHE = "target/plansite-cache";

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(List.of(args), out, err);
        if (code != ExitCode.OK || !"serve".equals(args.length > 0 ? args[0] : "")) {
            System.exit(code);
        }
    }

    /** Runs a command; returns the exit code. Never calls System.exit, so tests can call it. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println("plansite: " + e.getMessage());
            err.println();
            err.print(Options.USAGE);
            return ExitCode.USAGE;
        }
        ProjectLayout layout = new ProjectLayout(options.root());
        // `check` writes nothing, not even to the cache; `serve` rebuilds only the pages an edit changes.
        Generator generator = "check".equals(options.command()) ? new Generator(layout)
                : new Generator(layout, BuildCache.in(layout.root().resolve(CACHE)), "serve".equals(options.command()));
        try {
            return switch (options.command()) {
                case "build" -> new BuildCommand(generator, out, err).run(options.out(), options.zip(), options.timings());
                case "check" -> new CheckCommand(generator, out, err).run();
                case "serve" -> new ServeCommand(generator, out, err).run(options.port(), options.out());
                default -> {
                    out.print(Options.USAGE);
                    yield ExitCode.OK;
                }
            };
        } catch (IOException | UncheckedIOException e) {
            err.println("plansite: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
    }
}
