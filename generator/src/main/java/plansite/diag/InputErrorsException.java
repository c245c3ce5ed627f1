package plansite.diag;

/** Thrown when a phase ends with errors in the input; carries all of them. */
public final class InputErrorsException extends Exception {
    private final transient Diagnostics diagnostics;

    public InputErrorsException(Diagnostics diagnostics) {
        super(diagnostics.errorCount() + " input error(s)");
        this.diagnostics = diagnostics;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
