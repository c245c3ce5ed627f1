package plansite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built plan in headless Chromium, served under a sub-path with {@code Content-Security-Policy:
 * default-src 'self'}: WCAG 2.1 A/AA by axe-core, no console errors, no sideways scrolling on a phone,
 * keyboard use, and the language switch.
 */
class BrowserIT {
    /** One page of each kind, in both languages. */
    static final List<String> PAGE_TYPES = List.of("index.html", "zh/index.html", "en/index.html", "zh/ch1.html",
            "en/ch1.html", "zh/ch9.html", "en/ch9.html", "zh/about.html", "en/about.html", "zh/data-notes.html",
            "en/data-notes.html", "zh/full.html", "en/full.html", "zh/glossary.html", "en/glossary.html",
            "zh/units.html", "en/units.html", "zh/data.html", "en/data.html", "zh/tables/zl-01.html",
            "en/tables/zl-09.html", "zh/search.html?q=%E7%81%B5%E4%B8%98", "en/search.html?q=remediation",
            "zh/no-such-page.html", "zh/maps/index.html", "en/maps/key-areas.html",
            "zh/maps/remediation-zones.html", "en/maps/remediation-by-county.html", "zh/maps/county-sections.html",
            "en/maps/minerals.html", "en/counties/index.html", "zh/counties/140223.html");

