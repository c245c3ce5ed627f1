package plansite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.FixtureSite;

/**
 * The JSON Schemas editors validate against (data/schemas) and the generator's own validation agree:
 * every data file the generator accepts passes its schema, and each kind of mistake is rejected by both.
 */
class SchemaAgreementTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path SCHEMAS = FixtureSite.repo().resolve("data/schemas");

    @TempDir
    Path dir;

    private static JsonSchema schema(String name) throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return factory.getSchema(Files.readString(SCHEMAS.resolve(name)));
    }

    private static Set<ValidationMessage> validate(String schemaName, Path yaml) throws IOException {
        JsonNode node = YAML.readTree(yaml.toFile());
        return schema(schemaName).validate(node == null ? YAML.createObjectNode() : node);
    }

    private static String schemaFor(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (rel.equals("data/site.yaml")) {
            return "site.schema.json";
        }
        if (rel.equals("data/errata.yaml")) {
            return "errata.schema.json";
        }
        if (rel.equals("data/disagreements.yaml")) {
            return "disagreements.schema.json";
        }
        if (rel.equals("data/glossary.yaml")) {
            return "glossary.schema.json";
        }
        if (rel.equals("data/units.yaml")) {
            return "units.schema.json";
        }
        if (rel.startsWith("data/tables/")) {
            return "table.schema.json";
        }
        if (rel.equals("data/maps.yaml")) {
            return "maps.schema.json";
        }
        if (rel.startsWith("data/checks/")) {
            return "checks.schema.json";
        }
        if (rel.equals("data/names.yaml")) {
            return "names.schema.json"; // read by the tests of the English edition only
        }
        if (rel.equals("data/glance.yaml")) {
            return "glance.schema.json";
        }
        return null;
    }

    @Test
    void everyDataFileTheGeneratorAcceptsPassesItsSchema() throws IOException {
        List<Path> roots = List.of(FixtureSite.repo(), FixtureSite.repo().resolve("generator/src/test/resources/sites/basic"),
                FixtureSite.repo().resolve("generator/src/test/resources/sites/qinghe"));
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root.resolve("data"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    String schema = schemaFor(root, f);
                    assertTrue(schema != null, "no schema for " + f);
                    Set<ValidationMessage> errors = validate(schema, f);
                    errors.forEach(e -> failures.add(root.relativize(f) + ": " + e.getMessage()));
                    checked++;
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checked > 20, "checked " + checked + " files");
    }

    @Test
    void mistakesAreRejectedByTheSchemaAndByTheGenerator() throws IOException {
        String[][] cases = {
            {"data/tables/t1.yaml", "section: ch1-s2-1", "sektion: ch1-s2-1"},
            {"data/tables/t1.yaml", "header_columns: 2", "header_columns: two"},
            {"data/tables/t1.yaml", "chapter: ch1\n", ""},
            {"data/tables/t1.yaml", "  - id: n1\n", "  - ident: n1\n"},
            {"data/tables/t1.yaml", "{value: 5.07, notes: [n1]}", "{valu: 5.07}"},
            {"data/tables/t1.yaml", "      - label: {zh: 保有, en: Remaining}", "      - lable: {zh: 保有, en: Remaining}"},
            {"data/tables/t1.yaml", "    parts: 1-2", "    parts: first"},
            {"data/site.yaml", "site_domain: example.gov.cn", "site_domian: example.gov.cn"},
            {"data/site.yaml", "base_url: https://example.gov.cn/plan/", "base_url: example.gov.cn/plan"},
            {"data/site.yaml", "pub_date: 2023-07-10\n", ""},
            {"data/site.yaml", "place: {zh: 测试省测试市, en: \"Test City, Test Province\"}\n", ""},
            {"data/site.yaml", "search_example: {zh: 干热岩, en: Lingqiu}", "search_example: 干热岩"},
            {"data/site.yaml", "  zip: test-plan-2021-2025-data.zip", "  zip: test-plan-2021-2025-data.tar"},
            {"data/site.yaml", "  package_name: test-plan-2021-2025", "  package_name: Test Plan"},
            {"data/site.yaml", "    unit: {zh: 单位, en: Unit}\n", ""},
            {"data/site.yaml", "  terms: {zh: 数据照录", "  term: {zh: 数据照录"},
            {"data/errata.yaml", "  reason:", "  why:"},
            {"data/disagreements.yaml", "  kind: arithmetic", "  kind: sums"},
            {"data/disagreements.yaml", "    - {chapter: ch1, section: ch1-s1, figure:", "    - {chapter: ch1, section: ch1-s1, figures:"},
            {"data/checks/ch1.yaml", "  formula: 91 / 120 * 100", "  formular: 91 / 120 * 100"},
            {"data/glossary.yaml", "  pinyin: méi\n", ""},
            {"data/glossary.yaml", "  en: coal\n", "  english: coal\n"},
            {"data/units.yaml", "  en: km²\n", ""},
        };
        rejectedByBoth("basic", cases);
    }

    @Test
    void mistakesInTheMapsAreRejectedByTheSchemaAndByTheGenerator() throws IOException {
        String[][] cases = {
            {"data/maps.yaml", "    mode: count\n", "    mode: counts\n"},
            {"data/maps.yaml", "{table: sz-03, code: 编号, name: 名称, county: 所在县区}", "{table: sz-03, code: 编号, name: 名称}"},
            {"data/maps.yaml", "county: 县区, measures:", "county: 县区, measure:"},
            {"data/maps.yaml", "  - id: water-caps\n", "  - id: Water Caps\n"},
            {"data/maps.yaml", "  shapes:\n", "  shape:\n"},
            {"data/site.yaml", "name: English, anchor_label: Link to this section}", "name: English}"},
            {"data/site.yaml", "    short_credit: {zh: 示意县界（CC0）, en: Schematic outlines (CC0)}\n", ""},
        };
        rejectedByBoth("qinghe", cases);
    }

    /** Each case (file, text, its replacement) breaks a copy of the fixture {@code fixture}. */
    private void rejectedByBoth(String fixture, String[][] cases) throws IOException {
        for (String[] c : cases) {
            Path root = dir.resolve("case" + Math.abs(String.join("|", c).hashCode()));
            FixtureSite site = FixtureSite.copy(fixture, root).replace(c[0], c[1], c[2]);
            Set<ValidationMessage> schemaErrors = validate(schemaFor(root, root.resolve(c[0])), root.resolve(c[0]));
            assertFalse(schemaErrors.isEmpty(), "the schema accepts " + c[0] + " with " + c[2]);
            FixtureSite.Run run = site.run("check");
            assertEquals(1, run.exitCode(), "the generator accepts " + c[0] + " with " + c[2] + "\n" + run.err());
            assertTrue(run.diagnostics().stream().anyMatch(d -> d.startsWith(c[0] + ":")), run.err());
        }
    }
}
