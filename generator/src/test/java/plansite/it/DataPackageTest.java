package plansite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import plansite.FixtureSite;

/**
 * The data package validates, and every resource reads, with the Frictionless reference library
 * (datapackage-js, under Node): tabular resources row by row with every value cast, the others as bytes
 * against their declared size and hash. The library is installed with npm from the versions pinned in
 * generator/src/test/frictionless/ into generator/target/frictionless/ when it is not there yet, so a fresh
 * machine needs only Node, npm and the npm registry. It is used for validation only, never by the build.
 */
class DataPackageTest {
    static final Path SOURCE = FixtureSite.repo().resolve("generator/src/test/frictionless");
    static final Path TOOLS = FixtureSite.repo().resolve("generator/target/frictionless");

    @Test
    void theReferenceLibraryValidatesThePackageAndReadsEveryResource() throws Exception {
        JsonNode report = new ObjectMapper().readTree(run(List.of("node", TOOLS.resolve("read-package.js").toString(),
                BuiltPlan.site().resolve("data/datapackage.json").toString()), installed()));
        assertTrue(report.get("valid").asBoolean(), "the package validates: " + report.get("errors"));
        JsonNode declared = new ObjectMapper().readTree(BuiltPlan.site().resolve("data/datapackage.json").toFile());
        assertEquals(declared.get("resources").size(), report.get("resources").size());
        List<String> problems = new ArrayList<>();
        int tabular = 0;
        for (JsonNode r : report.get("resources")) {
            String name = r.get("name").asText();
            if (r.get("errors").size() > 0) {
                problems.add(name + ": " + r.get("errors"));
            }
            if (!r.path("bytesMatch").asBoolean() || !r.path("hashMatches").asBoolean()) {
                problems.add(name + ": bytes or hash do not match the file");
            }
            if (r.get("profile").asText().equals("tabular-data-resource")) {
                tabular++;
                String csv = Files.readString(BuiltPlan.site().resolve("data").resolve(r.get("path").asText()),
                        StandardCharsets.UTF_8);
                long lines = csv.lines().count() - 1;
                if (r.get("rows").asLong() != lines) {
                    problems.add(name + ": read " + r.get("rows") + " rows of " + lines);
                }
                if (!r.get("headers").get(0).asText().equals("table_id")) {
                    problems.add(name + ": first header " + r.get("headers").get(0));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(tabular > 30, "every tidy file and the combined one are read as tables: " + tabular);
    }

    /** The library's folder, installed from the pinned versions (npm ci) when it is missing or out of date. */
    static Path installed() throws IOException, InterruptedException {
        Files.createDirectories(TOOLS);
        for (String f : List.of("package.json", "package-lock.json", "read-package.js")) {
            Files.copy(SOURCE.resolve(f), TOOLS.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Path marker = TOOLS.resolve("node_modules/.package-lock.json");
        if (!Files.isRegularFile(marker) || !Files.readString(marker).contains("\"node_modules/datapackage\"")) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), TOOLS);
        }
        return TOOLS;
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile("plansite-node-", ".out");
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " is needed to run the Frictionless reference library (install"
                    + " Node.js and npm; generator/bin/test does on Debian): " + e.getMessage(), e);
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + ": timed out");
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + text);
        }
        return text;
    }
}
