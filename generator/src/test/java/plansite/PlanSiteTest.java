package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.cli.Main;

/** The repository's own plan builds cleanly: no errors and no warnings. */
class PlanSiteTest {
    @TempDir
    Path out;

    @Test
    void thePlanBuildsWithoutErrorsOrWarnings() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(List.of("build", "--root", FixtureSite.repo().toString(), "--out", out.toString()),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        String err = e.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err);
        assertEquals("", err, "no warnings");
        assertTrue(out.resolve("zh/ch9.html").toFile().isFile());
        assertTrue(out.resolve("en/ch9.html").toFile().isFile());
    }
}
