package plansite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import plansite.Generator;
import plansite.internal.PhaseFailure;
import plansite.memo.Memo;
import plansite.load.ProjectLayout;

/** {@code java -jar plansite.jar <command>}: parses the command line and runs one command. */
public final class Main {
    /** Where {@code build} keeps its memo: what it made from each set of inputs (docs/architecture.md). */
    static final String MEMO = "target/plansite-cache";

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
        // `check` keeps nothing; `serve` keeps its last build's work in memory, `build` on disk.
        Generator generator = switch (options.command()) {
            case "serve" -> new Generator(layout, Memo.inMemory());
            case "build" -> new Generator(layout, Memo.onDisk(layout.root().resolve(MEMO)));
            default -> new Generator(layout);
        };
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
        } catch (IOException | UncheckedIOException | PhaseFailure e) {
            err.println("plansite: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
    }
}
