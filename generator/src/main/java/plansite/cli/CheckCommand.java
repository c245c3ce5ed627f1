package plansite.cli;

import java.io.PrintStream;
import plansite.Generator;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;

/** {@code check}: everything a build does except writing, so that every input error shows. */
final class CheckCommand {
    private final Generator generator;
    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(Generator generator, PrintStream out, PrintStream err) {
        this.generator = generator;
        this.out = out;
        this.err = err;
    }

    int run() {
        try {
            Reports.print(Diagnostics.of(generator.check().warnings()), err);
            out.println("plansite: no errors");
            return ExitCode.OK;
        } catch (InputErrorsException e) {
            Reports.print(e.diagnostics(), err);
            return ExitCode.INPUT_ERRORS;
        }
    }
}
