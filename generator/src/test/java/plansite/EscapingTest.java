package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No input can put script into a page: every kind of input field carries a payload, every page is searched. */
class EscapingTest {
    static final String PAYLOAD = "<script>alert(1)</script>";
    static final String ATTR_PAYLOAD = "\" onmouseover=\"alert(1)";

    @TempDir
    static Path dir;
    static FixtureSite site;

    @BeforeAll
    static void buildWithPayloadsEverywhere() {
        site = FixtureSite.copy("basic", dir);
        String p = PAYLOAD;
        site.replace("data/site.yaml", "title: {zh: 测试规划（2021—2025年）", "title: {zh: '测试规划" + p + "'")
                .replace("data/site.yaml", "description: {zh: 测试规划全文。", "description: {zh: '" + p + ATTR_PAYLOAD + "'")
                .replace("data/site.yaml", "publisher: {zh: 测试市人民政府", "publisher: {zh: '" + p + "'")
                .replace("data/site.yaml", "site_domain: example.gov.cn", "site_domain: '" + p + ATTR_PAYLOAD + "'")
                .replace("data/site.yaml", "site_id_code: \"1400000001\"", "site_id_code: '" + ATTR_PAYLOAD + "'")
                .replace("data/site.yaml", "column_name: {zh: 规划计划", "column_name: {zh: '" + p + "'")
                .replace("data/site.yaml", "content_source: {zh: 测试市人民政府办公室", "content_source: {zh: '" + p + "'")
                .replace("data/site.yaml", "issued_by: {zh: 测试市人民政府办公室", "issued_by: {zh: '" + p + "'")
                .replace("data/site.yaml", "{zh: 市委办公室", "{zh: '" + p + "'")
                .replace("data/site.yaml", "{zh: 测试图", "{zh: '" + p + "'")
                .replace("data/site.yaml", "figures_note: {zh: 附图不属于本文本版。", "figures_note: {zh: '" + p + "'")
                .replace("data/site.yaml", "{zh: 备案号：测试ICP备00000000号", "{zh: '" + p + "'")
                .replace("data/site.yaml", "base_url: https://example.gov.cn/plan/",
                        "base_url: 'https://example.gov.cn/\"><script>alert(1)</script>/'")
                .replace("content/zh/ch1.md", "title: 第一章 现状与形势", "title: '第一章 " + p + "'")
                .replace("content/zh/ch1.md", "## 第一节 经济社会发展概况", "## 第一节 " + p)
                .replace("content/zh/ch1.md", "大同市位于山西省东北部。", "大同市位于山西省东北部。"
                        + p + " <img src=x onerror=alert(1)> [link\" onclick=\"x](https://example.org/\"onclick=\"alert(1))")
                .replace("content/zh/ch2.md", "坚持绿色发展。", "<div onclick=\"alert(1)\">\n" + p + "\n</div>")
                .replace("data/tables/t1.yaml", "label: {zh: 专栏 1", "label: {zh: '" + p + "'")
                .replace("data/tables/t1.yaml", "title: {zh: 金属矿产资源储量表", "title: {zh: '" + p + "'")
                .replace("data/tables/t1.yaml", "label: {zh: 矿产类型", "label: {zh: '" + p + "'")
                .replace("data/tables/t1.yaml", "unit: {zh: 万吨", "unit: {zh: '" + p + "'")
                .replace("data/tables/t1.yaml", "{zh: 新荣区", "{zh: '" + p + "'")
                .replace("data/tables/t1.yaml", "27469.13", "'" + p + "'")
                .replace("data/tables/t1.yaml", "text: {zh: 注一。", "text: {zh: '" + p + "'");
        site.build();
    }

    @Test
    void noPageHasAScriptOrEventHandlerFromTheInput() throws IOException {
        try (Stream<Path> files = Files.walk(site.out())) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".html")).toList();
            assertEquals(30, pages.size(), "every page was built");
            for (Path p : pages) {
                Document d = site.page(site.out().relativize(p).toString());
                for (Element script : d.select("script:not([type=application/ld+json])")) {
                    // The site's own scripts only (the results page also loads its language's search index).
                    assertTrue(script.attr("src").matches("(\\.\\./)*assets/(site|search|search-index-[a-z]+|wayfinding)\\.js")
                            && script.data().isEmpty(),
                            p + ": " + script.outerHtml());
                }
                assertTrue(d.select("img, iframe, object, embed").isEmpty(), p.toString());
                for (Element e : d.getAllElements()) {
                    for (Attribute a : e.attributes()) {
                        assertTrue(!a.getKey().toLowerCase().startsWith("on"), p + ": " + e.outerHtml());
                        assertTrue(!a.getValue().toLowerCase().startsWith("javascript:"), p + ": " + e.outerHtml());
                    }
                }
            }
        }
    }

    @Test
    void theSearchIndexHoldsPayloadsAsDataInsideOneJsonValue() throws IOException {
        String js = site.output("assets/search-index-zh.js");
        String json = js.substring(js.indexOf("] = ") + 4, js.lastIndexOf(';'));
        com.fasterxml.jackson.databind.JsonNode index = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertTrue(index.get("docs").toString().contains(PAYLOAD), "the payload is kept as text");
        assertEquals(json.length(), json.strip().length());
        assertTrue(js.startsWith("/* plansite search index (zh)"), "nothing precedes the assignment but its comment");
    }

    @Test
    void payloadsAreShownAsText() {
        Document ch1 = site.page("zh/ch1.html");
        assertEquals("第一章 " + PAYLOAD, ch1.selectFirst("main h1").text());
        assertEquals("第一节 " + PAYLOAD + "#", ch1.selectFirst("#ch1-s1").text());
        assertTrue(ch1.selectFirst("#ch1-s1 + p").text().startsWith("大同市位于山西省东北部。" + PAYLOAD
                + " <img src=x onerror=alert(1)>"));
        assertEquals(PAYLOAD + " " + PAYLOAD, ch1.selectFirst("figure#t1 caption").text());
        assertTrue(ch1.selectFirst("figure#t1 thead").text().contains(PAYLOAD));
        assertTrue(ch1.selectFirst("figure#t1 tbody").text().contains(PAYLOAD));
        assertTrue(ch1.selectFirst("figure#t1 .table-notes").text().contains(PAYLOAD));
        assertEquals(PAYLOAD + ATTR_PAYLOAD, ch1.selectFirst("meta[name=SiteDomain]").attr("content"));
        assertEquals(ATTR_PAYLOAD, ch1.selectFirst("meta[name=SiteIDCode]").attr("content"));
        assertTrue(ch1.selectFirst(".site-footer").text().contains(PAYLOAD));
        assertTrue(site.page("zh/ch2.html").selectFirst(".chapter-body").text().contains(PAYLOAD));
        assertTrue(site.page("zh/index.html").selectFirst(".figures").text().contains(PAYLOAD));
    }

    @Test
    void sitemapAndRobotsEscapeTheBaseUrl() {
        String sitemap = site.output("sitemap.xml");
        assertTrue(!sitemap.contains("<script>"), sitemap);
        assertTrue(sitemap.contains("&lt;script&gt;"));
    }
}
