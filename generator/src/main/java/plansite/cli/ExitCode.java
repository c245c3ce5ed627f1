package plansite.cli;

/** What the process returns. Constants, documented in the README; never enum ordinals. */
public final class ExitCode {
    public static final int OK = 0;
    /** The input has errors; nothing was written. */
    public static final int INPUT_ERRORS = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** The machine failed us: a file could not be written, a port was taken. */
    public static final int ENVIRONMENT = 3;

    private ExitCode() {}
}
