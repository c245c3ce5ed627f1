package plansite.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import plansite.Generator;
import plansite.diag.InputErrorsException;
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
        Generator.Report result;
        // Files go into a staging folder as they are made; only a complete build replaces the target.
        try (StagingFolder staging = StagingFolder.beside(target)) {
            try {
                result = generator.buildInto(staging);
            } catch (InputErrorsException e) {
                Reports.print(e.diagnostics(), err);
                err.println("plansite: build failed; nothing was written");
                return ExitCode.INPUT_ERRORS;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Reports.print(result.loaded().diagnostics(), err);
            staging.commit();
            result.timings().mark("write: swap into place");
            if (zip != null) {
                new ZipWriter().write(target, zip);
                result.timings().mark("zip");
            }
            if (timings) {
                result.timings().lines().forEach(out::println);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "plansite: built %d files (%.1f KB) into %s in %.2f s%s%n", staging.size(),
                    staging.totalBytes() / 1024.0, target, seconds, zip == null ? "" : "; packed " + zip);
        }
        return ExitCode.OK;
    }
}
