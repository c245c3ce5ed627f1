package plansite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plansite.FixtureSite;
import plansite.model.Plan;
import plansite.model.SiteSettings;
import plansite.model.Table;
import plansite.model.TableCheck;

/**
 * The downloads as a data journalist uses them (issue 19): tidy rows that join across tables on the county
 * code, totals that a sum of the data rows reproduces, every note in the CSV output, numbers declared as
 * numbers whatever is printed beside them, and the licences of data/site.yaml in the zip's README and LICENSE.
 */
class OpenDataTest {
    static Plan plan;
    static Path data;

    @BeforeAll
    static void load() throws Exception {
        plan = plansite.TestPlans.load(FixtureSite.repo()).plan();
        data = BuiltPlan.site().resolve("data");
    }

    /** The tidy file of a table, each row as column → value. */
    static List<Map<String, String>> tidy(String file) throws IOException {
        String text = Files.readString(data.resolve(file), StandardCharsets.UTF_8);
        List<Map<String, String>> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text))) {
            out.add(r.toMap());
        }
        return out;
    }

    @Test
    void boxes4And5JoinOnTheCountyCodeForAllTenCounties() throws IOException {
        Map<String, String> due = new TreeMap<>();
        for (Map<String, String> r : tidy("zl-04.tidy.csv")) {
            if (r.get("measure").equals("area-to-remediate") && r.get("role").equals("data")) {
                due.put(r.get("adcode"), r.get("value"));
            }
        }
        Map<String, String> planned = new TreeMap<>();
        for (Map<String, String> r : tidy("zl-05.tidy.csv")) {
            if (r.get("measure").equals("legacy-area-planned") && r.get("role").equals("data")) {
                planned.put(r.get("adcode"), r.get("value"));
            }
        }
        assertEquals(10, due.size());
        assertFalse(due.containsKey(""), "every county row has its code");
        assertEquals(due.keySet(), planned.keySet(), "10 of 10 counties match");
        // The serial numbers differ (Box 5 lists Zuoyun fifth, Box 4 tenth): the code joins them all the same.
        assertEquals("1.095", due.get("140226"));
        assertEquals("1.00", planned.get("140226"));
        // And the row keys, made from the counties' names, join them too.
        assertEquals(keys("zl-04.tidy.csv"), keys("zl-05.tidy.csv"));
    }

    private static TreeSet<String> keys(String file) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        tidy(file).forEach(r -> out.add(r.get("row_key")));
        return out;
    }

    /**
     * For every table with a total check, the data rows of each checked column sum to the total row, except
     * where the source's own figures disagree; those are listed here, each with a note in the table.
     */
    @Test
    void theDataRowsSumToTheTotalRowWhereTheSourceAgrees() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (Table t : plan.tables()) {
            List<TableCheck.Total> totals = t.checks().stream().filter(c -> c instanceof TableCheck.Total)
                    .map(c -> (TableCheck.Total) c).toList();
            if (totals.isEmpty()) {
                continue;
            }
            List<Map<String, String>> rows = tidy(t.id() + ".tidy.csv");
            List<Map<String, String>> totalRows = rows.stream().filter(r -> r.get("role").equals("total")).toList();
            for (Map<String, String> total : totalRows) {
                int row = Integer.parseInt(total.get("row")) - 1;
                int column = Integer.parseInt(total.get("column")) - 1;
                // The columns its check sums (not, say, a column of percentages beside them).
                boolean checked = totals.stream().anyMatch(c -> c.row() == row
                        && (c.columns().isEmpty() || c.columns().contains(column)));
                if (!total.get("kind").equals("number") || !checked) {
                    continue;
                }
                BigDecimal sum = rows.stream().filter(r -> r.get("role").equals("data") && r.get("kind").equals("number")
                        && r.get("column").equals(total.get("column"))).map(r -> new BigDecimal(r.get("value")))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                compared++;
                if (sum.compareTo(new BigDecimal(total.get("value"))) != 0) {
                    disagreements.add(t.id() + " c" + total.get("column") + ": data rows " + sum.toPlainString()
                            + ", total " + total.get("value"));
                    assertFalse(total.get("note_en").isEmpty(), t.id() + ": a total that disagrees with its rows has its note");
                }
            }
        }
        assertTrue(compared > 20, "totals compared: " + compared);
        assertEquals(EXPECTED_DISAGREEMENTS, disagreements);
    }

    /** Where the plan's totals differ from the sum of their rows, as printed (each explained by a note). */
    static final List<String> EXPECTED_DISAGREEMENTS = List.of(
            "zl-05 c3: data rows 36.03, total 36.04",
            "zl-05 c7: data rows 8.52, total 8.53");

    @Test
    void everyNoteOfATableIsInItsCsvOutput() throws IOException {
        for (Table t : plan.tables()) {
            String notes = Files.readString(data.resolve(t.id() + ".notes.csv"), StandardCharsets.UTF_8);
            for (var n : t.notes()) {
                for (String lang : List.of("zh", "en")) {
                    String text = n.text().in(lang, "zh");
                    assertTrue(notes.contains(text.replace("\"", "\"\"")) || notes.contains(text),
                            t.id() + ".notes.csv: note " + n.id() + " (" + lang + ")");
                }
            }
            // How the edition set the table is not under it on the page, but whoever reuses the figures is told.
            for (var n : t.editionNotes()) {
                assertTrue(notes.contains("\r\nedition_note," + n.id() + ",,"), t.id() + ".notes.csv: edition note "
                        + n.id());
                for (String lang : List.of("zh", "en")) {
                    String text = n.text().in(lang, "zh");
                    assertTrue(notes.contains(text.replace("\"", "\"\"")) || notes.contains(text),
                            t.id() + ".notes.csv: edition note " + n.id() + " (" + lang + ")");
                }
            }
            if (t.unit() != null) {
                assertTrue(notes.contains("\r\nunit,,," + t.unit().in("zh")), t.id() + ": the table's unit");
            }
        }
    }

    /** The tidy file's measure is an id; measure_zh and measure_en are the column's headers, and say so. */
    @Test
    void theTidyMeasureColumnsAreDescribedAsWhatTheyHold() throws IOException {
        JsonNode p = new ObjectMapper().readTree(data.resolve("datapackage.json").toFile());
        java.util.Map<String, String> described = new java.util.TreeMap<>();
        for (JsonNode r : p.get("resources")) {
            if (r.get("path").asText().equals("zl-03.tidy.csv")) {
                r.get("schema").get("fields").forEach(f -> described.put(f.get("name").asText(),
                        f.get("description").asText()));
            }
        }
        assertEquals("what the column measures, as an id; one id across tables for one measure", described.get("measure"));
        assertEquals("what the column measures: its headers, joined with / (中文)", described.get("measure_zh"));
        assertEquals("what the column measures: its headers, joined with / (English)", described.get("measure_en"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().build()
                .parse(new StringReader(Files.readString(data.resolve("zl-03.tidy.csv")))).getRecords();
        int zh = rows.get(0).toList().indexOf("measure_zh");
        assertEquals("勘查程度数量 / 勘探", rows.get(1).get(zh));
    }

    /** A column of numbers with a qualifier, a remark or a status among them is still declared a number. */
    @Test
    void noNumberColumnIsDeclaredStringBecauseOfAQualifier() throws IOException {
        JsonNode p = new ObjectMapper().readTree(data.resolve("datapackage.json").toFile());
        int qualified = 0;
        for (JsonNode r : p.get("resources")) {
            String path = r.get("path").asText();
            if (!path.endsWith(".zh.csv") && !path.endsWith(".en.csv")) {
                if (path.endsWith(".tidy.csv")) {
                    for (JsonNode f : r.get("schema").get("fields")) {
                        if (f.get("name").asText().equals("value")) {
                            assertEquals("number", f.get("type").asText(), path);
                        }
                    }
                }
                continue;
            }
            byte[] bytes = Files.readAllBytes(data.resolve(path));
            List<CSVRecord> records = CSVFormat.RFC4180.builder().build()
                    .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
            JsonNode fields = r.get("schema").get("fields");
            for (int i = 0; i < fields.size(); i++) {
                int numbers = 0;
                int others = 0;
                for (CSVRecord rec : records.subList(1, records.size())) {
                    String v = rec.get(i);
                    if (v.matches("-?\\d+(\\.\\d+)?")) {
                        numbers++;
                    } else if (!v.isEmpty()) {
                        others++;
                    }
                }
                int col = i;
                boolean qualifiers = records.subList(1, records.size()).stream().map(rec -> rec.get(col))
                        .anyMatch(v -> v.matches("(≥|≤|>|<|约)\\s*\\d+(\\.\\d+)?|\\d+(\\.\\d+)?\\s*[(（].*[)）]"));
                if (numbers > others && others > 0 && !fields.get(i).get("name").asText().matches(".*(序号|No\\.).*")) {
                    assertEquals("number", fields.get(i).get("type").asText(), path + " " + fields.get(i));
                    qualified++;
                }
                if (qualifiers) {
                    assertEquals("number", fields.get(i).get("type").asText(), path + " " + fields.get(i));
                    assertFalse(fields.get(i).get("bareNumber").asBoolean(), path + ": characters stand beside the numbers");
                }
            }
        }
        // zl-06 (a remark), zl-07 (停采), zl-09 (≥60), each in both languages.
        assertEquals(6, qualified);
    }

    @Test
    void theZipHasOneVersionedFolderWithReadmeLicenceAndChangelogNamingTheLicences() throws IOException {
        SiteSettings.OpenData o = plan.site().openData();
        String top = plan.site().downloads().packageName() + "-" + o.version() + "/";
        Map<String, String> texts = new LinkedHashMap<>();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(data.resolve(plan.site().downloads().zip())))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                assertTrue(e.getName().startsWith(top), e.getName());
                entries++;
                String name = e.getName().substring(top.length());
                if (name.endsWith(".md")) {
                    texts.put(name, new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(plan.tables().size() * 6 + 5 + 1 + 1, entries,
                "each table's six files; README, LICENSE, CHANGELOG, the data package, the combined file; the boundaries");
        for (String file : List.of("README.md", "LICENSE.md")) {
            String text = texts.get(file);
            for (SiteSettings.DataLicence l : o.licences()) {
                assertTrue(text.contains(l.name()) && text.contains(l.title().in("en")) && text.contains(l.title().in("zh"))
                        && text.contains(l.path()), file + " names " + l.name());
            }
            var b = plan.site().map().boundaries().licence();
            assertTrue(text.contains(b.name()) && text.contains(b.path()), file + " names the boundaries' licence");
            assertTrue(text.contains(o.citation().in("zh")) && text.contains(o.citation().in("en")), file + ": citation");
        }
        for (SiteSettings.Change c : o.changelog()) {
            assertTrue(texts.get("CHANGELOG.md").contains("## " + c.version() + " — " + c.date()), c.version());
        }
    }

    @Test
    void theWorkbooksAndJsonFilesCarryTheLicencesAndTheCitation() throws IOException {
        SiteSettings.OpenData o = plan.site().openData();
        for (Table t : plan.tables()) {
            StringBuilder notes = new StringBuilder();
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(data.resolve(t.id() + ".xlsx")))) {
                wb.getSheetAt(2).forEach(row -> row.forEach(c -> notes.append(c.toString()).append('\n')));
            }
            JsonNode source = new ObjectMapper().readTree(data.resolve(t.id() + ".json").toFile()).get("source");
            assertEquals(o.version(), source.get("data_version").asText());
            for (SiteSettings.DataLicence l : o.licences()) {
                assertTrue(notes.toString().contains(l.name()) && notes.toString().contains(l.path()), t.id() + ".xlsx: " + l.name());
                assertTrue(source.get("licences").findValuesAsText("name").contains(l.name()), t.id() + ".json: " + l.name());
            }
            assertTrue(notes.toString().contains(o.citation().in("zh")) && notes.toString().contains(o.citation().in("en")),
                    t.id() + ".xlsx: the citation in both languages");
            assertEquals(o.citation().in("en"), source.get("citation").get("en").asText());
        }
    }

    @Test
    void theDataPageGivesTheVersionTheLicencesAndHowToOpenTheCsvs() throws IOException {
        SiteSettings.OpenData o = plan.site().openData();
        for (String lang : List.of("zh", "en")) {
            Document d = Jsoup.parse(BuiltPlan.site().resolve(lang + "/data.html").toFile(), "UTF-8");
            assertTrue(d.selectFirst(".data-version").text().contains(o.version()), lang);
            assertEquals(o.released().substring(0, 10), d.selectFirst(".data-version time").attr("datetime"));
            assertEquals(o.licences().size() + 1, d.select("ul.licences li").size(), lang + ": and the boundaries'");
            assertTrue(d.selectFirst("#spreadsheets").nextElementSiblings().text().contains("UTF-8"), lang);
            // Addresses of other hosts as text: the pages link to no other host.
            assertTrue(d.select("ul.licences .licence-url").eachText().contains("https://creativecommons.org/licenses/by/4.0/"));
            for (String page : List.of("about.html", "tables/zl-04.html")) {
                Document p = Jsoup.parse(BuiltPlan.site().resolve(lang + "/" + page).toFile(), "UTF-8");
                for (SiteSettings.DataLicence l : o.licences()) {
                    assertTrue(p.text().contains(l.appliesTo().in(lang)) && p.text().contains(l.title().in(lang)),
                            lang + "/" + page + ": " + l.name());
                }
            }
        }
    }
}
