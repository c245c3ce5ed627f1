package plansite.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.FixtureSite;

/**
 * The maps' inputs fail loudly and precisely: a county, zone, quote, place name or shape id that does
 * not match the plan is an error at its file, line and column, all of them in one run; an official
 * shape whose id the plan has is drawn, with no change to the code.
 */
class MapInputErrorsTest {
    @TempDir
    Path dir;

    private static final String SQUARE_IN_LINGQIU = "[[[114.0,39.3],[114.1,39.3],[114.1,39.4],[114.0,39.4],[114.0,39.3]]]";

    private static String shapes(String... ids) {
        StringBuilder sb = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [\n");
        for (int i = 0; i < ids.length; i++) {
            sb.append("{\"type\": \"Feature\", \"properties\": {\"id\": \"").append(ids[i])
                    .append("\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": ").append(SQUARE_IN_LINGQIU)
                    .append("}}").append(i + 1 < ids.length ? ",\n" : "\n");
        }
        return sb.append("]}\n").toString();
    }

    @Test
    void mapsNeedTheirBoundariesDescribedInTheSiteSettings() {
        // The data package publishes data/geo/'s boundaries with the words of data/site.yaml, never of the code.
        FixtureSite s = FixtureSite.copyRepo(dir);
        String site = s.read("data/site.yaml");
        String block = site.substring(site.indexOf("  boundaries:\n"), site.indexOf("\n# The area the plan covers"));
        s.replace("data/site.yaml", block + "\n", "");
        FixtureSite.Run run = s.run("check");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("data/site.yaml:97:1: error: missing required key 'boundaries' in map settings: data/geo/"
                + " has boundaries, which the data package describes with their title, licence and source"),
                run.diagnostics());
    }

    @Test
    void everyMistakeInTheMapsInputsIsReportedAtItsPlaceInOneRun() {
        FixtureSite s = FixtureSite.copyRepo(dir)
                .replace("data/maps.yaml", "{id: III2, kind: key, counties: [浑源县]", "{id: III2, kind: key, counties: [浑源]")
                .replace("data/maps.yaml", "quote: 浑源县南部花岗岩矿}", "quote: 浑源县北部花岗岩矿}")
                .replace("data/maps.yaml", "  - {id: IV6, kind: general, counties: [灵丘县], quote: 灵丘县中部金属矿}\n",
                        "  - {id: IV7, kind: general, counties: [灵丘县], quote: 灵丘县中部金属矿}\n")
                .replace("data/maps.yaml", "        quote: 广灵县杨窑村砖瓦用粘土矿集中开采区",
                        "        quote: 广灵县杨窑村砖瓦用黏土矿集中开采区")
                .replace("data/maps.yaml", "        ref: KZ03", "        ref: KZ04")
                .replace("data/tables/zl-01.yaml", "<, 100.00, 5.07, 1, {zh: 灵丘, en: Lingqiu}]",
                        "<, 100.00, 5.07, 1, {zh: 灵邱, en: Lingqiu}]")
                .write("data/geo/official.geojson", shapes("KZ04", "KZ99"));
        FixtureSite.Run run = s.run("check");
        assertEquals(1, run.exitCode(), run.err());
        List<String> d = run.diagnostics();
        expect(d, "data/maps.yaml:68:46: error: unknown county '浑源'; expected one of: 新荣区, 平城区, 云冈区, 云州区,"
                + " 阳高县, 天镇县, 广灵县, 灵丘县, 浑源县, 左云县");
        expect(d, "data/maps.yaml:69:13: error: the quote '浑源县北部花岗岩矿' is not in the name of 'III3' in zl-15");
        expect(d, "data/tables/zl-15.yaml:34:5: error: row 'IV6' of zl-15 has no place in data/maps.yaml (the 'places'"
                + " of its group): give the counties it lies in");
        expect(d, "data/maps.yaml:81:13: error: unknown code 'IV7'; no row of zl-15 has it; did you mean 'IV1'?");
        expect(d, "data/maps.yaml:247:9: error: the quote '广灵县杨窑村砖瓦用黏土矿集中开采区' is not in the text of"
                + " section 'ch9-s3'");
        expect(d, "data/maps.yaml:178:9: error: 'KZ04' does not lie in the county of section 'ch9-s2' according to its"
                + " table");
        expect(d, "data/tables/zl-01.yaml:34:5: error: zl-01 row 2, column '分布范围': unknown place '灵邱'; expected a"
                + " county (");
        expect(d, "data/geo/official.geojson:3:36: error: no map has a feature 'KZ99'; expected the code of a feature of"
                + " a map (e.g. KZ01, KZ02)");
        assertEquals(8, d.size(), String.join("\n", d));
    }

    @Test
    void theCitySeatRestsOnWordsOfThePlanAndIsMarkedOnEveryMap() {
        Document zh = FixtureSite.copyRepo(dir).build().page("zh/maps/key-areas.html");
        var canvas = zh.selectFirst(".map-canvas");
        assertEquals("140213", canvas.attr("data-seat"));
        assertEquals("平城区：大同市的政治、经济、文化中心", canvas.attr("data-t-seat"));
        var note = zh.selectFirst("figcaption .map-seat");
        assertTrue(note.text().startsWith("星标表示平城区，规划称其为大同市的政治、经济、文化中心；"), note.text());
        assertEquals("../../zh/ch9.html#ch9-s1-1", note.selectFirst("a").attr("href"), "the note links to the words it rests on");

        FixtureSite s = FixtureSite.copyRepo(dir.resolve("wrong"))
                .replace("data/maps.yaml", "  county: 平城区\n  section: ch9-s1\n", "  county: 大同区\n  section: ch9-s1\n")
                .replace("data/maps.yaml", "  quote: 是中国“煤都”大同市的政治、经济、文化中心", "  quote: 是大同市的政治中心");
        assertEquals(List.of("data/maps.yaml:144:3: error: unknown county '大同区'; expected one of: 新荣区, 平城区,"
                + " 云冈区, 云州区, 阳高县, 天镇县, 广灵县, 灵丘县, 浑源县, 左云县"), s.run("check").diagnostics());
        s.replace("data/maps.yaml", "  county: 大同区\n", "  county: 平城区\n");
        assertEquals(List.of("data/maps.yaml:146:3: error: the quote '是大同市的政治中心' is not in the text of section"
                + " 'ch9-s1'"), s.run("check").diagnostics());
    }

    @Test
    void aGeometryThatIsNotAClosedPolygonIsAnError() {
        FixtureSite s = FixtureSite.copyRepo(dir).write("data/geo/official.geojson",
                shapes("KZ04").replace("[114.0,39.3]]]", "[114.0,39.35]]]"));
        List<String> d = s.run("check").diagnostics();
        expect(d, "data/geo/official.geojson:2:51: error: a linear ring must end where it starts (first position"
                + " [114.0,39.3], last [114.0,39.35])");
    }

    @Test
    void anOfficialShapeInDataGeoIsDrawnInsteadOfItsCounties() {
        FixtureSite s = FixtureSite.copyRepo(dir).write("data/geo/official.geojson", shapes("KZ04")).build();
        Document map = s.page("en/maps/key-areas.html");
        assertNotNull(map.selectFirst("tr[data-shape=KZ04]"));
        assertEquals(1, map.select("tr[data-shape]").size());
        assertNotNull(map.selectFirst("p.map-shapes"), "the legend says which features have their own shape");
        assertNotNull(map.selectFirst("p.map-by-county"), "the others are still shown by county");
        String geo = s.output("assets/maps/geo.js");
        assertTrue(geo.contains("\"KZ04\": {\"type\":\"Polygon\",\"coordinates\":" + SQUARE_IN_LINGQIU + "}"), geo);
        assertTrue(s.output("data/geo/official.geojson").contains("KZ04"), "published with the boundaries");
    }

    @Test
    void aReviewNumberAndATileLayerSetInSiteYamlAppearOnEveryMap() {
        FixtureSite s = FixtureSite.copyRepo(dir)
                .replace("data/site.yaml", "  review_number: \"\"", "  review_number: \"GS(2024)0001\"")
                .replace("data/site.yaml", "  tile_layer: null", "  tile_layer:\n"
                        + "    url: \"https://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}\"\n"
                        + "    attribution: {zh: 天地图, en: Tianditu}\n    subdomains: [\"0\", \"1\"]\n"
                        + "    key: k123\n    max_zoom: 18").build();
        for (String page : List.of("zh/maps/minerals.html", "en/maps/key-areas.html", "en/counties/140213.html")) {
            Document d = s.page(page);
            assertEquals(page.startsWith("zh") ? "审图号：GS(2024)0001" : "Map review number: GS(2024)0001",
                    d.selectFirst(".map-review").text(), page);
            var canvas = d.selectFirst(".map-canvas");
            assertTrue(canvas.attr("data-review").endsWith("GS(2024)0001"), page + ": shown on the map itself too");
            assertEquals("https://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k123",
                    canvas.attr("data-tile-url"), page + ": the key is filled in");
            assertEquals("0,1", canvas.attr("data-tile-subdomains"));
            assertTrue(d.selectFirst(".map-attribution").text().endsWith(page.startsWith("zh") ? "天地图" : "Tianditu"));
        }
    }

    @Test
    void withoutSettingsAMapHasNoTileLayerAndNoReviewNumber() {
        Document d = FixtureSite.copyRepo(dir).build().page("zh/maps/key-areas.html");
        assertTrue(d.select(".map-review").isEmpty());
        assertTrue(d.selectFirst(".map-canvas").attributes().asList().stream()
                .noneMatch(a -> a.getKey().startsWith("data-tile") || a.getKey().equals("data-review")));
    }

    private static void expect(List<String> diagnostics, String line) {
        assertTrue(diagnostics.stream().anyMatch(l -> l.startsWith(line)), "expected\n" + line + "\namong\n"
                + String.join("\n", diagnostics));
    }
}
