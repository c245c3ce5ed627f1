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
        List<String> expected = exactly(index(lang), query);
        assertTrue(expected.size() >= atLeast, query + " occurs in the plan: " + expected);
        List<String> found = results(lang, query);
        assertTrue(found.size() >= expected.size(), query + ": " + found);
        assertEquals(new LinkedHashSet<>(expected), new LinkedHashSet<>(found.subList(0, expected.size())),
                query + ": every place that has it, before any that has only its parts");
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
        assertFindsEveryPlaceExactFirst("en", "mining rights", 5);
    }

    @Test
    void resultsNameTheirPlaceAndMarkTheTermsInTheirSnippetsAsText() {
        results("zh", "干热岩");
        WebElement first = driver.findElement(By.cssSelector("#search-results .search-result"));
        assertTrue(first.findElement(By.cssSelector(".search-context")).getText().startsWith("专栏 14"));
        List<String> marked = first.findElements(By.cssSelector(".search-snippet mark")).stream().map(WebElement::getText)
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
                      var text = doc[2] + " " + doc[4], folded = e.fold(text);
                      e.keys(folded).forEach(function (k) { mine[k.key] = true; });
                      var a = Object.keys(mine).sort().join(" "), b = Object.keys(byDoc[d]).sort().join(" ");
                      if (a !== b || e.fold(text, true).text !== folded) { wrong.push(doc[1]); }
                    });
                    return wrong;""", lang);
            assertEquals(List.of(), mismatches, lang);
        }
    }
}
