package plansite.internal;

/**
 * A phase failed for a reason other than the input (a file that cannot be written, a bug): the
 * message names the phase and, where there is one, the file ({@code pages: zh/ch3.html: …}).
 */
public final class PhaseFailure extends RuntimeException {
    private final String phase;

    public PhaseFailure(String phase, String what, Throwable cause) {
        super(phase + ": " + what, cause);
        this.phase = phase;
    }

    public String phase() {
        return phase;
    }
}
