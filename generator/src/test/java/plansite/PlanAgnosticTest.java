package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second plan, invented (generator/src/test/resources/sites/qinghe): a county's water resources plan
 * with its own title, publisher, download file names and data package, two chapters per language, four
 * tables, and two maps (a count of its water works, a measure of its counties' water use caps) over its
 * own invented county outlines (data/geo/) as its own data/maps.yaml defines them. It builds, with the
 * project's own templates, into a complete site from its data alone, and no word of the Datong plan (the
 * repository's own) reaches any of its files, nor any file inside its zip or workbooks: the generator
 * names no plan, nor any of its maps.
 */
class PlanAgnosticTest {
    /**
     * Words only the Datong plan has: its place and counties, its subject, its publisher, its address,
     * the names of its downloads, the example of its search box, the annexes it lacks, the source of its
     * county boundaries. Compared without regard to case.
     */
    static final List<String> DATONG_WORDS = List.of("大同", "Datong", "山西", "Shanxi", "矿产", "矿山", "mineral",
            "mining", "datong-mineral-plan-2021-2025", "大同市人民政府", "dt.gov.cn", "2021—2025", "2021–2025",
            "灵丘", "Lingqiu", "干热岩", "平城", "Pingcheng", "云州", "Yunzhou", "附表 1、5、6", "Appended Tables 1, 5, 6",
            "mapchina", "OpenStreetMap");

    static final String ZIP = "qinghe-water-plan-2023-2027-data.zip";

    @TempDir
    static Path dir;
    static FixtureSite site;

    @BeforeAll
    static void build() {
        site = FixtureSite.copy("qinghe", dir).build();
    }

    private static List<String> outputFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site.out())) {
            return files.filter(Files::isRegularFile).map(p -> site.out().relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void buildsEveryPageAndDownloadOfTheSecondPlan() throws IOException {
        List<String> expected = new ArrayList<>(List.of("404.html", "index.html", "robots.txt", "sitemap.xml",
                "assets/favicon.svg", "assets/nojs.css", "assets/search-index-en.js",
                "assets/search-index-zh.js", "assets/search.js", "assets/site.css", "assets/site.js", "assets/wayfinding.js",
                "assets/map.css", "assets/map.js", "assets/maps/geo.js", "data/datapackage.json", "data/" + ZIP,
                "data/geo/README.md", "data/geo/qinghe-counties.geojson", "data/README.md", "data/LICENSE.md",
                "data/CHANGELOG.md", "data/qinghe-water-plan-2023-2027.tidy.csv"));
        for (String f : List.of("LICENSE", "leaflet.css", "leaflet.js", "images/layers.png", "images/layers-2x.png",
                "images/marker-icon.png", "images/marker-icon-2x.png", "images/marker-shadow.png")) {
            expected.add("assets/leaflet/" + f);
        }
        for (String t : List.of("sz-01", "sz-02", "sz-03", "sz-04")) {
            for (String f : List.of(".zh.csv", ".en.csv", ".notes.csv", ".tidy.csv", ".xlsx", ".json")) {
                expected.add("data/" + t + f);
            }
        }
        for (String lang : List.of("zh", "en")) {
            // No glossary (the plan has none); its maps, and a page for each county of its outlines.
            for (String page : List.of("index", "ch1", "ch2", "full", "about", "data", "data-notes", "units",
                    "search", "tables/sz-01", "tables/sz-02", "tables/sz-03", "tables/sz-04", "maps/index",
                    "maps/water-works", "maps/water-caps", "counties/index", "counties/990101", "counties/990102",
                    "counties/990103")) {
                expected.add(lang + "/" + page + ".html");
            }
        }
        assertEquals(expected.stream().sorted().toList(), outputFiles());

        Document home = site.page("zh/index.html");
        assertEquals("青河县水资源规划（2023—2027年）", home.selectFirst("main h1").text());
        assertEquals("Qinghe County Water Resources Plan (2023–2027)", site.page("en/index.html").selectFirst("main h1")
                .text());
        assertEquals("../data/" + ZIP, site.page("en/data.html").selectFirst("a[href$=.zip]").attr("href"));
        assertEquals(2, site.page("zh/ch1.html").select("figure.plan-table").size());

        JsonNode pkg = new ObjectMapper().readTree(site.out().resolve("data/datapackage.json").toFile());
        assertEquals("qinghe-water-plan-2023-2027", pkg.get("name").asText());
        assertEquals("Qinghe County Water Resources Plan (2023–2027) — 青河县水资源规划（2023—2027年）",
                pkg.get("title").asText());
        assertEquals("Qinghe County People's Government", pkg.get("contributors").get(0).get("title").asText());
        assertEquals(26, pkg.get("resources").size(),
                "six files of each table, the file of every table's values, and the county outlines");
        assertEquals("2.0.1", pkg.get("version").asText(), "the plan's own data version");
        assertEquals("2024-01-15T09:30:00+08:00", pkg.get("created").asText());
        assertEquals(List.of("other-pd", "CC0-1.0"), pkg.get("licenses").findValuesAsText("name"));
        assertEquals("CC0-1.0", pkg.get("resources").get(25).get("licenses").get(0).get("name").asText());

        List<String> zipped = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(site.out().resolve("data/" + ZIP)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                assertTrue(e.getName().startsWith("qinghe-water-plan-2023-2027-2.0.1/"), "one versioned folder: " + e);
                zipped.add(e.getName().substring("qinghe-water-plan-2023-2027-2.0.1/".length()));
            }
        }
        List<String> downloads = expected.stream().filter(p -> p.startsWith("data/") && !p.endsWith(".zip"))
                .map(p -> p.substring("data/".length())).sorted().toList();
        assertEquals(downloads, zipped.stream().sorted().toList());

        // The words inside the downloads are the plan's own (data/site.yaml, downloads.labels).
        assertEquals("\uFEFFNo.,River,Length in the county (km),Basin area (km²),Remarks",
                site.output("data/sz-01.en.csv").lines().findFirst().orElseThrow());
        assertEquals("\uFEFF用水类别,用水量 (亿立方米),占比 (%),附注",
                site.output("data/sz-02.zh.csv").lines().findFirst().orElseThrow());
        String workbook = unescape(entry(site.out().resolve("data/sz-01.xlsx"), "xl/workbook.xml"));
        assertTrue(workbook.contains("<sheet name=\"中文\"") && workbook.contains("<sheet name=\"English\"")
                && workbook.contains("<sheet name=\"附注 Remarks\""), workbook);
        String strings = unescape(entry(site.out().resolve("data/sz-01.xlsx"), "xl/sharedStrings.xml"));
        assertTrue(strings.contains("数据照录青河县水利局 2023-11-20 印发的规划文本。 Data transcribed from the plan issued"
                + " by the Qinghe County Water Bureau on 2023-11-20."), strings);
        assertEquals("例：青河", site.page("zh/index.html").selectFirst("#site-search-q").attr("placeholder"));

        String table = site.output("zh/tables/sz-01.html");
        assertTrue(table.contains("\"spatialCoverage\":{\"@type\":\"Place\",\"name\":\"青河县\"}"), table);
        assertTrue(site.output("en/tables/sz-01.html").contains("\"name\":\"Qinghe County\"}"));
    }

    @Test
    void itsMapsAreTheOnesItsMapsYamlDefines() {
        Document index = site.page("en/maps/index.html");
        assertEquals(List.of("Water supply works", "Water use caps by county"), index.select(".map-list a").eachText());
        assertEquals("These maps show the plan's water supply works and water use caps by county, each with its data as"
                + " a table beside it.", index.selectFirst(".maps-index > p").text());

        Document works = site.page("zh/maps/water-works.html");
        assertEquals("供水工程", works.selectFirst("main h1").text());
        assertEquals(List.of("青河水库", "柳溪引水工程", "石门水厂"), works.select("table.map-data .map-name").eachText());
        assertEquals("990101 990102", works.selectFirst("tr:has(td.map-code:containsOwn(GS-02))").attr("data-counties"));
        assertEquals("县界为示意，专为本规划绘制（CC0 1.0），非法定界线。", works.selectFirst(".map-attribution").text());
        assertEquals("示意县界（CC0）", works.selectFirst(".map-canvas").attr("data-attribution-short"));
        assertEquals(List.of("青河县水资源规划（2023—2027年）", "地图", "供水工程"), works.select(".breadcrumb li").eachText());

        Document caps = site.page("en/maps/water-caps.html");
        assertEquals(List.of("sz-04-c3", "sz-04-c4"), caps.select(".map-measures input").eachAttr("value"));
        // The total row, whose 合计 spans the county column, is not a county.
        assertEquals(List.of("Qinghe County", "Liuchuan County", "Shimen County"),
                caps.select("table.map-data .map-name").eachText());
        assertEquals("Shown by county: the plan's text does not say where the works lie, so the map only marks their"
                + " counties.", caps.selectFirst(".map-by-county").text());

        Document county = site.page("en/counties/990102.html");
        assertEquals(List.of("Water supply works", "Water use caps by county"), county.select("h3[id^=on-] a").eachText());
        assertEquals("The plan has no section on each county.", county.selectFirst("#section-title + p").text());
        assertEquals(List.of("Qinghe County Water Resources Plan (2023–2027)", "Counties and districts",
                "Liuchuan County"), county.select(".breadcrumb li").eachText());
        assertEquals("Maps: Water supply works", site.page("en/tables/sz-03.html").selectFirst(".table-maps").text());
    }

    /** Its search page says what it searches: the county and map pages it has, not a glossary it lacks. */
    @Test
    void itsSearchPageNamesTheCountyAndMapPagesAndNoGlossary() {
        assertEquals("搜索规划的各章各节、表格的每一行、各县区页面和地图页面。输入时即显示结果。",
                site.page("zh/search.html").selectFirst("#search-help").text());
        assertEquals("Searches every section of every chapter, every row of every table, the county pages and the map"
                + " pages. Results show as you type.", site.page("en/search.html").selectFirst("#search-help").text());
    }

    private static String entry(Path zipFile, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(zipFile + " has no " + name);
    }

    @Test
    void theWordsInsideTheDownloadsAreThoseOfTheirMessages(@TempDir Path other) throws IOException {
        // Changed in site-templates/downloads-i18n.ftlh alone: the README, the notes sheet's citation, the data package.
        FixtureSite changed = FixtureSite.copy("qinghe", other)
                .replace("site-templates/downloads-i18n.ftlh", "\"citation\": \"引用\"", "\"citation\": \"引文\"")
                .replace("site-templates/downloads-i18n.ftlh", "\"Every table (tidy)\"", "\"All the tables (tidy)\"")
                .replace("site-templates/downloads-i18n.ftlh", "{table}（照录，{language}）", "{table}（原表，{language}）")
                .build();
        String readme = Files.readString(changed.out().resolve("data/README.md"));
        assertTrue(readme.contains("\n## 引文 Citation\n"), readme);
        assertTrue(Files.readString(changed.out().resolve("data/LICENSE.md")).contains("\n## 引文 Citation\n"));
        JsonNode pkg = new ObjectMapper().readTree(changed.out().resolve("data/datapackage.json").toFile());
        List<String> titles = new ArrayList<>();
        pkg.get("resources").forEach(r -> titles.add(r.get("title").asText()));
        assertTrue(titles.contains("All the tables (tidy)"), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.endsWith("（原表，中文）")), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("照录")), titles.toString());
    }

    @Test
    void noWordOfTheDatongPlanIsInAnyFileOfTheSecondPlan() throws IOException {
        List<String> found = new ArrayList<>();
        for (String path : outputFiles()) {
            scan(path, Files.readAllBytes(site.out().resolve(path)), found);
        }
        assertEquals(List.of(), found);
    }

    private static final Pattern REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    /**
     * The text with XML's and HTML's character references read: a workbook writes every character outside
     * ASCII as one ({@code &#x5927;&#x540c;}), pages write an apostrophe as {@code &#39;}.
     */
    static String unescape(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String n = m.group(1);
            int code = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Looks for the Datong words in a file's name and text, and in every file of a zip or workbook. */
    private static void scan(String name, byte[] bytes, List<String> found) {
        if (name.endsWith(".zip") || name.endsWith(".xlsx")) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                    scan(name + "!/" + e.getName(), zip.readAllBytes(), found);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        String text = (name.substring(name.lastIndexOf('/') + 1) + "\n" + unescape(new String(bytes, StandardCharsets.UTF_8))).toLowerCase(Locale.ROOT);
        for (String word : DATONG_WORDS) {
            int at = text.indexOf(word.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                String around = text.substring(Math.max(0, at - 30), Math.min(text.length(), at + word.length() + 30));
                found.add(name + ": '" + word + "' in …" + around.replace('\n', ' ') + "…");
            }
        }
    }
}
