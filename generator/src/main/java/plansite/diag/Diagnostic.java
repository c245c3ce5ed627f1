package plansite.diag;

/** One finding about the input: where, how bad, what is wrong and what was expected. */
public record Diagnostic(SourcePos pos, Severity severity, String message) implements Comparable<Diagnostic> {

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(pos, Severity.ERROR, message);
    }

    public static Diagnostic warning(SourcePos pos, String message) {
        return new Diagnostic(pos, Severity.WARNING, message);
    }

    /** {@code path:line:col: error: message}. */
    @Override
    public String toString() {
        return pos + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.compareTo(o.pos);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
