package plansite.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import plansite.FixtureSite;
import plansite.cli.Main;

/** The repository's own plan, built once per test run into a temporary folder, for the slow checks. */
final class BuiltPlan {
    private static Path site;

    private BuiltPlan() {}

    static synchronized Path site() {
        if (site == null) {
            try {
                Path out = Files.createTempDirectory("plansite-it-").resolve("site");
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Main.run(List.of("build", "--root", FixtureSite.repo().toString(), "--out", out.toString()),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                if (code != 0) {
                    throw new IllegalStateException("the plan does not build:\n" + err.toString(StandardCharsets.UTF_8));
                }
                site = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    /** Site paths of the built files whose names end with {@code suffix}, sorted. */
    static List<String> files(String suffix) {
        try (Stream<Path> walk = Files.walk(site())) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> site().relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
