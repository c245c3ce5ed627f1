package plansite.cli;

import java.nio.file.Path;
import java.util.List;

/** The parsed command line. */
record Options(String command, Path root, Path out, Path zip, int port, boolean timings) {

    static final String USAGE = """
            Usage: plansite <command> [options]

            Commands:
              build              build the site into target/site (or --out DIR)
              serve              build, serve on http://127.0.0.1:8000/, rebuild and reload on change
              check              validate all inputs; write nothing
              help               show this text

            Options:
              --root DIR         the project folder (holding content/, data/, site-templates/); default: .
              --out DIR          build: where the site goes; default: <root>/target/site
              --zip FILE         build: also pack the finished site into FILE
              --timings          build: print how long each phase took
              --port N           serve: the port on 127.0.0.1; default: 8000
              -h, --help         show this text

            Exit codes: 0 done, 1 input errors (nothing written), 2 usage errors,
                        3 the system failed (a file could not be written, the port is taken).
            """;

    /** Thrown for a command line that cannot be understood; its message says why. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        String command = args.get(0);
        if (command.equals("-h") || command.equals("--help")) {
            command = "help";
        }
        if (!List.of("build", "serve", "check", "help").contains(command)) {
            throw new UsageException("unknown command '" + command + "'");
        }
        Path root = Path.of(".");
        Path out = null;
        Path zip = null;
        int port = 8000;
        boolean timings = false;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h", "--help" -> command = "help";
                case "--root" -> root = Path.of(value(args, ++i, a));
                case "--timings" -> timings = onlyFor(command, "build", a, "yes") != null;
                case "--out" -> out = Path.of(onlyFor(command, "build", a, value(args, ++i, a)));
                case "--zip" -> zip = Path.of(onlyFor(command, "build", a, value(args, ++i, a)));
                case "--port" -> {
                    String v = onlyFor(command, "serve", a, value(args, ++i, a));
                    try {
                        port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--port takes a number from 1 to 65535, not '" + v + "'");
                    }
                    if (port < 1 || port > 65535) {
                        throw new UsageException("--port takes a number from 1 to 65535, not '" + v + "'");
                    }
                }
                default -> throw new UsageException("unknown option '" + a + "' for '" + command + "'");
            }
        }
        if (out == null) {
            out = root.resolve("target").resolve("site");
        }
        return new Options(command, root, out, zip, port, timings);
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static String onlyFor(String command, String expected, String option, String value)
            throws UsageException {
        if (!command.equals(expected)) {
            throw new UsageException(option + " is an option of '" + expected + "', not of '" + command + "'");
        }
        return value;
    }
}
