package plansite.cli;

import java.io.PrintStream;
import plansite.diag.Diagnostics;

/** Prints diagnostics in their one format, {@code path:line:col: error: message}, sorted. */
final class Reports {
    private Reports() {}

    static void print(Diagnostics diagnostics, PrintStream err) {
        diagnostics.report().forEach(err::println);
    }
}
