package plansite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Usage errors exit 2 with a reason and the usage; help exits 0. */
class CommandLineTest {

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        for (String flag : List.of("--help", "-h", "help")) {
            Result r = run(flag);
            assertEquals(ExitCode.OK, r.code());
            assertTrue(r.out().startsWith("Usage: plansite <command> [options]"), r.out());
            assertTrue(r.out().contains("serve"));
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Result r = run();
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("plansite: no command given\n"), r.err());
        assertTrue(r.err().contains("Usage: plansite"));
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertEquals("plansite: unknown command 'publish'", run("publish").err().lines().findFirst().orElseThrow());
        assertEquals("plansite: unknown option '--fast' for 'build'",
                run("build", "--fast").err().lines().findFirst().orElseThrow());
        assertEquals(ExitCode.USAGE, run("build", "--fast").code());
    }

    @Test
    void optionValuesAreChecked() {
        assertEquals("plansite: --port takes a number from 1 to 65535, not 'eighty'",
                run("serve", "--port", "eighty").err().lines().findFirst().orElseThrow());
        assertEquals("plansite: --out needs a value", run("build", "--out").err().lines().findFirst().orElseThrow());
        assertEquals("plansite: --zip is an option of 'build', not of 'check'",
                run("check", "--zip", "x.zip").err().lines().findFirst().orElseThrow());
    }
}
