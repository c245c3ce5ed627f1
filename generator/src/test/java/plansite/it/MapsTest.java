package plansite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plansite.FixtureSite;
import plansite.load.PlanLoader;
import plansite.load.ProjectLayout;
import plansite.model.Cell;
import plansite.model.Plan;
import plansite.model.Table;

/**
 * The plan's maps and county pages as built: every code of 专栏 10, 11 and 15 on its map and in its
 * table, figures that agree with the tables, county pages with what the plan says about each county,
 * the boundaries' attribution and licence wherever they go.
 */
class MapsTest {
    static final List<String> MAPS = List.of("key-areas", "remediation-zones", "remediation-by-county",
            "county-sections", "minerals");
    static final List<String> ADCODES = List.of("140212", "140213", "140214", "140215", "140221", "140222",
            "140223", "140224", "140225", "140226");
    static Plan plan;
    static Path site;

    @BeforeAll
    static void load() throws Exception {
        plan = plansite.TestPlans.load(FixtureSite.repo()).plan();
        site = BuiltPlan.site();
    }

    static Document page(String path) throws IOException {
        Path p = site.resolve(path);
        return Jsoup.parse(p.toFile(), "UTF-8", p.toUri().toString());
    }

    /** The printed codes of a table's column (by its Chinese label), row by row. */
    static List<String> column(String tableId, String zhLabel) {
        Table t = plan.table(tableId).orElseThrow();
        int c = 0;
        while (!zhLabel.equals(t.leafColumns().get(c).label().in("zh"))) {
            c++;
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Cell cell = t.origin(r, c);
            out.add(cell.value() != null ? cell.value() : cell.text() == null ? null : cell.text().in("zh"));
        }
        return out;
    }

    @Test
    void everyMapAndCountyPageExistsInBothLanguagesWithItsIndexes() {
        for (String lang : List.of("zh", "en")) {
            for (String m : MAPS) {
                assertTrue(Files.isRegularFile(site.resolve(lang + "/maps/" + m + ".html")), lang + " map " + m);
            }
            for (String a : ADCODES) {
                assertTrue(Files.isRegularFile(site.resolve(lang + "/counties/" + a + ".html")), lang + " county " + a);
            }
            assertTrue(Files.isRegularFile(site.resolve(lang + "/maps/index.html")));
            assertTrue(Files.isRegularFile(site.resolve(lang + "/counties/index.html")));
        }
    }

    @Test
    void everyCodeOfBoxes10And11And15IsOnItsMapAndInItsTable() throws IOException {
        Map<String, List<String>> codes = new TreeMap<>();
        codes.put("key-areas", new ArrayList<>(column("zl-10", "编号")));
        codes.get("key-areas").addAll(column("zl-11", "编号"));
        codes.put("remediation-zones", column("zl-15", "序号"));
        assertEquals(6, codes.get("key-areas").size());
        assertEquals(15, codes.get("remediation-zones").size());
        for (String lang : List.of("zh", "en")) {
            for (Map.Entry<String, List<String>> e : codes.entrySet()) {
                Document map = page(lang + "/maps/" + e.getKey() + ".html");
                Set<String> onMap = new TreeSet<>(map.select("table.map-data td.map-code").eachText());
                assertEquals(new TreeSet<>(e.getValue()), onMap, lang + " " + e.getKey());
            }
            String tables = page(lang + "/tables/zl-10.html").text() + page(lang + "/tables/zl-11.html").text()
                    + page(lang + "/tables/zl-15.html").text();
            codes.values().forEach(list -> list.forEach(code -> assertTrue(tables.contains(code), lang + " " + code)));
        }
    }

    @Test
    void eachKeyAreaLiesInTheCountiesItsTableNames() throws IOException {
        Document map = page("en/maps/key-areas.html");
        Map<String, String> counties = new TreeMap<>();
        for (Element tr : map.select("table.map-data tbody tr")) {
            counties.put(tr.selectFirst(".map-code").text(), tr.attr("data-counties"));
        }
        // 专栏 10: KZ01 左云县、云冈区、新荣区; KZ04 浑源县、灵丘县、广灵县; 专栏 11: CZO1 as KZ01.
        assertEquals("140226 140214 140212", counties.get("KZ01"));
        assertEquals("140222 140221", counties.get("KZ02"));
        assertEquals("140215", counties.get("KZ03"));
        assertEquals("140225 140224 140223", counties.get("KZ04"));
        assertEquals("140225 140224", counties.get("KZ05"));
        assertEquals("140226 140214 140212", counties.get("CZO1"));
    }

