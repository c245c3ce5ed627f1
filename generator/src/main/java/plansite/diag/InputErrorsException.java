package plansite.diag;

/** Thrown when a phase ends with errors in the input; carries all of them, and the phase once known. */
public final class InputErrorsException extends Exception {
    private final transient Diagnostics diagnostics;
    private final String phase;

    public InputErrorsException(Diagnostics diagnostics) {
        this(diagnostics, null);
    }

    private InputErrorsException(Diagnostics diagnostics, String phase) {
        super((phase == null ? "" : phase + ": ") + diagnostics.errorCount() + " input error(s)");
        this.diagnostics = diagnostics;
        this.phase = phase;
    }

    /** The same errors, as found by the phase {@code phase} (the driver names it). */
    public InputErrorsException inPhase(String name) {
        return phase != null ? this : new InputErrorsException(diagnostics, name);
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The phase that found the errors ({@code load}, {@code validate}, {@code pages}…), or null. */
    public String phase() {
        return phase;
    }
}
