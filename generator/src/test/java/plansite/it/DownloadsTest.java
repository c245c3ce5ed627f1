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
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plansite.FixtureSite;
import plansite.load.PlanLoader;
import plansite.load.ProjectLayout;
import plansite.model.Cell;
import plansite.model.Plan;
import plansite.model.Table;

/**
 * Every table's downloads, read back the way a journalist's tools read them, agree with the YAML to the
 * last cell: CSV (as printed and tidy) through a CSV parser, XLSX through Apache POI, the data package
 * against the Frictionless required fields.
 */
class DownloadsTest {
    static Plan plan;
    static Path data;

    @BeforeAll
    static void load() throws Exception {
        plan = plansite.TestPlans.load(FixtureSite.repo()).plan();
        data = BuiltPlan.site().resolve("data");
    }

    private static String csvText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF, file + " starts with a UTF-8 byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), file + " ends with CRLF");
        assertFalse(text.replace("\r\n", "").contains("\r"), file + ": bare CR");
        return text;
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.builder().build().parse(new StringReader(text)).getRecords();
    }

    /** What a printed cell shows in {@code lang}: its own value, or the value of the cell it is merged into. */
    private static String shown(Table t, int r, int c, String lang) {
        int rr = r;
        int cc = c;
        Cell cell = t.rows().get(rr).cells().get(cc);
        while (cell.merge() != Cell.Merge.NONE) {
            if (cell.merge() == Cell.Merge.UP) {
                rr--;
            } else {
                cc--;
            }
            cell = t.rows().get(rr).cells().get(cc);
        }
        String s = cell.display(lang, "zh");
        return s == null ? "" : s;
    }

    @Test
    void printedCsvHoldsEveryCellOfTheYamlInBothLanguages() throws IOException {
        int checked = 0;
        for (Table t : plan.tables()) {
            for (String lang : List.of("zh", "en")) {
                List<CSVRecord> records = parse(csvText(data.resolve(t.id() + "." + lang + ".csv")));
                assertEquals(t.rows().size() + 1, records.size(), t.id() + "." + lang + ": a header and every row");
                int width = t.leafColumns().size();
                assertTrue(records.get(0).size() >= width + 1, "headers, then units or notes");
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int c = 0; c < width; c++) {
                        assertEquals(shown(t, r, c, lang), records.get(r + 1).get(c),
                                t.id() + "." + lang + " row " + (r + 1) + " column " + (c + 1));
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 3000, "cells checked: " + checked);
    }

    /** A CSV for programs: UTF-8 without a byte order mark, CRLF line ends. */
    static String plainCsvText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertFalse(bytes.length > 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB, file + " has no BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), file + " ends with CRLF");
        return text;
    }

    @Test
    void tidyCsvHasOneRowPerFilledCellWithTheNumberAsPrintedAndItsUnit() throws IOException {
        for (Table t : plan.tables()) {
            List<CSVRecord> records = parse(plainCsvText(data.resolve(t.id() + ".tidy.csv")));
            List<String> header = records.get(0).toList();
            assertEquals(List.of("table_id", "row_key", "row", "column", "role"), header.subList(0, 5));
            int row = header.indexOf("row");
            int column = header.indexOf("column");
            int value = header.indexOf("value");
            int kind = header.indexOf("kind");
            int printed = header.indexOf("printed_zh");
            int unit = header.indexOf("unit_zh");
            int unitEn = header.indexOf("unit_en");
            int numbers = 0;
            for (CSVRecord rec : records.subList(1, records.size())) {
                assertEquals(t.id(), rec.get(0));
                int r = Integer.parseInt(rec.get(row)) - 1;
                int c = Integer.parseInt(rec.get(column)) - 1;
                Cell cell = t.rows().get(r).cells().get(c);
                assertEquals(shown(t, r, c, "zh"), rec.get(printed), "the value as printed, unchanged: " + rec);
                if (cell.isNumeric()) {
                    numbers++;
                    assertEquals(cell.value(), rec.get(value), "the figure as written: " + rec);
                    assertEquals("number", rec.get(kind));
                    assertFalse(rec.get(unit).isEmpty() || rec.get(unitEn).isEmpty(), "every number has its unit: " + rec);
                } else if (rec.get(kind).equals("number")) {
                    assertTrue(rec.get(printed).contains(rec.get(value)), "a number split from its qualifier: " + rec);
                    assertFalse(rec.get(unit).isEmpty(), "a qualified number has its unit too: " + rec);
                } else {
                    assertEquals("", rec.get(value), "words are not numbers: " + rec);
                }
            }
            long expected = t.rows().stream().flatMap(x -> x.cells().stream()).filter(Cell::isNumeric).count()
                    - java.util.stream.IntStream.range(0, t.rows().size()).mapToLong(r -> java.util.stream.IntStream
                            .range(0, t.headerColumns()).filter(c -> t.rows().get(r).cells().get(c).isNumeric()).count()).sum();
            assertEquals(expected, numbers, t.id() + ": every number outside the row headers, once");
        }
    }

    @Test
    void xlsxHasASheetPerLanguageWithNumbersAsNumbersAndTheMerges() throws IOException {
        for (Table t : plan.tables()) {
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(data.resolve(t.id() + ".xlsx")))) {
                assertEquals(3, wb.getNumberOfSheets(), t.id());
                Sheet zh = wb.getSheetAt(0);
                assertEquals("中文", zh.getSheetName());
                assertEquals("English", wb.getSheetAt(1).getSheetName());
                int top = 1 + t.headerDepth();
                int merges = 0;
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int c = 0; c < t.leafColumns().size(); c++) {
                        Cell cell = t.rows().get(r).cells().get(c);
                        if (cell.merge() != Cell.Merge.NONE) {
                            continue;
                        }
                        var x = zh.getRow(top + r).getCell(c);
                        if (cell.isNumeric() && c >= t.headerColumns() && x != null && x.getCellType() == CellType.NUMERIC) {
                            assertEquals(0, new BigDecimal(cell.value()).compareTo(BigDecimal.valueOf(x.getNumericCellValue())),
                                    t.id() + " " + x.getAddress());
                        } else if (!cell.isEmpty()) {
                            String expected = shown(t, r, c, "zh");
                            assertEquals(expected, x == null ? "" : x.getCellType() == CellType.NUMERIC
                                    ? new BigDecimal(cell.value()).toPlainString() : x.getStringCellValue(),
                                    t.id() + " row " + (r + 1) + " column " + (c + 1));
                        }
                        if (c + 1 < t.leafColumns().size() && t.rows().get(r).cells().get(c + 1).merge() == Cell.Merge.LEFT
                                || r + 1 < t.rows().size() && t.rows().get(r + 1).cells().get(c).merge() == Cell.Merge.UP) {
                            merges++;
                        }
                    }
                }
                long bodyMerges = zh.getMergedRegions().stream().filter(m -> m.getFirstRow() >= top).count();
                assertEquals(merges, bodyMerges, t.id() + ": every merged body cell is merged in the sheet");
                assertTrue(zh.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == 0), "the caption spans the table");
                assertEquals(top, zh.getPaneInformation().getHorizontalSplitPosition(), t.id() + ": header rows frozen");
            }
        }
    }

    @Test
    void dataPackageFollowsTheFrictionlessSpecAndNamesEveryFile() throws IOException {
        JsonNode p = new ObjectMapper().readTree(data.resolve("datapackage.json").toFile());
        // Workbooks, JSON and the map boundaries beside the CSVs: a plain data package.
        assertEquals("data-package", p.get("profile").asText());
        assertTrue(p.get("name").asText().matches("[a-z0-9._-]+"), "name: lower-case, digits, . _ -");
        assertTrue(p.get("licenses").size() > 0 && p.get("sources").size() > 0);
        assertTrue(java.time.OffsetDateTime.parse(p.get("created").asText()) != null, "created is a date-time");
        List<String> paths = new ArrayList<>();
        for (JsonNode r : p.get("resources")) {
            String path = r.get("path").asText();
            assertTrue(r.get("name").asText().matches("[a-z0-9._-]+"), r.toString());
            byte[] bytes = Files.readAllBytes(data.resolve(path));
            assertEquals(bytes.length, r.get("bytes").asInt(), path);
            assertTrue(r.get("hash").asText().startsWith("sha256:"), path);
            if (path.startsWith("geo/")) {
                assertEquals("geojson", r.get("format").asText(), "the boundaries, checked in MapsTest");
                continue;
            }
            paths.add(path);
            if (!path.endsWith(".csv")) {
                continue;
            }
            assertEquals("utf-8", r.get("encoding").asText(), path);
            boolean tidy = path.endsWith(".tidy.csv");
            assertEquals(tidy ? "tabular-data-resource" : "data-resource", r.get("profile").asText(), path);
            JsonNode fields = r.get("schema").get("fields");
            List<String> missing = new ArrayList<>(List.of(""));
            r.get("schema").path("missingValues").forEach(m -> missing.add(m.asText()));
            List<CSVRecord> records = parse(tidy ? plainCsvText(data.resolve(path)) : csvText(data.resolve(path)));
            assertEquals(fields.size(), records.get(0).size(), path + ": a field per column");
            for (int i = 0; i < fields.size(); i++) {
                assertEquals(fields.get(i).get("name").asText(), records.get(0).get(i));
                boolean bare = !fields.get(i).has("bareNumber") || fields.get(i).get("bareNumber").asBoolean();
                if (fields.get(i).get("type").asText().equals("number") && bare) {
                    for (CSVRecord rec : records.subList(1, records.size())) {
                        String v = rec.get(i);
                        assertTrue(missing.contains(v) || v.matches("-?\\d+(\\.\\d+)?"), path + ": " + v);
                    }
                }
            }
        }
        // Per table: two as printed, notes, tidy, workbook, JSON; and the file of every table's values.
        assertEquals(plan.tables().size() * 6 + 1, paths.size());
    }

    @Test
    void everyTablePageLinksToAllItsDownloadsAndTheChapterLinksToThePage() throws IOException {
        for (Table t : plan.tables()) {
            for (String lang : List.of("zh", "en")) {
                Path page = BuiltPlan.site().resolve(lang + "/tables/" + t.id() + ".html");
                Document d = Jsoup.parse(page.toFile(), "UTF-8");
                List<String> hrefs = d.select(".downloads a[download]").eachAttr("href");
                assertEquals(List.of("../../data/" + t.id() + ".zh.csv", "../../data/" + t.id() + ".en.csv",
                        "../../data/" + t.id() + ".notes.csv", "../../data/" + t.id() + ".tidy.csv",
                        "../../data/" + t.id() + ".xlsx",
                        "../../data/" + t.id() + ".json"), hrefs);
                assertTrue(d.selectFirst("script[type=application/ld+json]").data().contains("\"@type\":\"Dataset\""));
                Document chapter = Jsoup.parse(BuiltPlan.site().resolve(lang + "/" + t.chapter() + ".html").toFile(),
                        "UTF-8");
                assertEquals("tables/" + t.id() + ".html",
                        chapter.selectFirst("figure#" + t.id() + " .table-links a").attr("href"));
            }
        }
    }

    /** A download's format and size, as each language punctuates them: "CSV，2.1 KB", "CSV, 2.1 KB". */
    @Test
    void theDownloadSizesArePunctuatedInEachLanguage() throws IOException {
        java.util.regex.Pattern size = java.util.regex.Pattern.compile("class=\"download-size\">([^<]*)<");
        Map<String, String> expected = Map.of("zh", "[A-Z]+，\\d+(\\.\\d)? K?B", "en", "[A-Z]+, \\d+(\\.\\d)? K?B");
        int seen = 0;
        for (String lang : List.of("zh", "en")) {
            try (var pages = Files.walk(BuiltPlan.site().resolve(lang))) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                    java.util.regex.Matcher m = size.matcher(Files.readString(page));
                    while (m.find()) {
                        assertTrue(m.group(1).matches(expected.get(lang)), page + ": " + m.group(1));
                        seen++;
                    }
                }
            }
        }
        assertTrue(seen > 100, "sizes of the tables' downloads, the zip and the charts: " + seen);
    }
}
