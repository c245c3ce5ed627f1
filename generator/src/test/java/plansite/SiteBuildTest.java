package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The basic fixture site, built once through the command line, checked page by page with selectors. */
class SiteBuildTest {
    @TempDir
    static Path dir;
    static FixtureSite site;

    @BeforeAll
    static void build() {
        site = FixtureSite.copy("basic", dir).build();
    }

    @Test
    void buildsEveryPageOfEveryLanguage() throws IOException {
        try (Stream<Path> files = Files.walk(site.out())) {
            List<String> paths = files.filter(Files::isRegularFile)
                    .map(p -> site.out().relativize(p).toString().replace('\\', '/')).sorted().toList();
            List<String> data = new java.util.ArrayList<>(List.of("data/datapackage.json",
                    "data/test-plan-2021-2025-data.zip", "data/README.md", "data/LICENSE.md", "data/CHANGELOG.md",
                    "data/test-plan-2021-2025.tidy.csv"));
            for (String t : List.of("p1", "t1", "t2")) {
                for (String f : List.of(".en.csv", ".json", ".notes.csv", ".tidy.csv", ".xlsx", ".zh.csv")) {
                    data.add("data/" + t + f);
                }
            }
            List<String> expected = new java.util.ArrayList<>(List.of("404.html", "assets/favicon.svg",
                    "assets/nojs.css", "assets/search-index-en.js",
                    "assets/search-index-zh.js", "assets/search.js", "assets/site.css", "assets/site.js",
                    "assets/wayfinding.js"));
            expected.addAll(data.stream().sorted().toList());
            for (String lang : List.of("en", "zh")) {
                for (String page : List.of("about", "ch1", "ch2", "data", "data-notes", "full", "general", "glossary",
                        "index", "search", "tables/p1", "tables/t1", "tables/t2", "units")) {
                    expected.add(lang + "/" + page + ".html");
                }
                if (lang.equals("en")) {
                    expected.addAll(List.of("index.html", "robots.txt", "sitemap.xml"));
                }
            }
            assertEquals(expected.stream().sorted().toList(), paths);
        }
    }

    /** A plan with a glossary and no maps: its search page names the glossary and no county or map pages. */
    @Test
    void theSearchPageSaysWhatItSearchesAndNoMapsOrCountyPages() {
        assertEquals("搜索规划的各章各节、表格的每一行和术语表。输入时即显示结果。",
                site.page("zh/search.html").selectFirst("#search-help").text());
        assertEquals("Searches every section of every chapter, every row of every table, and the glossary. Results show"
                + " as you type.", site.page("en/search.html").selectFirst("#search-help").text());
    }

    @Test
    void chapterPageHasTitleLanguageAndHeadingIds() {
        Document zh = site.page("zh/ch1.html");
        assertEquals("zh-Hans", zh.select("html").attr("lang"));
        assertEquals("第一章 现状与形势 - 测试规划（2021—2025年）", zh.title());
        assertEquals("第一章 现状与形势", zh.selectFirst("main h1").text());
        assertEquals(List.of("ch1-s1", "ch1-s2", "ch1-s2-1", "ch1-s2-2"),
                zh.select("main .chapter-body :is(h2,h3,h4)").eachAttr("id"));
        Document en = site.page("en/ch1.html");
        assertEquals("en", en.select("html").attr("lang"));
        assertEquals(zh.select("main .chapter-body :is(h2,h3,h4)").eachAttr("id"),
                en.select("main .chapter-body :is(h2,h3,h4)").eachAttr("id"),
                "section ids are the same in both languages");
    }

    @Test
    void everySectionHasALinkToItself() {
        Document zh = site.page("zh/ch1.html");
        for (Element h : zh.select(".chapter-body h2, .chapter-body h3")) {
            Element anchor = h.selectFirst("a.heading-anchor");
            assertNotNull(anchor, h.outerHtml());
            assertEquals("#" + h.id(), anchor.attr("href"));
            assertEquals("本节链接", anchor.attr("aria-label"));
        }
    }