    static StaticSiteServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        server = new StaticSiteServer(BuiltPlan.site());
        driver = Browser.start("en-US");
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void open(String sitePath) {
        driver.get(server.url(sitePath));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void everyPageTypeMeetsWcag21AA() {
        List<String> violations = new ArrayList<>();
        for (String page : PAGE_TYPES) {
            open(page);
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(driver);
            for (Rule rule : results.getViolations()) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp()
                        + " e.g. " + rule.getNodes().get(0).getTarget());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noPageLogsAnErrorOrAContentSecurityPolicyViolation() {
        Browser.errors(driver);
        List<String> errors = new ArrayList<>();
        for (String page : BuiltPlan.files(".html")) {
            if (page.equals("index.html") || page.equals("404.html")) {
                continue; // the root moves on to a language home; 404 is checked at its own base path
            }
            open(page);
            Browser.errors(driver).forEach(e -> errors.add(page + ": " + e));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void theNotFoundPageWorksAtAnyDepthUnderTheSitesBasePath() throws IOException {
        try (StaticSiteServer atBase = new StaticSiteServer(BuiltPlan.site(), "/mineral-plan-2021-2025/")) {
            Browser.errors(driver);
            String missing = atBase.url("zh/deep/missing/page.html");
            driver.get(missing);
            assertEquals(List.of(), Browser.errors(driver).stream().filter(e -> !e.startsWith(missing + " ")).toList(),
                    "its stylesheet and icon load; only the page itself is a 404");
            driver.findElement(By.cssSelector("main a[hreflang=en]")).click();
            assertTrue(driver.getCurrentUrl().endsWith("/mineral-plan-2021-2025/en/index.html"), driver.getCurrentUrl());
        }
    }

    @Test
    void noPageScrollsSidewaysOnA360PixelScreen() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(360, 780));
        try {
            List<String> wide = new ArrayList<>();
            for (String page : BuiltPlan.files(".html")) {
                open(page);
                long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
                long viewport = ((Number) js("return document.documentElement.clientWidth")).longValue();
                if (scroll > viewport) {
                    wide.add(page + ": " + scroll + " > " + viewport);
                }
            }
            assertEquals(List.of(), wide);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void nothingMovesOnAPhoneAsTheScriptsShowTheSearchBoxAndDrawTheMap() {
        // Lighthouse measured layout shifts of 0.3 (the search box appearing pushed the language switch across
        // the header) and 0.2 (the map canvas growing as the map was drawn pushed the page down).
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(412, 823));
        try {
            for (String page : List.of("zh/index.html", "en/ch1.html", "zh/search.html")) {
                open(page);
                String where = "var r = document.querySelector('.lang-switch').getBoundingClientRect();"
                        + " var m = document.querySelector('main').getBoundingClientRect();"
                        + " return [r.left, r.top, m.top, document.documentElement.scrollHeight].join(' ');";
                Object shown = js(where);
                js("document.querySelectorAll('form[data-search-form]').forEach(function (f) { f.hidden = true; });");
                assertEquals(shown, js(where), page + ": the search box had its place before it was shown");
            }
            open("zh/maps/key-areas.html");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(
                    By.cssSelector(".map-canvas.map-live")).isEmpty());
            // A canvas as the page has it before the script draws in it: as tall as the drawn one.
            assertEquals(js("return document.querySelector('.map-canvas').getBoundingClientRect().height"),
                    js("var probe = document.createElement('div'); probe.className = 'map-canvas';"
                            + " var c = document.querySelector('.map-canvas'); c.parentNode.insertBefore(probe, c);"
                            + " var h = probe.getBoundingClientRect().height; probe.remove(); return h;"));
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void theLanguageSwitchLandsOnTheSameSection() {
        open("zh/ch1.html#ch1-s3-1");
        driver.findElement(By.cssSelector("a[data-lang-switch]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/en/"));
        assertTrue(driver.getCurrentUrl().endsWith("/en/ch1.html#ch1-s3-1"), driver.getCurrentUrl());
        // Reading on: the switch, always in view, follows the section being read.
        js("document.getElementById('ch1-s4').scrollIntoView()");
        driver.findElement(By.cssSelector("a[data-lang-switch]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/zh/"));
        assertTrue(driver.getCurrentUrl().endsWith("/zh/ch1.html#ch1-s4"), driver.getCurrentUrl());
    }

    @Test
    void aKeyboardReachesTheSkipLinkContentsTablesAndFooterWithVisibleFocus() {
        open("zh/ch1.html");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("跳到正文", skip.getText());
        assertTrue(skip.isDisplayed(), "the skip link shows when focused");
        assertNotEquals("none", skip.getCssValue("outline-style"), "focus is visible");
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", driver.switchTo().activeElement().getAttribute("id"));
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement e = driver.switchTo().activeElement();
            String what = e.getTagName() + (e.getAttribute("class") == null ? "" : "." + e.getAttribute("class"));
            reached.add(what);
            if (e.getTagName().equals("a") || e.getAttribute("role") != null) {
                assertNotEquals("none", e.getCssValue("outline-style"), "focus is visible on " + what);
            }
            if (what.contains("footer") || e.findElements(By.xpath("ancestor::footer")).size() > 0) {
                break;
            }
        }
        assertTrue(reached.stream().anyMatch(r -> r.startsWith("a")), "links inside the contents");
        assertTrue(reached.stream().anyMatch(r -> r.contains("table-scroll")), "tables scroll by keyboard: " + reached);
        assertTrue(driver.switchTo().activeElement().findElements(By.xpath("ancestor::footer")).size() > 0,
                "the walk reaches the footer");
    }

    /** Every map page and a county page, in both languages. */
    static final List<String> MAP_PAGES = List.of("maps/key-areas.html", "maps/remediation-zones.html",
            "maps/remediation-by-county.html", "maps/county-sections.html", "maps/minerals.html",
            "counties/140215.html");

    @Test
    void everyMapDrawsTheTenCountiesAndOpensACountysPopupByKeyboard() {
        for (String lang : List.of("zh", "en")) {
            for (String page : MAP_PAGES) {
                open(lang + "/" + page);
                String where = lang + "/" + page;
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(
                        By.cssSelector(".map-canvas path.leaflet-interactive")).isEmpty());
                List<WebElement> counties = driver.findElements(By.cssSelector(".map-canvas path.leaflet-interactive"));
                assertEquals(10, counties.size(), where + ": the ten county polygons");
                assertEquals(10, driver.findElements(By.cssSelector(".map-canvas .county-label")).size(),
                        where + ": a label per county");
                WebElement county = counties.get(3);
                assertEquals("0", county.getAttribute("tabindex"), where + ": a county is in the tab order");
                assertEquals("button", county.getAttribute("role"));
                String name = county.getAttribute("aria-label");
                assertTrue(name != null && !name.isBlank(), where + ": a county has a name");
                js("arguments[0].focus()", county);
                new Actions(driver).sendKeys(Keys.ENTER).perform();
                WebElement popup = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(
                        By.cssSelector(".leaflet-popup-content")));
                WebElement link = popup.findElement(By.cssSelector("p > a"));
                assertTrue(link.getAttribute("href").matches(".*/" + lang + "/counties/1402\\d\\d\\.html"),
                        where + ": the popup links to the county's page: " + link.getAttribute("href"));
                assertTrue(name.startsWith(link.getText()), where + ": the popup is of " + name);
                assertEquals(link, driver.switchTo().activeElement(), where + ": focus moves into the popup");
            }
        }
    }

    @Test
    void theMeasureSwitchRecoloursTheRemediationMap() {
        open("en/maps/remediation-by-county.html");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector(".map-canvas path.leaflet-interactive")).isEmpty());
        String before = String.valueOf(js("return Array.from(document.querySelectorAll("
                + "'.map-canvas path.leaflet-interactive')).map(p => p.getAttribute('fill')).join()"));
        assertTrue(driver.findElement(By.cssSelector(".map-legend")).isDisplayed(), "a legend");
        driver.findElements(By.cssSelector("fieldset.map-measures input")).get(4).click();
        String after = String.valueOf(js("return Array.from(document.querySelectorAll("
                + "'.map-canvas path.leaflet-interactive')).map(p => p.getAttribute('fill')).join()"));
        assertNotEquals(before, after, "Box 5's completed area colours the counties differently from Box 4's area"
                + " to remediate");
    }

    @Test
    void theWheelScrollsThePageOverAMapInsteadOfZoomingIt() {
        open("zh/maps/key-areas.html");
        WebElement canvas = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(
                By.cssSelector(".map-canvas.map-live")));
        js("window.scrollTo(0, 0)");
        String shape = driver.findElements(By.cssSelector(".map-canvas path.leaflet-interactive")).get(0)
                .getAttribute("d");
        new Actions(driver).scrollFromOrigin(org.openqa.selenium.interactions.WheelInput.ScrollOrigin
                .fromElement(canvas), 0, 300).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) js("return window.scrollY"))
                .doubleValue() > 0);
        assertEquals(shape, driver.findElements(By.cssSelector(".map-canvas path.leaflet-interactive")).get(0)
                .getAttribute("d"), "the map did not zoom");
    }

    @Test
    void everyDownloadServesItsContentType() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        java.util.Map<String, String> expected = java.util.Map.of(".csv", "text/csv; charset=utf-8",
                ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".json", "application/json; charset=utf-8", ".zip", "application/zip",
                ".geojson", "application/geo+json; charset=utf-8", ".md", "text/markdown; charset=utf-8");
        List<String> wrong = new ArrayList<>();
        for (String file : BuiltPlan.files("")) {
            if (!file.startsWith("data/")) {
                continue;
            }
            String ext = file.substring(file.lastIndexOf('.'));
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(file))).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !type.equals(expected.get(ext))) {
                wrong.add(file + ": " + response.statusCode() + " " + type);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCatalogueFiltersTablesByChapter() {
        open("zh/data.html");
        var select = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("chapter-filter")));
        select.selectByValue("ch9");
        long visible = driver.findElements(By.cssSelector("#catalogue-table tbody tr")).stream()
                .filter(WebElement::isDisplayed).count();
        assertEquals(7, visible, "the seven county tables of chapter 9");
        select.selectByValue("");
        assertTrue(driver.findElements(By.cssSelector("#catalogue-table tbody tr")).stream()
                .allMatch(WebElement::isDisplayed));
    }

    @Test
    void theRootPageGoesOnToTheBrowsersLanguage() {
        open("index.html");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/en/index.html"));
        ChromeDriver chinese = Browser.start("zh-CN");
        try {
            chinese.get(server.url("index.html"));
            new WebDriverWait(chinese, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/zh/index.html"));
        } finally {
            chinese.quit();
        }
    }
}
