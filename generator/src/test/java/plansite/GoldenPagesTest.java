package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stable output that must not change unnoticed: the basic fixture's pages are compared byte for byte
 * with files under src/test/resources/golden/basic. After an intended change, regenerate them with
 * {@code mvn test -Dtest=GoldenPagesTest -Dplansite.updateGolden=true} and review the diff.
 */
class GoldenPagesTest {
    static final List<String> PAGES = List.of("index.html", "zh/index.html", "zh/ch1.html", "en/ch1.html",
            "zh/about.html", "en/about.html", "404.html",
            "sitemap.xml");

    @TempDir
    Path dir;

    @Test
    void pagesMatchTheirGoldenFiles() throws IOException {
        FixtureSite site = FixtureSite.copy("basic", dir).build();
        Path golden = FixtureSite.repo().resolve("generator/src/test/resources/golden/basic");
        boolean update = Boolean.getBoolean("plansite.updateGolden");
        for (String page : PAGES) {
            String actual = site.output(page);
            Path expected = golden.resolve(page);
            if (update) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, page + " differs from "
                    + expected + "; if the change is intended, rerun with -Dplansite.updateGolden=true");
        }
    }
}
