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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
class BrowserIT extends ServedInBrowser {
    /** One page of each kind, in both languages. */
    static final List<String> PAGE_TYPES = List.of("index.html", "zh/index.html", "en/index.html", "zh/ch1.html",
            "en/ch1.html", "zh/ch9.html", "en/ch9.html", "zh/about.html", "en/about.html", "zh/data-notes.html",
            "en/data-notes.html", "zh/full.html", "en/full.html", "zh/glossary.html", "en/glossary.html",
            "zh/units.html", "en/units.html", "zh/data.html", "en/data.html", "zh/tables/zl-01.html",
            "en/tables/zl-09.html", "zh/search.html?q=%E7%81%B5%E4%B8%98", "en/search.html?q=remediation",
            "zh/no-such-page.html", "zh/maps/index.html", "en/maps/key-areas.html",
            "zh/maps/remediation-zones.html", "en/maps/remediation-by-county.html", "zh/maps/county-sections.html",
            "en/maps/minerals.html", "en/counties/index.html", "zh/counties/140223.html");

    @Test
    void everyPageTypeMeetsWcag21AA() {
        List<String> violations = new ArrayList<>();
        for (String page : PAGE_TYPES) {
            open(page);
            violations.addAll(wcagViolations(page));
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
        // zh/ch1 holds about 420 stops before its footer: side contents, term links, notes, table boxes.
        for (int i = 0; i < 1000; i++) {
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
    // ---- Issue 16: tables on a phone and a desktop, paper, the header, words and comfort ----

    /** The tables' own pages, both languages: every table of the plan. */
    private static List<String> tablePages() {
        return BuiltPlan.files(".html").stream().filter(f -> f.matches("(zh|en)/tables/.*\\.html")).toList();
    }

    @Test
    void noTableColumnIsNarrowerThanThreeChineseCharactersOrFourEmsOnAPhone() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(360, 780));
        try {
            List<String> narrow = new ArrayList<>();
            List<String> pages = new ArrayList<>(tablePages());
            pages.addAll(List.of("zh/about.html", "en/about.html", "zh/data.html", "en/data.html", "zh/units.html",
                    "en/units.html"));
            for (String page : pages) {
                open(page);
                // A column is as wide as its cells of one column; 3 em is three Chinese characters.
                Object found = js("var min = document.documentElement.lang.indexOf('zh') === 0 ? 3 : 4, out = [];"
                        + " document.querySelectorAll('main table').forEach(function (t) {"
                        + "  t.querySelectorAll('th:not([colspan]), td:not([colspan])').forEach(function (c) {"
                        + "   var em = parseFloat(getComputedStyle(c).fontSize), w = c.getBoundingClientRect().width;"
                        + "   if (w < min * em - 0.5) { out.push(Math.round(w) + 'px < ' + min + ' em: '"
                        + "    + c.textContent.trim().slice(0, 20)); } }); });"
                        + " return out.slice(0, 3).join(' | ');");
                if (!String.valueOf(found).isEmpty()) {
                    narrow.add(page + ": " + found);
                }
            }
            assertEquals(List.of(), narrow);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void aTableScrolledDownAndSidewaysKeepsItsHeaderRowAndRowLabelsInView() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(360, 780));
        try {
            for (String page : List.of("zh/tables/zl-02.html", "en/tables/zl-02.html", "zh/tables/t-05.html",
                    "en/tables/t-05.html", "en/tables/zl-05.html")) {
                open(page);
                // The box just below the page's sticky header, then scrolled inside.
                js("var box = document.querySelector('.table-scroll'),"
                        + " header = document.querySelector('.site-header').getBoundingClientRect().height;"
                        + " window.scrollTo(0, box.getBoundingClientRect().top + window.scrollY - header - 8);"
                        + " box.scrollTop = 300; box.scrollLeft = 400;");
                // What is painted at the box's top edge and at its left edge, just inside it.
                String seen = String.valueOf(js("var box = document.querySelector('.table-scroll'),"
                        + " r = box.getBoundingClientRect(), head = box.querySelector('thead').getBoundingClientRect();"
                        + " function at(x, y) { var e = document.elementFromPoint(x, y); return e ? e.closest('th, td') : null; }"
                        + " var top = at(r.left + r.width * 0.7, r.top + 4), left = at(r.left + 6, head.bottom + 30);"
                        + " return [box.scrollTop > 0 && box.scrollLeft > 0,"
                        + "  !!top && !!top.closest('thead'), !!left && left.classList.contains('stick')"
                        + "  && left.tagName === 'TH'].join(' ');"));
                assertEquals("true true true", seen, page + ": scrolled; header row at the top; row label at the left");
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The text of a PDF Chromium prints from the page open now (the page's own @page sizes). */
    private static String printedText(java.nio.file.Path dir, String name, boolean firstPageOnly) throws Exception {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> pdf = (java.util.Map<String, Object>) driver.executeCdpCommand("Page.printToPDF",
                java.util.Map.of("preferCSSPageSize", true, "printBackground", false));
        java.nio.file.Path file = dir.resolve(name + ".pdf");
        java.nio.file.Files.write(file, java.util.Base64.getDecoder().decode((String) pdf.get("data")));
        List<String> command = new ArrayList<>(List.of("pdftotext", "-raw", "-enc", "UTF-8"));
        if (firstPageOnly) {
            command.addAll(List.of("-f", "1", "-l", "1"));
        }
        command.addAll(List.of(file.toString(), "-"));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("pdftotext (poppler-utils) is needed to read the printed PDF", e);
        }
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        return text;
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void printingATableOrAChapterLosesNoColumnHeaderAndPageOneCarriesThePlansTitle() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("plansite-print-");
        for (String page : List.of("en/tables/zl-05.html", "zh/ch1.html", "en/tables/t-05.html")) {
            open(page);
            @SuppressWarnings("unchecked")
            List<String> headers = (List<String>) js("return Array.from(document.querySelectorAll("
                    + "'main .plan-table thead th')).map(function (th) { return th.textContent; });");
            String title = String.valueOf(js("return document.querySelector('.site-title').textContent"));
            String issuer = String.valueOf(js("return document.querySelector('.print-masthead').textContent"));
            String name = page.replace('/', '-');
            String all = squeezed(printedText(dir, name, false));
            List<String> lost = headers.stream().filter(h -> !all.contains(squeezed(h))).toList();
            assertEquals(List.of(), lost, page + ": every column header is on paper");
            assertTrue(headers.size() > 5, page + ": headers " + headers);
            String first = squeezed(printedText(dir, name + "-1", true));
            assertTrue(first.contains(squeezed(title)), page + ": page 1 carries the plan's title: " + first);
            assertTrue(first.contains(squeezed(issuer)), page + ": page 1 carries the issuer and address: " + issuer);
            if (page.contains("/tables/")) {
                String download = String.valueOf(js("return document.querySelector('.downloads li').textContent"));
                assertTrue(!all.contains(squeezed(download)), page + ": the download list stays off paper");
            }
        }
    }

    /**
     * A table page with a chart: the chart, which cannot be split across pages, once pushed everything to
     * page 2 and left page 1 blank below the title. Page 1 now carries the table's header row and
     * the chart is still printed, its summary and notes whole.
     */
    @Test
    void printingATablePageWithAChartPutsTheTableOnPageOneAndKeepsTheChart() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("plansite-print-chart-");
        for (String page : List.of("en/tables/zl-04.html", "zh/tables/zl-05.html", "zh/tables/zl-02.html")) {
            open(page);
            @SuppressWarnings("unchecked")
            List<String> headers = (List<String>) js("return Array.from(document.querySelectorAll("
                    + "'main .plan-table thead th')).map(function (th) { return th.textContent; });");
            // The chart's summary and notes, each whole (a portrait page laid out at a landscape page's width
            // once cut their lines at the paper's edge).
            @SuppressWarnings("unchecked")
            List<String> chartTexts = (List<String>) js("return Array.from(document.querySelectorAll("
                    + "'main figure.chart .chart-summary, main figure.chart .chart-notes li')).map(function (e) {"
                    + " var c = e.cloneNode(true); c.querySelectorAll('a').forEach(function (a) { a.remove(); });"
                    + " return c.textContent; });");
            String name = page.replace('/', '-');
            String first = squeezed(printedText(dir, name + "-1", true));
            List<String> notOnPageOne = headers.stream().filter(h -> !first.contains(squeezed(h))).toList();
            assertEquals(List.of(), notOnPageOne, page + ": page 1 carries the table's header row: " + first);
            String all = squeezed(printedText(dir, name, false));
            assertTrue(chartTexts.size() >= 2, page + ": a summary and notes: " + chartTexts);
            List<String> cut = chartTexts.stream().filter(t -> !all.contains(squeezed(t))).toList();
            assertEquals(List.of(), cut, page + ": the chart's summary and notes are printed whole");
        }
    }

    /** On a phone the header's search box showed "e.g. Ling" and "例：干": its whole placeholder must fit. */
    @Test
    void theSearchBoxShowsItsWholePlaceholderOnAPhone() {
        Dimension before = driver.manage().window().getSize();
        try {
            for (int width : new int[] {320, 360}) {
                driver.manage().window().setSize(new Dimension(width, 780));
                for (String page : List.of("en/ch1.html", "zh/ch1.html", "zh/tables/zl-02.html")) {
                    open(page);
                    String fit = String.valueOf(js("var i = document.getElementById('site-search-q');"
                            + " var s = getComputedStyle(i); var c = document.createElement('canvas').getContext('2d');"
                            + " c.font = s.fontStyle + ' ' + s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;"
                            + " var room = i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);"
                            + " var need = c.measureText(i.placeholder).width;"
                            + " return (window.innerWidth === " + width + ") + ' ' + (need <= room) + ' ' + i.placeholder"
                            + " + ' ' + need.toFixed(1) + ' ' + room.toFixed(1);"));
                    assertTrue(fit.startsWith("true true "), page + " at " + width + " px: viewport, fits, placeholder, "
                            + "its width and the room for it: " + fit);
                }
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void theHeaderIsOneRowOnADesktopInEnglishAndCompactOnAPhone() {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(1280, 900));
            for (String page : List.of("en/index.html", "en/tables/zl-05.html", "en/ch1.html", "zh/ch1.html")) {
                open(page);
                // One row: every part of the header overlaps every other vertically.
                String rows = String.valueOf(js("var parts = Array.from(document.querySelectorAll("
                        + "'.header-inner > .site-title, .header-inner > .site-search, .header-inner > .font-size,"
                        + " .header-inner > .lang-switch')).map(function (e) { return e.getBoundingClientRect(); });"
                        + " var top = Math.max.apply(null, parts.map(function (r) { return r.top; }));"
                        + " var bottom = Math.min.apply(null, parts.map(function (r) { return r.bottom; }));"
                        + " return parts.length + ' ' + (top < bottom);"));
                assertEquals("4 true", rows, page + ": title, search, text size and languages on one row");
                double input = ((Number) js("return document.querySelector('.site-search input')"
                        + ".getBoundingClientRect().width")).doubleValue();
                assertTrue(input >= 160, page + ": the search box has room for its example (" + input + " px)");
            }
            driver.manage().window().setSize(new Dimension(360, 780));
            for (String page : List.of("en/index.html", "zh/index.html", "en/tables/zl-05.html")) {
                open(page);
                double height = ((Number) js("return document.querySelector('.site-header')"
                        + ".getBoundingClientRect().height")).doubleValue();
                assertTrue(height <= 64.5, page + ": the sticky header is " + height + " px tall on a phone");
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The text a reader sees on a built page, as (language of the nearest lang, text) pairs. */
    private static List<String[]> shownText(String page, String excluded) throws IOException {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(BuiltPlan.site().resolve(page).toFile(), "UTF-8");
        doc.select("script, style, template" + (excluded.isEmpty() ? "" : ", " + excluded)).remove();
        List<String[]> out = new ArrayList<>();
        // Each text as it reads, across the elements inside it: a block's text, and each text of its own.
        String blocks = "p, li, dt, dd, th, td, caption, figcaption, h1, h2, h3, h4, h5, h6, label, button, summary,"
                + " option, legend";
        doc.body().select("*").forEach(e -> {
            org.jsoup.nodes.Element lang = e.closest("[lang]");
            String code = lang == null ? doc.selectFirst("html").attr("lang") : lang.attr("lang");
            if (e.is(blocks) && e.select("[lang]").stream().allMatch(x -> x == e || x.attr("lang").equals(code))) {
                out.add(new String[] {code, e.text()});
            }
            e.textNodes().forEach(t -> out.add(new String[] {code, t.text()}));
        });
        doc.select("[placeholder], [aria-label], [title]").forEach(e -> {
            org.jsoup.nodes.Element lang = e.closest("[lang]");
            for (String a : List.of("placeholder", "aria-label", "title")) {
                if (e.hasAttr(a)) {
                    out.add(new String[] {lang == null ? "" : lang.attr("lang"), e.attr(a)});
                }
            }
        });
        return out;
    }

    @Test
    void noPageShowsAFilePathOfTheRepository() throws IOException {
        java.util.regex.Pattern path = java.util.regex.Pattern.compile(
                "\\b(content|data|site-templates|generator|docs|bench)/[\\w./-]+|\\b[\\w-]+\\.(ya?ml|ftlh|java|md)\\b");
        List<String> shown = new ArrayList<>();
        for (String page : BuiltPlan.files(".html")) {
            for (String[] t : shownText(page, "")) {
                java.util.regex.Matcher m = path.matcher(t[1]);
                if (m.find()) {
                    shown.add(page + ": " + m.group() + " in \"" + t[1].strip() + "\"");
                }
            }
        }
        assertEquals(List.of(), shown);
    }

    @Test
    void chineseInterfaceTextHasFullWidthColonsAndSemicolonsAndEnglishNone() throws IOException {
        // The plan's own prose (chapter bodies) is kept as printed, ASCII punctuation included; everything
        // else on a page is the interface's words or the data's, and follows each language's punctuation.
        java.util.regex.Pattern ascii = java.util.regex.Pattern.compile("\\p{IsHan}\\s*[:;]\\s*\\p{IsHan}");
        List<String> wrong = new ArrayList<>();
        for (String page : BuiltPlan.files(".html")) {
            for (String[] t : shownText(page, ".chapter-body")) {
                if (t[0].startsWith("zh") && ascii.matcher(t[1]).find()) {
                    wrong.add(page + " (zh): \"" + t[1].strip() + "\"");
                } else if (t[0].equals("en") && t[1].contains("：")) {
                    wrong.add(page + " (en): \"" + t[1].strip() + "\"");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTextSizeSwitchIsRememberedFromPageToPage() {
        open("zh/ch1.html");
        double normal = ((Number) js("return parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue();
        driver.findElement(By.cssSelector(".font-size button[data-size=large]")).click();
        open("en/tables/zl-05.html");
        assertEquals("large", js("return document.documentElement.getAttribute('data-font-size')"));
        assertEquals("true", driver.findElement(By.cssSelector(".font-size button[data-size=large]"))
                .getAttribute("aria-pressed"));
        double large = ((Number) js("return parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue();
        assertTrue(large > normal * 1.1, "larger text: " + normal + " -> " + large);
        driver.findElement(By.cssSelector(".font-size button[data-size=medium]")).click();
        open("zh/ch1.html");
        assertEquals(normal, ((Number) js("return parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue());
        js("localStorage.clear()");
    }

    @Test
    void theDarkSchemeKeepsEveryPageTypeAtContrastAA() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            List<String> violations = new ArrayList<>();
            for (String page : PAGE_TYPES) {
                open(page);
                assertEquals(true, js("return matchMedia('(prefers-color-scheme: dark)').matches"));
                Results results = new AxeBuilder().withRules(List.of("color-contrast")).analyze(driver);
                for (Rule rule : results.getViolations().stream().filter(r -> r.getId().equals("color-contrast")).toList()) {
                    violations.add(page + ": " + rule.getId() + " (" + rule.getNodes().size() + ") e.g. "
                            + rule.getNodes().get(0).getTarget() + " " + rule.getNodes().get(0).getFailureSummary());
                }
            }
            assertEquals(List.of(), violations);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        }
    }
}
