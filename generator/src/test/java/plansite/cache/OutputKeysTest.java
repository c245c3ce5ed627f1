package plansite.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputKeysTest {
    @TempDir
    Path dir;

    private BuildCache cache() {
        return BuildCache.in(dir, "test");
    }

    @Test
    void keysKeptForInputFilesAreTakenWithoutWorkingThemOutAgain() {
        OutputKeys first = OutputKeys.forInputs(cache(), "inputs-1");
        assertEquals("page-key", first.key("zh/ch1.html", () -> "page-key"));
        assertNull(first.key("zh/full.html", () -> null));
        first.keep();

        OutputKeys second = OutputKeys.forInputs(cache(), "inputs-1");
        assertEquals("page-key", second.key("zh/ch1.html", () -> fail("worked out again")));
        // An output without a key last time has none kept: worked out again.
        assertEquals("now", second.key("zh/full.html", () -> "now"));
    }

    @Test
    void otherInputFilesOrNoCacheHaveNoKeptKeys() {
        OutputKeys first = OutputKeys.forInputs(cache(), "inputs-1");
        first.key("zh/ch1.html", () -> "page-key");
        first.keep();

        assertEquals("other", OutputKeys.forInputs(cache(), "inputs-2").key("zh/ch1.html", () -> "other"));
        assertEquals("other", OutputKeys.forInputs(BuildCache.NONE, "inputs-1").key("zh/ch1.html", () -> "other"));
        assertEquals("other", OutputKeys.NONE.key("zh/ch1.html", () -> "other"));
    }
}