    @Test
    void theRemediationMapHoldsTheFiguresOfBoxes4And5CountyByCounty() throws IOException {
        Document map = page("zh/maps/remediation-by-county.html");
        int checked = 0;
        for (String tableId : List.of("zl-04", "zl-05")) {
            Table t = plan.table(tableId).orElseThrow();
            List<String> names = column(tableId, "县区");
            for (Element tr : map.select("table.map-data[data-map-data=remediation-by-county]:has(caption:contains("
                    + t.label().in("zh") + " )) tbody tr")) {
                String county = tr.selectFirst(".map-name").text();
                int r = names.indexOf(county);
                assertTrue(r >= 0, tableId + ": " + county);
                for (Element td : tr.select("td[data-measure]")) {
                    int c = Integer.parseInt(td.attr("data-measure").replace(tableId + "-c", "")) - 1;
                    Cell cell = t.origin(r, c);
                    if (cell.isNumeric()) {
                        assertEquals(cell.value(), td.attr("data-value"), tableId + " " + county + " c" + (c + 1));
                    } else {
                        assertFalse(td.hasAttr("data-value"), tableId + " " + county + ": an empty cell is not zero");
                    }
                    checked++;
                }
            }
        }
        assertEquals(10 * 3 * 2, checked, "three measures of ten counties in each of the two tables");
        assertEquals(6, map.select("fieldset.map-measures input[type=radio]").size());
    }

    @Test
    void theMineralMapPlacesEachMineralWhereBoxes1And2SayItIsFound() throws IOException {
        Document map = page("zh/maps/minerals.html");
        Map<String, String> counties = new TreeMap<>();
        for (Element tr : map.select("table.map-data tbody tr")) {
            counties.put(tr.selectFirst(".map-name").text(), tr.attr("data-counties"));
        }
        assertEquals("140212 140221 140222 140223 140224 140225", counties.get("铁"), "新荣区、阳高、天镇、广灵、灵丘、浑源");
        assertEquals(String.join(" ", ADCODES), counties.get("粘土 砖瓦粘土(万立方米)"), "各县区");
        assertEquals("140222 140212", counties.get("石墨 晶质石墨(万吨)"), "天镇、新荣区");
    }

    @Test
    void theCountySectionsMapHasEveryMineAndPermitOfChapter9InItsCounty() throws IOException {
        Document map = page("zh/maps/county-sections.html");
        Map<String, Integer> perCounty = new TreeMap<>();
        for (Element tr : map.select("table.map-data tbody tr")) {
            perCounty.merge(tr.attr("data-counties"), 1, Integer::sum);
        }
        // 平城区: t-01 (2) + t-02 (3) + 1 block; 云州区: t-03 (1) + t-04 (1) + t-05 (8) + KZ03, 1 block, III4;
        // 广灵县: t-06 (7) + t-07 (11) + KZ04 + 1 + 5 blocks + 11 concentrated mining areas.
        assertEquals(Map.of("140213", 6, "140215", 13, "140223", 36), perCounty);
    }

    @Test
    void countyPagesShowWhatThePlanSaysAboutTheCountyWithItsSources() throws IOException {
        Document guangling = page("zh/counties/140223.html");
        String text = guangling.text();
        for (String code : List.of("KZ04", "III5", "III6", "IV1", "CFJ9-1", "M46")) {
            assertTrue(text.contains(code), "广灵县 page names " + code);
        }
        assertNotNull(guangling.selectFirst("a[href$=ch9.html#ch9-s3]"), "its section of Chapter 9");
        assertNotNull(guangling.selectFirst("a[href$=ch6.html#zl-15]"), "a zone links to its place in the plan");
        Document yungang = page("en/counties/140214.html");
        assertNotNull(yungang.selectFirst("a[href$=ch1.html#zl-04]"), "the remediation figures of Box 4");
        assertTrue(yungang.select("ul.row-mentions li").eachText().stream().anyMatch(l -> l.contains("Box 4")));
        assertTrue(yungang.text().contains("Chapter 9 has no section on this county."));
        for (String lang : List.of("zh", "en")) {
            Document index = page(lang + "/counties/index.html");
            assertEquals(10, index.select("ul.county-list a[href]").size());
        }
    }

