package plansite.render;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import plansite.FixtureSite;

/** Auto-escaping holds only if no template opts out of it. */
class TemplatesTest {
    @Test
    void noTemplatePrintsUnescapedValues() throws IOException {
        try (Stream<Path> files = Files.list(FixtureSite.repo().resolve("site-templates"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ftlh")).toList()) {
                String text = Files.readString(p);
                for (String optOut : new String[] {"?no_esc", "<#noautoesc", "<#outputformat", "?markup_string"}) {
                    assertFalse(text.contains(optOut), p.getFileName() + " uses " + optOut);
                }
            }
        }
    }
}
