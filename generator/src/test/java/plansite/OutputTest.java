package plansite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.cli.ExitCode;

/** The output is complete or absent, and the same input gives the same bytes. */
class OutputTest {
    @TempDir
    Path dir;

    @Test
    void failedBuildLeavesPreviousSiteUntouched() throws IOException {
        FixtureSite site = FixtureSite.copy("basic", dir).build();
        Map<String, String> before = hashes(site.out());
        site.replace("content/zh/ch1.md", "大同市位于山西省东北部。", "大同市位于山西省东北部。新的一句。")
                .replace("content/zh/ch2.md", "order: 2", "order: two");
        assertEquals(ExitCode.INPUT_ERRORS, site.run("build").exitCode());
        assertEquals(before, hashes(site.out()));
        try (Stream<Path> siblings = Files.list(site.out().getParent())) {
            assertEquals(1, siblings.count(), "no staging folder is left beside the site");
        }
    }

    @Test
    void aTemplateErrorWhileFilesAreWrittenLeavesPreviousSiteUntouched() throws IOException {
        FixtureSite site = FixtureSite.copy("basic", dir).build();
        Map<String, String> before = hashes(site.out());
        // The downloads and most pages are written into the staging folder before this page fails.
        site.replace("site-templates/glossary.ftlh", "</article>", "${noSuchValue}</article>");
        FixtureSite.Run run = site.run("build");
        assertEquals(ExitCode.INPUT_ERRORS, run.exitCode());
        assertTrue(run.err().contains("site-templates/glossary.ftlh:"), run.err());
        assertEquals(before, hashes(site.out()));
        try (Stream<Path> siblings = Files.list(site.out().getParent())) {
            assertEquals(1, siblings.count(), "no staging folder is left beside the site");
        }
    }

    @Test
    void successfulBuildReplacesTheWholeSite() throws IOException {
        FixtureSite site = FixtureSite.copy("basic", dir).build();
        Files.writeString(site.out().resolve("stale.html"), "left from an older build");
        site.build();
        assertFalse(Files.exists(site.out().resolve("stale.html")), "files of older builds are gone");
        try (Stream<Path> siblings = Files.list(site.out().getParent())) {
            assertEquals(1, siblings.count(), "no staging or old folder is left beside the site");
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        FixtureSite site = FixtureSite.copy("basic", dir);
        FixtureSite.Run first = site.run("build", "--out", dir.resolve("a").toString(), "--zip",
                dir.resolve("a.zip").toString());
        FixtureSite.Run second = site.run("build", "--out", dir.resolve("b").toString(), "--zip",
                dir.resolve("b.zip").toString());
        assertEquals(0, first.exitCode() + second.exitCode(), first.err() + second.err());
        assertEquals(hashes(dir.resolve("a")), hashes(dir.resolve("b")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip")));
    }

    @Test
    void zipHoldsExactlyTheSiteFiles() throws IOException {
        FixtureSite site = FixtureSite.copy("basic", dir);
        Path zip = dir.resolve("upload/site.zip");
        FixtureSite.Run run = site.run("build", "--zip", zip.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("packed " + zip), run.out());
        Map<String, String> zipped = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    zipped.put(e.getName(), sha(in.readAllBytes()));
                }
            }
        }
        assertEquals(hashes(site.out()), zipped);
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), sha(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
