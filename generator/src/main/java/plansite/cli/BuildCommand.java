package plansite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import plansite.Generator;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;
import plansite.internal.PhaseFailure;
import plansite.site.StagingFolder;
import plansite.site.ZipWriter;

/** {@code build}: the whole site into a folder (atomically), and optionally a zip of it. */
final class BuildCommand {
    private final Generator generator;
    private final PrintStream out;
    private final PrintStream err;

    BuildCommand(Generator generator, PrintStream out, PrintStream err) {
        this.generator = generator;
        this.out = out;
        this.err = err;
    }

    int run(Path target, Path zip, boolean timings) throws IOException {
        long start = System.nanoTime();
        Generator.Report report;
        // Files go into a staging folder as they are made; only a complete build replaces the target.
        try (StagingFolder staging = StagingFolder.beside(target)) {
            try {
                report = generator.build(staging);
            } catch (InputErrorsException e) {
                Reports.print(e.diagnostics(), err);
                err.println(Reports.failed(e));
                return ExitCode.INPUT_ERRORS;
            } catch (PhaseFailure e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw new IOException(e.getMessage(), io.getCause());
                }
                throw e;
            }
            Reports.print(Diagnostics.of(report.warnings()), err);
            report.memoProblems().forEach(p -> err.println("plansite: memo: " + p));
            long swap = System.nanoTime();
            staging.commit();
            report.timings().add("write", System.nanoTime() - swap);
            if (zip != null) {
                long zipping = System.nanoTime();
                new ZipWriter().write(target, zip);
                report.timings().add("zip", System.nanoTime() - zipping);
            }
            if (timings) {
                report.timings().lines().forEach(out::println);
                out.println("memo: " + report.memoOff().map(why -> "off: " + why).orElse("on"));
            }
            // Decimals by BigDecimal, not printf: the first format of a run sets up the formatter and its
            // locale data, tens of milliseconds of a build that takes a few hundred.
            BigDecimal kb = BigDecimal.valueOf(staging.totalBytes()).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP);
            BigDecimal seconds = BigDecimal.valueOf(System.nanoTime() - start, 9).setScale(2, RoundingMode.HALF_UP);
            out.println("plansite: built " + staging.size() + " files (" + kb.toPlainString() + " KB) into " + target
                    + " in " + seconds.toPlainString() + " s" + (zip == null ? "" : "; packed " + zip));
        }
        return ExitCode.OK;
    }
}
