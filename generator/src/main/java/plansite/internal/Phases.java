package plansite.internal;

import plansite.diag.InputErrorsException;

/**
 * Runs the phases of one build, each timed in this one place: input errors leave a phase named by it,
 * and any other failure as a {@link PhaseFailure} that names it.
 */
public final class Phases {
    /** A phase's work. */
    public interface Work<T> {
        T run() throws InputErrorsException;
    }

    /** A phase's work that yields nothing but its effect. */
    public interface Step {
        void run() throws InputErrorsException;
    }

    private final Timings timings = new Timings();

    public <T> T run(String phase, Work<T> work) throws InputErrorsException {
        long start = System.nanoTime();
        try {
            return work.run();
        } catch (InputErrorsException e) {
            throw e.inPhase(phase);
        } catch (PhaseFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PhaseFailure(phase, String.valueOf(e.getMessage()), e);
        } finally {
            timings.add(phase, System.nanoTime() - start);
        }
    }

    public void run(String phase, Step step) throws InputErrorsException {
        run(phase, () -> {
            step.run();
            return null;
        });
    }

    public Timings timings() {
        return timings;
    }
}
