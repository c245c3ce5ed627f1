package plansite.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.FixtureSite;
import plansite.Generator;
import plansite.load.ProjectLayout;

/**
 * The path users take: the packaged jar, run by the launcher in a JVM of its own, with the memo on
 * disk. Its builds, first and from the memo, after an edit and from the memo again, each in a new JVM,
 * give exactly the bytes of a build without the memo (in this JVM, from the classes).
 */
class ShippedJarIT {
    @TempDir
    Path dir;

    @Test
    void theJarWithItsMemoBuildsTheBytesOfABuildWithoutIt() throws Exception {
        FixtureSite project = FixtureSite.copyRepo(dir.resolve("project"));
        Path memo = project.file("target/plansite-cache");

        Run first = launch(project, "first");
        assertTrue(first.out().contains("memo: on"), first.out());
        assertTrue(Files.isDirectory(memo), "the build kept its memo in " + memo);
        assertSameFiles(withoutMemo(project), files(project.file("first")), "the first build");

        Run again = launch(project, "again");
        assertTrue(again.out().lines().anyMatch(l -> l.startsWith("replay ")),
                "a build of the same inputs in a new JVM is the earlier build's site:\n" + again.out());
        assertSameFiles(files(project.file("first")), files(project.file("again")), "the build from the memo");

        project.replace("content/zh/ch3.md", "。", "。新句子。");
        Run edited = launch(project, "edited");
        assertTrue(edited.out().lines().anyMatch(l -> l.startsWith("pages ")), edited.out());
        assertSameFiles(withoutMemo(project), files(project.file("edited")), "the build after an edit");
    }

    private record Run(String out, String err) {}

    /** {@code generator/bin/plansite build --timings} on the project, in a JVM of its own. */
    private static Run launch(FixtureSite project, String out) throws IOException, InterruptedException {
        Path launcher = FixtureSite.repo().resolve("generator/bin/plansite");
        Process p = new ProcessBuilder(List.of("sh", launcher.toString(), "build", "--timings", "--root",
                project.root().toString(), "--out", project.file(out).toString()))
                .redirectErrorStream(false).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the build ends");
        assertEquals(0, p.exitValue(), stderr);
        return new Run(stdout, stderr);
    }

    private static Map<String, byte[]> withoutMemo(FixtureSite project) throws Exception {
        Generator.Result result = new Generator(new ProjectLayout(project.root())).build();
        assertTrue(result.report().memoOff().isPresent(), "the reference build has no memo");
        return result.tree().files();
    }

    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        List<String> missing = new ArrayList<>(expected.keySet());
        missing.removeAll(actual.keySet());
        List<String> extra = new ArrayList<>(actual.keySet());
        extra.removeAll(expected.keySet());
        assertEquals(List.of(), missing, what + ": files missing");
        assertEquals(List.of(), extra, what + ": files not expected");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), what + ": " + path));
    }
}
