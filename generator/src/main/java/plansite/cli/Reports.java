package plansite.cli;

import java.io.PrintStream;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;

/** Prints diagnostics in their one format, {@code path:line:col: error: message}, sorted. */
final class Reports {
    private Reports() {}

    static void print(Diagnostics diagnostics, PrintStream err) {
        diagnostics.report().forEach(err::println);
    }

    /** The last line of a failed build: which phase found the errors, and that nothing was written. */
    static String failed(InputErrorsException e) {
        return "plansite: build failed" + (e.phase() == null ? "" : " in " + e.phase()) + "; nothing was written";
    }
}
