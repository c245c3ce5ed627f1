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

    @Test
    void tidyCsvHasOneRowPerValueWithNumbersAsNumbersAndUnits() throws IOException {
        for (Table t : plan.tables()) {
            List<CSVRecord> records = parse(csvText(data.resolve(t.id() + ".tidy.csv")));
            assertEquals(List.of("table_id", "row", "column", "row_zh", "row_en", "column_zh", "column_en", "value",
                    "value_text_zh", "value_text_en", "unit_zh", "unit_en", "note_zh", "note_en"), records.get(0).toList());
            for (CSVRecord rec : records.subList(1, records.size())) {
                assertEquals(t.id(), rec.get(0));
                Cell cell = t.rows().get(Integer.parseInt(rec.get(1)) - 1).cells().get(Integer.parseInt(rec.get(2)) - 1);
                if (cell.isNumeric()) {
                    assertEquals(0, new BigDecimal(cell.value()).compareTo(new BigDecimal(rec.get(7))), rec.toString());
                    assertEquals(cell.value(), rec.get(8), "the figure as printed");
                    assertFalse(rec.get(10).isEmpty() || rec.get(11).isEmpty(), "every number has its unit: " + rec);
                } else {
                    assertEquals("", rec.get(7), "words are not numbers: " + rec);
                }
            }
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
    void dataPackageFollowsTheFrictionlessSpecAndNamesEveryCsv() throws IOException {
        JsonNode p = new ObjectMapper().readTree(data.resolve("datapackage.json").toFile());
        // The map boundaries (GeoJSON, under the ODbL) make it a plain data package; every CSV stays tabular.
        assertEquals("data-package", p.get("profile").asText());
        assertTrue(p.get("name").asText().matches("[a-z0-9._-]+"), "name: lower-case, digits, . _ -");
        assertTrue(p.get("licenses").size() > 0 && p.get("sources").size() > 0);
        List<String> paths = new ArrayList<>();
        for (JsonNode r : p.get("resources")) {
            assertTrue(r.get("name").asText().matches("[a-z0-9._-]+"), r.toString());
            if (r.get("path").asText().startsWith("geo/")) {
                assertEquals("geojson", r.get("format").asText(), "the boundaries, checked in MapsTest");
                continue;
            }
            assertEquals("tabular-data-resource", r.get("profile").asText());
            paths.add(r.get("path").asText());
            assertTrue(Files.isRegularFile(data.resolve(r.get("path").asText())), r.get("path").asText());
            JsonNode fields = r.get("schema").get("fields");
            List<CSVRecord> records = parse(csvText(data.resolve(r.get("path").asText())));
            assertEquals(fields.size(), records.get(0).size(), r.get("path") + ": a field per column");
            for (int i = 0; i < fields.size(); i++) {
                assertEquals(fields.get(i).get("name").asText(), records.get(0).get(i));
                if (fields.get(i).get("type").asText().equals("number")) {
                    for (CSVRecord rec : records.subList(1, records.size())) {
                        String v = rec.get(i);
                        assertTrue(v.isEmpty() || v.matches("-?\\d+(\\.\\d+)?"), r.get("path") + ": " + v);
                    }
                }
            }
        }
        assertEquals(plan.tables().size() * 3, paths.size());
    }

    @Test
    void everyTablePageLinksToAllItsDownloadsAndTheChapterLinksToThePage() throws IOException {
        for (Table t : plan.tables()) {
            for (String lang : List.of("zh", "en")) {
                Path page = BuiltPlan.site().resolve(lang + "/tables/" + t.id() + ".html");
                Document d = Jsoup.parse(page.toFile(), "UTF-8");
                List<String> hrefs = d.select(".downloads a[download]").eachAttr("href");
                assertEquals(List.of("../../data/" + t.id() + ".zh.csv", "../../data/" + t.id() + ".en.csv",
                        "../../data/" + t.id() + ".tidy.csv", "../../data/" + t.id() + ".xlsx",
                        "../../data/" + t.id() + ".json"), hrefs);
                assertTrue(d.selectFirst("script[type=application/ld+json]").data().contains("\"@type\":\"Dataset\""));
                Document chapter = Jsoup.parse(BuiltPlan.site().resolve(lang + "/" + t.chapter() + ".html").toFile(),
                        "UTF-8");
                assertEquals("tables/" + t.id() + ".html",
                        chapter.selectFirst("figure#" + t.id() + " .table-links a").attr("href"));
            }
        }
    }
}