    @Test
    void theChapter9TableNamesItsSourceOnceAndAZonesOwnBoxBeside() throws IOException {
        // 平城区's items all come from its tables and sections: one source column, no empty "see also", and no
        // county column (every row lies in 平城区 alone, the page's own county).
        Document pingcheng = page("zh/counties/140213.html");
        assertEquals(List.of("编号", "名称", "类别", "出处"),
                pingcheng.select("table[data-map-data=on-county-sections] thead th").eachText());
        // 云州区's section names KZ03 of Box 10: its source is the section, its box is beside it.
        Document yunzhou = page("en/counties/140215.html");
        assertEquals(List.of("Code", "Name", "Kind", "See also", "Source"),
                yunzhou.select("table[data-map-data=on-county-sections] thead th").eachText());
        Element kz03 = yunzhou.select("table[data-map-data=on-county-sections] tbody tr").stream()
                .filter(tr -> tr.selectFirst(".map-code").text().equals("KZ03")).findFirst().orElseThrow();
        assertTrue(kz03.select(".map-cell").eachText().stream().anyMatch(t -> t.startsWith("Box 10")));
        assertTrue(kz03.selectFirst(".map-source a").attr("href").contains("ch9.html#"));
    }

    @Test
    void everyMapSaysItIsDrawnByCountyAndCreditsTheBoundaries() throws IOException {
        for (String lang : List.of("zh", "en")) {
            List<String> pages = new ArrayList<>();
            MAPS.forEach(m -> pages.add(lang + "/maps/" + m + ".html"));
            ADCODES.forEach(a -> pages.add(lang + "/counties/" + a + ".html"));
            for (String p : pages) {
                Document d = page(p);
                assertEquals(1, d.select(".map-canvas[data-map]").size(), p);
                assertTrue(d.selectFirst(".map-attribution").text().contains("OpenStreetMap"), p);
                assertTrue(d.selectFirst(".map-attribution").text().contains("ODbL"), p);
                assertNotNull(d.selectFirst(".map-by-county"), p + ": the legend says it is shown by county");
                assertTrue(d.select("table.map-data").size() >= 1, p + ": its data as a table");
                assertTrue(d.select("script[src], link[href]").eachAttr("src").stream()
                        .noneMatch(s -> s.startsWith("http") || s.startsWith("//")), p + ": no script from elsewhere");
            }
        }
    }

    @Test
    void tablesLinkToTheMapsThatShowThem() throws IOException {
        Document ch3 = page("zh/ch3.html");
        assertNotNull(ch3.selectFirst("figure#zl-10 p.table-maps a[href=maps/key-areas.html]"));
        Document zl15 = page("en/tables/zl-15.html");
        assertNotNull(zl15.selectFirst("p.table-maps a[href=../maps/remediation-zones.html]"));
        Document ch9 = page("en/ch9.html");
        assertNotNull(ch9.selectFirst("figure#t-07 p.table-maps a[href=maps/county-sections.html]"));
    }

    @Test
    void leafletAndTheBoundariesAreServedFromTheSite() throws IOException {
        for (String f : List.of("assets/leaflet/leaflet.js", "assets/leaflet/leaflet.css", "assets/leaflet/LICENSE",
                "assets/leaflet/images/layers.png", "assets/maps/geo.js")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
        }
        String leaflet = Files.readString(site.resolve("assets/leaflet/leaflet.js"), StandardCharsets.UTF_8);
        assertTrue(leaflet.contains("Leaflet 1.9.4"), "Leaflet 1.9.4");
        String geo = Files.readString(site.resolve("assets/maps/geo.js"), StandardCharsets.UTF_8);
        assertTrue(geo.startsWith("/* County boundaries: © OpenStreetMap contributors (ODbL 1.0)"));
        ADCODES.forEach(a -> assertTrue(geo.contains("\"adcode\":\"" + a + "\""), a));
    }

    @Test
    void theDataDownloadCarriesTheBoundariesUnderTheOdbl() throws IOException {
        Path data = site.resolve("data");
        assertTrue(Files.isRegularFile(data.resolve("geo/datong-counties.geojson")));
        assertTrue(Files.readString(data.resolve("geo/README.md")).contains("Open Database License (ODbL) 1.0"));
        JsonNode pkg = new ObjectMapper().readTree(data.resolve("datapackage.json").toFile());
        JsonNode geo = null;
        for (JsonNode r : pkg.get("resources")) {
            if (r.get("path").asText().equals("geo/datong-counties.geojson")) {
                geo = r;
            }
        }
        assertNotNull(geo, "the boundaries are a resource of the data package");
        assertEquals("ODbL-1.0", geo.get("licenses").get(0).get("name").asText());
        assertTrue(geo.get("description").asText().contains("© OpenStreetMap contributors"));
        try (ZipFile zip = new ZipFile(data.resolve("datong-mineral-plan-2021-2025-data.zip").toFile())) {
            Set<String> names = new LinkedHashSet<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            assertTrue(names.stream().anyMatch(n -> n.endsWith("geo/datong-counties.geojson")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.endsWith("geo/README.md")), names.toString());
        }
    }
}