    @Test
    void languageSwitchLeadsToTheSamePageInTheOtherLanguage() {
        Element zhSwitch = site.page("zh/ch1.html").selectFirst("nav.lang-switch a[data-lang-switch]");
        assertEquals("../en/ch1.html", zhSwitch.attr("href"));
        assertEquals("en", zhSwitch.attr("hreflang"));
        assertEquals("en", zhSwitch.attr("lang"));
        Element enSwitch = site.page("en/ch1.html").selectFirst("nav.lang-switch a[data-lang-switch]");
        assertEquals("../zh/ch1.html", enSwitch.attr("href"));
        assertEquals("中文", enSwitch.text());
        assertEquals("../en/index.html",
                site.page("zh/index.html").selectFirst("nav.lang-switch a[data-lang-switch]").attr("href"));
    }

    @Test
    void homePageListsChaptersAndSectionsWithRelativeLinks() {
        Document home = site.page("zh/index.html");
        assertEquals("测试规划（2021—2025年）", home.selectFirst("main h1").text());
        assertEquals(List.of("general.html", "ch1.html", "ch2.html"), home.select("a.contents-chapter").eachAttr("href"));
        assertEquals(List.of("ch1.html#ch1-s1", "ch1.html#ch1-s2"),
                home.select("a.contents-chapter[href=ch1.html] + ol a").eachAttr("href"));
        assertTrue(home.select("main").text().contains("测试市人民政府办公室，2023年7月10日"), "issuer and date");
        assertTrue(home.select("main").text().contains("以2020年为基期，2021—2025年为规划期，展望到2035年"), "plan period");
        assertEquals(List.of("测试图"), home.select(".figures li").eachText());
        assertEquals("General Office, 10 July 2023",
                site.page("en/index.html").select(".plan-facts dd").get(1).text());
    }

