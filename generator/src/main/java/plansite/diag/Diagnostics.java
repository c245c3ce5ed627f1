package plansite.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one run, so that all of them can be reported together. Loaders add to
 * it and carry on where they can; the pipeline stops before rendering when it holds an error.
 */
public final class Diagnostics {
    /** Past this many, more findings say little: the input is broken in one systematic way. */
    static final int MAX_REPORTED = 200;

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void error(SourcePos pos, String message) {
        items.add(Diagnostic.error(pos, message));
    }

    public synchronized void warning(SourcePos pos, String message) {
        items.add(Diagnostic.warning(pos, message));
    }

    public synchronized void addAll(Diagnostics other) {
        items.addAll(other.all());
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public synchronized long errorCount() {
        return items.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    /** All findings, sorted by file, line, column; duplicates removed. */
    public synchronized List<Diagnostic> all() {
        return items.stream().distinct().sorted().toList();
    }

    /** Diagnostics holding {@code found} (a report kept by the memo, say). */
    public static Diagnostics of(List<Diagnostic> found) {
        Diagnostics d = new Diagnostics();
        found.forEach(f -> {
            if (f.severity() == Severity.ERROR) {
                d.error(f.pos(), f.message());
            } else {
                d.warning(f.pos(), f.message());
            }
        });
        return d;
    }

    /** The report as printed: one line per finding (capped), then a count. */
    public List<String> report() {
        List<Diagnostic> sorted = all();
        List<String> lines = new ArrayList<>();
        sorted.stream().limit(MAX_REPORTED).forEach(d -> lines.add(d.toString()));
        if (sorted.size() > MAX_REPORTED) {
            lines.add("... and " + (sorted.size() - MAX_REPORTED) + " more");
        }
        long errors = sorted.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = sorted.size() - errors;
        if (errors > 0 || warnings > 0) {
            lines.add(errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                    + (warnings == 1 ? " warning" : " warnings"));
        }
        return lines;
    }
}
