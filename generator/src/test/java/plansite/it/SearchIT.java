package plansite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import plansite.search.SearchTokenizer;
import plansite.search.SearchVectors;

/**
 * Search in headless Chromium over the built plan, served under a sub-path with a strict CSP: queries in
 * both languages return every section and row that has them, exact phrase first; assets/search.js splits
 * text exactly as the Java tokenizer that built the index; keyboard use; file://.
 */
class SearchIT {
    static ServedPlan plan;
    static StaticSiteServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        plan = ServedPlan.start("zh-CN");
        server = plan.server();
        driver = plan.driver();
    }

    @AfterAll
    static void stop() {
        if (plan != null) {
            plan.close();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** The hrefs of every result of a query on the results page of a language, in order. */
    private static List<String> results(String lang, String query) {
        driver.get(server.url(lang + "/search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        return shownResults();
    }

    private static List<String> shownResults() {
        waiting().until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return !status.isEmpty() && !status.equals(d.findElement(By.id("search")).getAttribute("data-msg-loading"));
        });
        // The first results come at once, the others of the first 20 once that frame is drawn.
        waiting().until(d -> d.findElement(By.id("search-results")).getDomAttribute("aria-busy") == null);
        List<WebElement> more = driver.findElements(By.cssSelector(".search-more button"));
        if (!more.isEmpty()) {
            more.get(0).click();
        }
        List<String> out = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("#search-results .search-result > a"))) {
            out.add(a.getAttribute("data-href") != null ? a.getAttribute("data-href") : a.getDomAttribute("href"));
        }
        return out;
    }

    /** The index the build wrote for a language, as JSON. */
    private static JsonNode index(String lang) throws IOException {
        String js = Files.readString(BuiltPlan.site().resolve("assets/search-index-" + lang + ".js"), StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(js.substring(js.indexOf("] = ") + 4, js.lastIndexOf(';')));
    }

    /** The documents whose title or text has the query exactly (folded, spaces beside Han ignored), in order. */
    private static List<String> exactly(JsonNode index, String query) {
        String phrase = compact(SearchTokenizer.fold(query).strip());
        List<String> out = new ArrayList<>();
        for (JsonNode doc : index.get("docs")) {
            if (compact(SearchTokenizer.fold(doc.get(2).asText())).contains(phrase)
                    || compact(SearchTokenizer.fold(doc.get(4).asText())).contains(phrase)) {
                out.add(doc.get(1).asText());
            }
        }
        return out;
    }

    private static String compact(String folded) {
        return folded.replaceAll(" (?=\\p{IsHan})|(?<=\\p{IsHan}) ", "");
    }

    private static void assertFindsEveryPlaceExactFirst(String lang, String query, int atLeast) throws IOException {
        List<String> expected = new ArrayList<>(new LinkedHashSet<>(exactly(index(lang), query)));
        assertTrue(expected.size() >= atLeast, query + " occurs in the plan: " + expected);
        List<String> found = results(lang, query);
        assertTrue(found.size() >= expected.size(), query + ": " + found);
        assertEquals(new LinkedHashSet<>(expected), new LinkedHashSet<>(found.subList(0, expected.size())),
                query + ": every place that has it, before any that has only its parts");
    }

    /** The documents whose names or text have the query's keys one after another (English: its stems). */
    private static List<String> stemsInARow(JsonNode index, String query) {
        String want = " " + String.join(" ", SearchTokenizer.keys(SearchTokenizer.fold(query)).stream()
                .map(SearchTokenizer.Key::key).toList()) + " ";
        List<String> out = new ArrayList<>();
        for (JsonNode doc : index.get("docs")) {
            List<String> texts = new ArrayList<>(List.of(doc.get(2).asText(), doc.get(4).asText()));
            if (doc.size() > 5) {
                doc.get(5).forEach(f -> texts.add(f.asText()));
            }
            for (String t : texts) {
                String got = " " + String.join(" ", SearchTokenizer.keys(SearchTokenizer.fold(t)).stream()
                        .map(SearchTokenizer.Key::key).toList()) + " ";
                if (got.contains(want)) {
                    out.add(doc.get(1).asText());
                    break;
                }
            }
        }
        return out;
    }

    private static void assertFindsEveryPlaceWithTheStemsInARowFirst(String lang, String query, int atLeast)
            throws IOException {
        List<String> expected = new ArrayList<>(new LinkedHashSet<>(stemsInARow(index(lang), query)));
        assertTrue(expected.size() >= atLeast, query + " occurs in the plan: " + expected);
        // A result whose title holds every word, apart, ranks above the phrase in a text (issue 17's tiers).
        Set<String> titled = titledWithEveryWord(index(lang), query);
        List<String> found = results(lang, query).stream().filter(h -> expected.contains(h) || !titled.contains(h))
                .toList();
        assertEquals(new LinkedHashSet<>(expected), new LinkedHashSet<>(found.subList(0, expected.size())),
                query + ": every place that has its words in a row (any form), before any that has them apart");
    }

    private static Set<String> titledWithEveryWord(JsonNode index, String query) {
        List<String> want = SearchTokenizer.keys(SearchTokenizer.fold(query)).stream().map(SearchTokenizer.Key::key)
                .toList();
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode doc : index.get("docs")) {
            Set<String> got = new java.util.HashSet<>(SearchTokenizer.keys(SearchTokenizer.fold(doc.get(2).asText()))
                    .stream().map(SearchTokenizer.Key::key).toList());
            if (got.containsAll(want)) {
                out.add(doc.get(1).asText());
            }
        }
        return out;
    }

    @Test
    void chineseWordsThatNoDictionaryKnowsFindEverySectionAndRowThatHasThemExactFirst() throws IOException {
        assertFindsEveryPlaceExactFirst("zh", "干热岩", 5);
        assertFindsEveryPlaceExactFirst("zh", "冶镁白云岩", 5);
        assertFindsEveryPlaceExactFirst("zh", "晋自然资办函", 1);
        assertFindsEveryPlaceExactFirst("zh", "矿山地质环境", 20);
        assertFindsEveryPlaceExactFirst("zh", "煤", 50);
    }

    @Test
    void aPlaceNameFindsTheTableRowsAboutIt() throws IOException {
        assertFindsEveryPlaceExactFirst("zh", "灵丘", 10);
        List<String> rows = results("zh", "灵丘").stream().filter(h -> h.startsWith("tables/")).toList();
        assertTrue(rows.contains("tables/zl-10.html#zl-10-r4"), rows.toString());
        assertTrue(rows.contains("tables/zl-04.html#zl-04-r8"), rows.toString());
        assertFindsEveryPlaceExactFirst("en", "Lingqiu", 10);
    }

    @Test
    void idsYearsAndScalesMixingLettersDigitsAndChineseAreFound() throws IOException {
        assertEquals("tables/zl-10.html#zl-10-r4", results("zh", "KZ04").get(0));
        assertEquals("tables/zl-15.html#zl-15-r3", results("zh", "III3").get(0));
        assertEquals("tables/zl-15.html#zl-15-r3", results("zh", "ｉｉｉ３").get(0), "full-width forms fold");
        assertFindsEveryPlaceExactFirst("zh", "2025年", 5);
        assertFindsEveryPlaceExactFirst("zh", "1:5万", 3);
        assertFindsEveryPlaceExactFirst("en", "KZ04", 1);
    }

    @Test
    void englishFindsEveryFormOfAWordAsOneTypesAndThroughATypo() throws IOException {
        Set<String> remediation = new LinkedHashSet<>(results("en", "remediation"));
        assertTrue(remediation.size() >= 10, remediation.toString());
        assertEquals(remediation, new LinkedHashSet<>(results("en", "Remediate")), "stemmed and case-folded");
        assertTrue(results("en", "remedi").containsAll(remediation), "a word still being typed");
        assertEquals(remediation, new LinkedHashSet<>(results("en", "remediaton")), "one letter missing");
        assertEquals(new LinkedHashSet<>(results("en", "graphite")), new LinkedHashSet<>(results("en", "graphites")));
        assertEquals(List.of(), results("en", "the of and"), "stop words alone find nothing");
        assertFindsEveryPlaceWithTheStemsInARowFirst("en", "mining rights", 5);
    }

    /** The Datong plan has a glossary, county pages and maps, and its search page says they are searched. */
    @Test
    void theSearchPageNamesEveryKindOfPageItSearches() {
        driver.get(server.url("zh/search.html"));
        assertEquals("搜索规划的各章各节、表格的每一行、术语表、各县区页面和地图页面。输入时即显示结果。",
                driver.findElement(By.id("search-help")).getText());
        driver.get(server.url("en/search.html"));
        assertEquals("Searches every section of every chapter, every row of every table, the glossary, the county pages"
                + " and the map pages. Results show as you type.", driver.findElement(By.id("search-help")).getText());
    }

    /**
     * search.js looks for Han characters in a document's text as it is, without folding it, when the text has no
     * character that folding turns into Han characters or into nothing: its list of those must hold every one
     * that this browser's Unicode knows (folding every code point here), or a query could miss a document.
     */
    @Test
    void everyCharacterThatFoldsIntoHanOrNothingIsOneTheScanFoldsFirst() {
        driver.get(server.url("zh/search.html"));
        waiting().until(d -> js("return !!window.plansiteSearchEngine").equals(Boolean.TRUE));
        Object missed = js("""
                var e = plansiteSearchEngine, out = [];
                for (var cp = 0; cp <= 0x10ffff; cp++) {
                  if (cp >= 0xd800 && cp <= 0xdfff) { continue; }
                  var ch = String.fromCodePoint(cp), f = e.fold(ch);
                  if (f !== ch && (f === "" || /\\p{Script=Han}/u.test(f)) && !e.foldsAway.test(ch)) { out.push(cp.toString(16)); }
                }
                return out.join(" ");""");
        assertEquals("", missed);
    }

    @Test
    void resultsNameTheirPlaceAndMarkTheTermsInTheirSnippetsAsText() {
        results("zh", "干热岩");
        WebElement row = driver.findElements(By.cssSelector("#search-results .search-result")).stream()
                .filter(li -> "tables/zl-14.html#zl-14-r6".equals(li.findElement(By.cssSelector("a")).getDomAttribute("href")))
                .findFirst().orElseThrow();
        assertTrue(row.findElement(By.cssSelector(".search-context")).getText().startsWith("专栏 14"));
        List<String> marked = row.findElements(By.cssSelector(".search-snippet mark")).stream().map(WebElement::getText)
                .toList();
        assertTrue(marked.contains("干热岩"), marked.toString());
        assertEquals("找到 " + driver.findElements(By.cssSelector(".search-result")).size() + " 条结果",
                driver.findElement(By.id("search-status")).getText());
        assertEquals("polite", driver.findElement(By.id("search-status")).getAttribute("aria-live"));
        // A query is never markup: it is shown as text.
        results("zh", "<img src=x onerror=alert(1)>灵丘");
        assertTrue(driver.findElements(By.cssSelector("#search-results img")).isEmpty());
    }

    @Test
    void aRowResultLeadsToTheRowHighlighted() {
        results("zh", "KZ04");
        driver.findElement(By.cssSelector("#search-results .search-result > a")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/zh/tables/zl-10.html#zl-10-r4"));
        WebElement row = driver.findElement(By.id("zl-10-r4"));
        String highlighted = row.findElement(By.cssSelector("th, td")).getCssValue("background-color");
        String plain = driver.findElement(By.id("zl-10-r3")).findElement(By.cssSelector("th, td"))
                .getCssValue("background-color");
        assertFalse(highlighted.equals(plain), highlighted + " vs " + plain);
    }

    @Test
    void theKeyboardReachesTheBoxWithSlashAndMovesThroughResultsWithArrows() {
        driver.get(server.url("zh/ch1.html"));
        waiting().until(d -> d.findElement(By.cssSelector("form[data-search-form]")).isDisplayed());
        new Actions(driver).sendKeys("/").perform();
        WebElement box = driver.switchTo().activeElement();
        assertEquals("site-search-q", box.getAttribute("id"));
        box.sendKeys("干热岩", Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/zh/search.html?q="));
        List<String> hrefs = shownResults();
        WebElement input = driver.findElement(By.id("search-q"));
        assertEquals("干热岩", input.getAttribute("value"));
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(hrefs.get(0), driver.switchTo().activeElement().getDomAttribute("href"));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals(hrefs.get(1), driver.switchTo().activeElement().getDomAttribute("href"));
        new Actions(driver).sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP).perform();
        assertEquals("search-q", driver.switchTo().activeElement().getAttribute("id"));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
        waiting().until(d -> d.getCurrentUrl().endsWith("/zh/" + hrefs.get(0)));
    }

    @Test
    void resultsFollowTheTypingAndTheAddressCanBeShared() {
        driver.get(server.url("en/search.html"));
        WebElement input = waiting().until(d -> d.findElement(By.id("search-q")));
        input.sendKeys("lingq");
        waiting().until(d -> d.getCurrentUrl().endsWith("search.html?q=lingq"));
        List<String> typed = shownResults();
        assertTrue(typed.size() >= 10, typed.toString());
        assertEquals(typed, results("en", "lingq"), "the address gives the same results");
    }

    @Test
    void withoutJavaScriptTheHeaderSaysSearchNeedsItInsteadOfShowingABrokenForm() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            driver.get(server.url("zh/ch1.html"));
            assertFalse(driver.findElement(By.cssSelector("form[data-search-form]")).isDisplayed());
            WebElement message = driver.findElement(By.cssSelector(".site-header .search-nojs"));
            assertTrue(message.isDisplayed());
            assertTrue(message.getText().startsWith("搜索需要启用 JavaScript"), message.getText());
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }

    @Test
    void searchWorksFromAFolderOpenedWithoutAServer() {
        driver.get(BuiltPlan.site().resolve("zh/search.html").toUri() + "?q=" + URLEncoder.encode("干热岩",
                StandardCharsets.UTF_8));
        assertTrue(shownResults().contains("glossary.html#term-hot-dry-rock"));
    }

    @Test
    void theJavaScriptTokenizerSplitsEverySharedVectorAsTheJavaOneDoes() {
        driver.get(server.url("zh/search.html"));
        waiting().until(d -> js("return !!window.plansiteSearchEngine").equals(Boolean.TRUE));
        List<String> wrong = new ArrayList<>();
        JsonNode vectors = SearchVectors.read();
        for (JsonNode v : vectors.get("texts")) {
            Object folded = js("return plansiteSearchEngine.fold(arguments[0])", v.get("text").asText());
            // The same folding again, the slow way that also maps each character back for snippets.
            Object mapped = js("return plansiteSearchEngine.fold(arguments[0], true).text", v.get("text").asText());
            Object keys = js("var e = plansiteSearchEngine; return e.keys(e.fold(arguments[0])).map(function (k) {"
                    + " return k.key; })", v.get("text").asText());
            List<String> expected = new ArrayList<>();
            v.get("keys").forEach(k -> expected.add(k.asText()));
            if (!v.get("folded").asText().equals(folded) || !folded.equals(mapped) || !expected.equals(keys)) {
                wrong.add(v.get("text").asText() + " → " + folded + " " + keys);
            }
        }
        for (JsonNode v : vectors.get("stems")) {
            Object stem = js("return plansiteSearchEngine.stem(arguments[0])", v.get("word").asText());
            if (!v.get("stem").asText().equals(stem)) {
                wrong.add(v.get("word").asText() + " → " + stem);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theJavaScriptTokenizerSplitsEveryDocumentOfThePlanAsTheIndexWasBuilt() {
        for (String lang : List.of("zh", "en")) {
            results(lang, "2025");
            Object mismatches = js("""
                    var e = plansiteSearchEngine, index = plansiteSearch[arguments[0]], byDoc = index.docs.map(function () {
                      return {}; });
                    Object.keys(index.keys).forEach(function (k) {
                      var d = 0; index.keys[k].forEach(function (g) { d += g; byDoc[d][k] = true; }); });
                    var wrong = [];
                    index.docs.forEach(function (doc, d) {
                      var mine = {};
                      var text = [doc[2]].concat(doc[5] || []).concat([doc[4]]).join(" "), folded = e.fold(text);
                      e.keys(folded).forEach(function (k) { mine[k.key] = true; });
                      // Every key the index lists for it is one the script makes of its names and text; every key
                      // the script makes is listed, or a Han key no other document has, which the index leaves out.
                      // A county page is indexed with what it holds, beyond what it shows.
                      var listed = Object.keys(byDoc[d]).every(function (k) { return mine[k] || doc[0] === "c"; });
                      var made = Object.keys(mine).every(function (k) {
                        return byDoc[d][k] || !index.keys[k] && /^\\p{Script=Han}+$/u.test(k); });
                      var same = listed && made;
                      if (!same || e.fold(text, true).text !== folded) { wrong.push(doc[1]); }
                    });
                    return wrong;""", lang);
            assertEquals(List.of(), mismatches, lang);
        }
    }

    /** The judged queries (test resources search/judged.yaml): query, language and best targets. */
    private record Judged(String lang, String q, List<String> targets) {}

    private static List<Judged> judged() throws IOException {
        JsonNode all = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(SearchIT.class.getResourceAsStream("/search/judged.yaml")).get("queries");
        List<Judged> out = new ArrayList<>();
        for (JsonNode j : all) {
            List<String> targets = new ArrayList<>();
            j.get("targets").forEach(t -> targets.add(t.asText()));
            out.add(new Judged(j.get("lang").asText(), j.get("q").asText(), targets));
        }
        return out;
    }

    /** The hrefs a query gives, in order, from the engine of the results page with the language's index. */
    @SuppressWarnings("unchecked")
    private static List<String> ranked(String lang, String query) {
        return (List<String>) js("""
                var data = plansiteSearch[arguments[0]];
                return plansiteSearchEngine.search(data, arguments[1]).results.map(function (r) { return data.docs[r.doc][1]; });""",
                lang, query);
    }

    /** Strict (same page and anchor) and page-level ranks of the first right answer: 0 when there is none. */
    private static int[] ranks(List<String> hrefs, List<String> targets) {
        List<String> pages = targets.stream().map(t -> t.split("#")[0]).toList();
        int strict = 0;
        int page = 0;
        for (int i = 0; i < hrefs.size() && (strict == 0 || page == 0); i++) {
            if (strict == 0 && targets.contains(hrefs.get(i))) {
                strict = i + 1;
            }
            if (page == 0 && pages.contains(hrefs.get(i).split("#")[0])) {
                page = i + 1;
            }
        }
        return new int[] {strict, page};
    }

    /**
     * The judged suite: strict MRR, success at 1 and 3 and page-level MRR over every judged query, and strict
     * MRR per language, each at least what was measured when the ranking was made (strict MRR 0.991,
     * success@1 0.988, success@3 0.988, page-level 0.992; zh 1.000, en 0.981) less a margin for rewording.
     */
    @Test
    void theJudgedQueriesFindTheirBestTargetsFirst() throws IOException {
        List<Judged> all = judged();
        assertTrue(all.size() >= 60, "at least 60 judged queries");
        java.util.Map<String, List<int[]>> byLang = new java.util.TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            driver.get(server.url(lang + "/search.html"));
            waiting().until(d -> js("return !!window.plansiteSearchEngine").equals(Boolean.TRUE));
            js("var s = document.createElement('script'); s.src = document.getElementById('search').getAttribute('data-index');"
                    + " document.head.appendChild(s);");
            waiting().until(d -> js("return !!(window.plansiteSearch && plansiteSearch[arguments[0]])", lang)
                    .equals(Boolean.TRUE));
            // A judgement names documents of the index: one whose target has gone (a glossary entry renamed)
            // would count as a miss for a reason that is not the ranking's.
            @SuppressWarnings("unchecked")
            java.util.Set<String> indexed = new java.util.HashSet<>((List<String>) js(
                    "return plansiteSearch[arguments[0]].docs.map(function (d) { return d[1]; });", lang));
            for (Judged j : all) {
                if (j.lang().equals(lang)) {
                    j.targets().forEach(t -> assertTrue(indexed.contains(t), lang + " '" + j.q() + "': the judged target "
                            + t + " is no document of the index"));
                    List<String> hrefs = ranked(lang, j.q());
                    int[] r = ranks(hrefs, j.targets());
                    byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(r);
                    if (r[0] != 1) {
                        misses.add(lang + " " + j.q() + ": strict rank " + r[0] + ", first " + hrefs.stream().limit(3).toList());
                    }
                }
            }
        }
        List<int[]> every = byLang.values().stream().flatMap(List::stream).toList();
        String report = "strict MRR " + mrr(every, 0) + ", S@1 " + at(every, 1) + ", S@3 " + at(every, 3) + ", page MRR "
                + mrr(every, 1) + ", zh " + mrr(byLang.get("zh"), 0) + ", en " + mrr(byLang.get("en"), 0) + "; not first: " + misses;
        System.out.println("judged search: " + report);
        assertTrue(mrr(every, 0) >= 0.95, report);
        assertTrue(at(every, 1) >= 0.93, report);
        assertTrue(at(every, 3) >= 0.96, report);
        assertTrue(mrr(every, 1) >= 0.96, report);
        assertTrue(mrr(byLang.get("zh"), 0) >= 0.95 && mrr(byLang.get("en"), 0) >= 0.93, report);
    }

    private static double mrr(List<int[]> ranks, int which) {
        return ranks.stream().mapToDouble(r -> r[which] == 0 ? 0 : 1.0 / r[which]).average().orElse(0);
    }

    private static double at(List<int[]> ranks, int k) {
        return ranks.stream().mapToDouble(r -> r[0] > 0 && r[0] <= k ? 1 : 0).average().orElse(0);
    }

    /** The issue's own examples, on the results page as a reader meets it: the page about it comes first. */
    @Test
    void aCountyAMineralAndAConceptLeadToTheirPageSectionOrGlossaryEntryFirst() {
        assertTrue(List.of("counties/140224.html", "glossary.html#term-lingqiu-county").contains(results("zh", "灵丘").get(0)));
        assertTrue(List.of("ch9.html#ch9-s3", "counties/140223.html", "glossary.html#term-guangling-county")
                .contains(results("zh", "广灵县").get(0)));
        assertTrue(List.of("counties/140224.html", "glossary.html#term-lingqiu-county")
                .contains(results("en", "Lingqiu County").get(0)));
        assertEquals("glossary.html#term-graphite", results("en", "graphite").get(0));
        assertEquals("glossary.html#term-graphite", results("zh", "石墨").get(0));
        List<String> lingqiu = results("zh", "灵丘");
        assertEquals(new LinkedHashSet<>(lingqiu).size(), lingqiu.size(), "one result per target: " + lingqiu);
        WebElement county = driver.findElements(By.cssSelector("#search-results .search-result")).stream()
                .filter(li -> "counties/140224.html".equals(li.findElement(By.cssSelector("a")).getDomAttribute("href")))
                .findFirst().orElseThrow();
        assertEquals("县区", county.findElement(By.cssSelector(".search-kind")).getText());
        // Other forms of a glossary term are its synonyms: the plan says legacy, the reader historic.
        assertTrue(results("en", "remediation of historic mines").contains("glossary.html#term-legacy-mines"));
    }
}