    @Test
    void chapterPageLinksToNeighboursBreadcrumbAndSections() {
        Document ch1 = site.page("zh/ch1.html");
        assertEquals("general.html", ch1.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("ch2.html", ch1.selectFirst("a[rel=next]").attr("href"));
        assertEquals(List.of("index.html"), ch1.select(".breadcrumb a").eachAttr("href"));
        assertEquals("第一章 现状与形势", ch1.selectFirst(".breadcrumb [aria-current=page]").text());
        assertEquals(List.of("#ch1-s1", "#ch1-s2", "#ch1-s2-1", "#ch1-s2-2"), ch1.select("nav.toc a").eachAttr("href"));
        assertEquals(List.of("#ch1-s2", "ch2.html#ch2-s1"), ch1.select(".chapter-body > p a:not(.term):not(.dispute-ref a)").eachAttr("href"),
                "Markdown links to chapter files become links to their pages");
        assertTrue(site.page("zh/general.html").select("a[rel=prev]").isEmpty());
        assertTrue(site.page("zh/ch2.html").select("a[rel=next]").isEmpty());
    }

    @Test
    void numberedItemsStayAsPrintedNotAsLists() {
        Element p = site.page("zh/ch1.html").selectFirst(".chapter-body h3#ch1-s2-1 + p");
        assertEquals("1. 煤：主要分布于大同煤田。", p.text());
        assertTrue(site.page("zh/ch1.html").select(".chapter-body > ol").isEmpty());
    }

    @Test
    void tableIsPlacedWhereTheDirectiveIsWithHeadersSpansUnitsAndNotes() {
        Document zh = site.page("zh/ch1.html");
        Element figure = zh.selectFirst("figure#t1");
        assertNotNull(figure);
        assertEquals("ch1-s2-1", figure.previousElementSibling().previousElementSibling().id());
        assertEquals("专栏 1 金属矿产资源储量表", figure.selectFirst("caption").text());
        Element group = figure.selectFirst("thead th[scope=colgroup]");
        assertEquals("2", group.attr("colspan"));
        assertEquals("资源储量（万吨）", group.text());
        assertEquals("2", figure.selectFirst("thead th:contains(矿产类型)").attr("rowspan"));
        Element rowGroup = figure.selectFirst("tbody th:contains(黑色金属)");
        assertEquals("2", rowGroup.attr("rowspan"));
        assertEquals("row", rowGroup.attr("scope"));
        assertEquals("2", figure.selectFirst("tbody th:contains(合计)").attr("colspan"));
        Element manganese = figure.select("tbody tr").get(1);
        assertEquals(List.of("100.00", "5.071"), manganese.select("td.num").eachText(),
                "values as written, the note number after 5.07");
        Element ref = manganese.selectFirst("sup.note-ref a");
        assertEquals("#t1-note-n1", ref.attr("href"));
        Element note = figure.selectFirst("#t1-note-n1");
        assertEquals("注一。 ↩", note.text());
        assertEquals("#" + ref.id(), note.selectFirst("a.backref").attr("href"));
        assertEquals("Iron", site.page("en/ch1.html").selectFirst("figure#t1 tbody th:contains(Iron)").text());
    }

    @Test
    void everyPageCarriesGovernmentAndOpenGraphMetadata() {
        Document d = site.page("zh/ch1.html");
        assertEquals("测试市人民政府", meta(d, "SiteName"));
        assertEquals("example.gov.cn", meta(d, "SiteDomain"));
        assertEquals("1400000001", meta(d, "SiteIDCode"));
        assertEquals("规划计划", meta(d, "ColumnName"));
        assertEquals("第一章 现状与形势", meta(d, "ArticleTitle"));
        assertEquals("2023-07-10", meta(d, "PubDate"));
        assertEquals("测试市人民政府办公室", meta(d, "ContentSource"));
        assertFalse(meta(d, "description").isBlank());
        assertEquals("https://example.gov.cn/plan/zh/ch1.html", d.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://example.gov.cn/plan/zh/ch1.html", d.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("zh_CN", d.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("https://example.gov.cn/plan/en/ch1.html",
                d.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        assertEquals("General Office", meta(site.page("en/ch2.html"), "ContentSource"));
        assertEquals("Test Plan (2021–2025)", meta(site.page("en/index.html"), "ArticleTitle"));
        assertEquals("测试市人民政府办公室", meta(site.page("index.html"), "ContentSource"));
    }

    @Test
    void allLinksAreRelativeSoTheSiteWorksUnderAnySubPathAndFromFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String rel = site.out().relativize(p).toString();
                if (rel.equals("404.html")) {
                    continue;
                }
                Document d = site.page(rel);
                for (Element e : d.select("a[href], link[rel=stylesheet], script[src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    assertFalse(url.startsWith("/") || url.startsWith("http:") || url.startsWith("//"),
                            rel + ": " + e.outerHtml());
                    if (!url.startsWith("#")) {
                        String file = url.replaceFirst("#.*", "");
                        assertTrue(Files.exists(p.getParent().resolve(file)), rel + " links to missing " + url);
                    }
                }
            }
        }
    }

    @Test
    void rootPageOffersEveryLanguageWithPlainLinks() {
        Document root = site.page("index.html");
        assertEquals(List.of("zh/index.html", "en/index.html"), root.select("a[data-root-lang]").eachAttr("href"));
        assertEquals(List.of("zh-Hans", "en"), root.select("section.root-language").eachAttr("lang"));
        assertEquals("assets/site.js", root.selectFirst("script").attr("src"), "the language redirect is a file, not inline");
        assertTrue(root.select("script:not([src]), style, [style]").isEmpty(), "no inline script or style");
    }

    @Test
    void notFoundPageLinksFromTheBasePath() {
        Document nf = site.page("404.html");
        assertEquals("/plan/", nf.selectFirst("base").attr("href"));
        assertEquals(List.of("zh/index.html", "en/index.html"), nf.select("main a").eachAttr("href"));
        assertEquals("noindex", meta(nf, "robots"));
    }

    @Test
    void sitemapListsEveryPageWithHreflangAlternates() {
        Document xml = Jsoup.parse(site.output("sitemap.xml"), "", Parser.xmlParser());
        List<String> locs = xml.select("url > loc").eachText();
        assertEquals(26, locs.size(), locs.toString());
        assertTrue(locs.contains("https://example.gov.cn/plan/en/ch2.html"));
        Element ch1 = xml.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("zh/ch1.html"))
                .findFirst().orElseThrow();
        assertEquals(List.of("zh-Hans", "en", "x-default"), ch1.select("xhtml|link").eachAttr("hreflang"));
        assertEquals("https://example.gov.cn/plan/en/ch1.html", ch1.select("xhtml|link").get(1).attr("href"));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.gov.cn/plan/sitemap.xml\n",
                site.output("robots.txt"));
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() throws IOException {
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document d = site.page(site.out().relativize(p).toString());
                assertTrue(d.select("script:not([src]):not([type=application/ld+json]), style, [style], [onclick],"
                        + " [onload]").isEmpty(), p.toString());
            }
        }
    }

    @Test
    void derivedTableIsMarkedAndPlacedAfterItsParagraph() {
        Element figure = site.page("zh/ch1.html").selectFirst("figure#p1");
        assertTrue(figure.hasClass("derived"));
        assertEquals("本表根据上文正文整理，非规划原有表格。", figure.selectFirst(".derived-note").text());
        assertTrue(figure.previousElementSibling().text().contains("共发现矿产 91 种"));
        assertEquals("This table is derived from the paragraph above; it is not a table of the original plan.",
                site.page("en/ch1.html").selectFirst("figure#p1 .derived-note").text());
    }

    @Test
    void dataNotesListEachDisagreementByChapterWithItsKindArithmeticNoteAndMarks() {
        Document notes = site.page("zh/data-notes.html");
        assertEquals("共 2 处。规划中可以核算的合计、分项之和与百分比共 9 个，其中 2 个与原文所印不符，均已列入以下各条。",
                notes.selectFirst("main h1 + p + p").text());
        assertEquals(List.of("第一章 现状与形势", "第二章 规划目标"), notes.select("h2[id^=dn-chapter] a").eachText());
        List<Element> entries = notes.select("ol.findings > li");
        assertEquals(List.of("dn-restored-area", "dn-t2-total"), entries.stream().map(Element::id).toList());
        Element prose = entries.get(0);
        assertEquals("计算不符：已修复 4.2 平方千米", prose.selectFirst(".finding-where").text());
        assertEquals("正文为 4.2，表中两县相加为 4.114。", prose.selectFirst(".finding-note").text());
        assertEquals("原文 4.2，重新计算 3.561 + 0.553 = 4.1", prose.selectFirst(".finding-figures").text());
        assertEquals("标注位置：第一章 现状与形势 · 第一节 经济社会发展概况", prose.selectFirst(".dispute-places").text());
        assertEquals("ch1.html#dn-restored-area-1", prose.selectFirst(".dispute-places a").attr("href"));
        Element table = entries.get(1);
        assertEquals("计算不符：专栏 2", table.selectFirst(".finding-where").text());
        assertEquals("合计为 2.075，各行相加为 2.074。", table.selectFirst(".finding-note").text());
        assertEquals("合计 · 未修复：原文 2.075，重新计算 0 + 2.074 = 2.074", table.selectFirst(".finding-figures").text());
        assertEquals("ch2.html#t2-note-sum", table.selectFirst(".dispute-places a").attr("href"));
        assertEquals(7, notes.select("ul.agreements li").size());
        Element english = site.page("en/data-notes.html").selectFirst("#dn-restored-area");
        assertEquals("Arithmetic: 4.2 km²", english.selectFirst(".finding-where").text());
        assertEquals("The text gives 4.2; the two counties in the table add up to 4.114.",
                english.selectFirst(".finding-note").text());
        // The marks, in both languages, and the table note's link back.
        Element mark = site.page("zh/ch1.html").selectFirst("sup.dispute-ref a");
        assertEquals("dn-restored-area-1", mark.id());
        assertEquals("data-notes.html#dn-restored-area", mark.attr("href"));
        assertEquals("注（数据说明：计算不符）", mark.attr("aria-label"));
        assertEquals("注", mark.text());
        assertTrue(mark.parent().previousSibling().toString().endsWith("已修复 4.2 平方千米"), mark.parent().parent().html());
        Element enMark = site.page("en/ch1.html").selectFirst("sup.dispute-ref a");
        assertEquals("note (data note: Arithmetic)", enMark.attr("aria-label"));
        assertEquals("note", enMark.text());
        assertTrue(enMark.parent().previousSibling().toString().endsWith("4.2 km²"), enMark.parent().parent().html());
        assertEquals("data-notes.html#dn-t2-total",
                site.page("zh/ch2.html").selectFirst("#t2-note-sum a.dispute-link").attr("href"));
        assertEquals("../data-notes.html#dn-t2-total",
                site.page("zh/tables/t2.html").selectFirst("#t2-note-sum a.dispute-link").attr("href"));
        assertEquals(1, site.page("zh/full.html").select("sup.dispute-ref a[href=data-notes.html#dn-restored-area]").size());
    }

    @Test
    void aboutPageListsEveryMend() {
        Document about = site.page("zh/about.html");
        List<Element> rows = about.select("table.errata tbody tr");
        assertEquals(1, rows.size());
        assertEquals("ch1.html#ch1-s1", rows.get(0).selectFirst("th a").attr("href"));
        assertEquals("第一章 现状与形势 · 第一节 经济社会发展概况", rows.get(0).selectFirst("th").text());
        assertEquals("大同市位于山西省东北\n\n部。", rows.get(0).select("td").get(0).wholeText());
        assertEquals("分页把一个段落断成两段", rows.get(0).select("td").get(2).text());
        assertEquals("A page break split one paragraph in two",
                site.page("en/about.html").selectFirst("table.errata tbody td:last-child").text());
        assertEquals(List.of("full.html", "glossary.html", "units.html", "data.html", "about.html", "data-notes.html"), site.page("zh/ch2.html").select(".footer-links a")
                .eachAttr("href").stream().map(h -> h.replace("../zh/", "")).toList());
    }

    @Test
    void onePageEditionHoldsEveryChapterWithHeadingsOneLevelDownAndInPageLinks() {
        Document full = site.page("zh/full.html");
        assertEquals(List.of("general", "ch1", "ch2"), full.select("section.chapter").eachAttr("id"));
        assertEquals("第一章 现状与形势", full.selectFirst("#ch1 > h2").text());
        assertEquals("h3", full.selectFirst("#ch1-s1").tagName());
        assertEquals("h4", full.selectFirst("#ch1-s2-1").tagName());
        assertEquals(List.of("#ch1-s2", "#ch2-s1"), full.select("#ch1 .chapter-body > p a:not(.term):not(.dispute-ref a)").eachAttr("href"));
        assertNotNull(full.selectFirst("figure#t1"));
        assertNotNull(full.selectFirst("figure#t2"));
        assertEquals(full.select("[id]").size(), full.select("[id]").eachAttr("id").stream().distinct().count(),
                "ids are unique on the page");
    }

    @Test
    void chineseOriginalsInATranslationAreMarkedAsChinese() {
        Document en = site.page("en/ch1.html");
        assertEquals(List.of("山西省"), en.select(".chapter-body span[lang=zh-Hans]").eachText());
        assertTrue(site.page("zh/ch1.html").select(".chapter-body span[lang]").isEmpty(), "not in the original");
    }

    @Test
    void theFirstUseOfAGlossaryTermOnAPageLinksToItsEntry() {
        Document zh = site.page("zh/ch2.html");
        assertEquals(List.of("glossary.html#term-green-development"), zh.select("a.term").eachAttr("href"));
        Document en = site.page("en/ch1.html");
        assertEquals(List.of("glossary.html#term-coal"), en.select("a.term").eachAttr("href"));
        assertEquals("Coal", en.selectFirst("a.term").text(), "the text stays as written");
        assertTrue(site.page("zh/ch1.html").select("h1 a.term, h2 a.term, h3 a.term").isEmpty(), "not in headings");
    }

    @Test
    void glossaryPagesAreSortedForEachLanguagesReaders() {
        Document zh = site.page("zh/glossary.html");
        assertEquals(List.of("term-green-development", "term-coal"), zh.select(".term-entry").eachAttr("id"),
                "by pinyin: lüse before mei");
        assertEquals("绿色发展 green development lǜsè fāzhǎn", zh.selectFirst(".term-entry dt").text());
        assertEquals("en", zh.selectFirst(".term-other").attr("lang"));
        Document en = site.page("en/glossary.html");
        assertEquals(List.of("term-coal", "term-green-development"), en.select(".term-entry").eachAttr("id"));
        assertEquals("A combustible sedimentary rock.", en.selectFirst("#term-coal dd").text());
        assertEquals("zh-Hans", en.selectFirst("#term-coal .term-other").attr("lang"));
    }

    @Test
    void unitsPageExplainsEachUnitInBothLanguages() {
        Document en = site.page("en/units.html");
        assertEquals(List.of("10⁴ t", "km²", "kinds"), en.select("tbody th").eachText());
        assertEquals("万吨", en.selectFirst("tbody td").text());
        assertEquals("Ten thousand tonnes.", en.select("tbody tr").get(0).select("td").get(1).text());
    }

    private static String meta(Document d, String name) {
        Element e = d.selectFirst("meta[name=" + name + "]");
        assertNotNull(e, "meta " + name);
        return e.attr("content");
    }
}
