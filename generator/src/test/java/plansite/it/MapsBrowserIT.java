package plansite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Maps and way-finding in headless Chromium (the plan served with {@code default-src 'self'}): the maps stay
 * below the sticky header, their popups inside the map on a phone, their legends say what they count; the
 * previous and next links of tables, maps and counties; the glossary's index and filter; a term's definition
 * in place; the contents beside a chapter and back to top.
 */
class MapsBrowserIT extends ServedInBrowser {
    private static void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Every map and county page, both languages, the indexes included. */
    private static List<String> mapAndCountyPages() {
        return BuiltPlan.files(".html").stream().filter(p -> p.matches("(zh|en)/(maps|counties)/.*")).toList();
    }

    /**
     * Points over the header, 12 across and 3 down, where something other than the header (or what is in it)
     * is the topmost element: "x,y: what".
     */
    private static final String OVER_HEADER = """
            var h = document.querySelector('.site-header'), r = h.getBoundingClientRect(), out = [];
            for (var i = 0; i < 12; i++) { for (var j = 0; j < 3; j++) {
              var x = r.left + (i + 0.5) * r.width / 12, y = r.top + (j + 0.5) * r.height / 3;
              var e = document.elementFromPoint(x, y);
              if (e && !h.contains(e)) { out.push(Math.round(x) + ',' + Math.round(y) + ': ' + e.tagName + '.'
                + (typeof e.className === 'string' ? e.className : e.getAttribute('class'))); }
            } }
            return out;""";

    @Test
    void noPartOfAMapOrCountyPagePaintsOverTheStickyHeaderAtAnyScrollPosition() {
        List<String> over = new ArrayList<>();
        for (int[] screen : new int[][] {{1280, 900}, {360, 800}}) {
            size(screen[0], screen[1]);
            for (String page : mapAndCountyPages()) {
                open(page);
                long height = ((Number) js("return document.documentElement.scrollHeight - innerHeight")).longValue();
                // The top of the page, the map half under the header, the map's foot under it, then further down.
                Number mapTop = (Number) js("var c = document.querySelector('.map-canvas');"
                        + " return c ? c.getBoundingClientRect().top + scrollY : 0");
                List<Long> positions = new ArrayList<>(List.of(0L, mapTop.longValue() - 40, mapTop.longValue() + 200,
                        height / 4, height / 2, height * 3 / 4, height));
                for (long y : positions) {
                    js("window.scrollTo(0, arguments[0])", Math.max(0, y));
                    @SuppressWarnings("unchecked")
                    List<String> found = (List<String>) js(OVER_HEADER);
                    found.forEach(f -> over.add(screen[0] + "px " + page + " at " + y + ": " + f));
                    if (y == mapTop.longValue() + 200 && page.matches("(zh|en)/maps/key-areas.html|zh/counties/140213.html")) {
                        shot("under-header-" + screen[0] + "-" + page.replace('/', '_').replace(".html", ""));
                    }
                }
            }
        }
        // To look at with -Dplansite.screenshots: a wide table scrolled under the header, at both sizes.
        for (int width : new int[] {1280, 360}) {
            size(width, width == 360 ? 800 : 900);
            open("en/tables/zl-05.html");
            js("window.scrollTo(0, document.querySelector('.plan-table').getBoundingClientRect().top + scrollY + 150)");
            shot("under-header-" + width + "-en_tables_zl-05");
        }
        size(1280, 900);
        assertEquals(List.of(), over.stream().limit(20).toList());
    }

    @Test
    void onAPhoneEveryPopupLiesInsideItsMapWithItsCloseButtonInReachAndReadableType() {
        size(360, 800);
        try {
            List<String> outside = new ArrayList<>();
            List<String> figures = new ArrayList<>();
            for (String lang : List.of("zh", "en")) {
                for (String map : List.of("maps/key-areas.html", "maps/county-sections.html", "maps/minerals.html",
                        "maps/remediation-by-county.html", "maps/remediation-zones.html", "counties/140213.html")) {
                    String page = lang + "/" + map;
                    open(page);
                    int n = driver.findElements(By.cssSelector(".map-canvas path.leaflet-interactive")).size();
                    assertEquals(10, n, page);
                    // The whole city is in view: every county's outline inside the map.
                    @SuppressWarnings("unchecked")
                    List<String> cut = (List<String>) js("""
                            var m = document.querySelector('.map-canvas').getBoundingClientRect(), out = [];
                            document.querySelectorAll('.map-canvas path.leaflet-interactive').forEach(function (p, i) {
                              var r = p.getBoundingClientRect();
                              if (r.left < m.left || r.right > m.right || r.top < m.top || r.bottom > m.bottom) {
                                out.push(i + ': ' + JSON.stringify(r)); } });
                            return out;""");
                    if (!cut.isEmpty()) {
                        outside.add(page + ": counties cut off at the map's edge: " + cut);
                    }
                    for (int i = 0; i < n; i++) {
                        WebElement county = driver.findElements(By.cssSelector(".map-canvas path.leaflet-interactive")).get(i);
                        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", county);
                        county.sendKeys(Keys.ENTER);
                        WebElement popup = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(
                                By.cssSelector(".leaflet-popup")));
                        // Leaflet pans the map to show the popup (animated), then the page scrolls if the
                        // header hides it; wait until it stops moving.
                        pause(450);
                        waitUntilStill(".leaflet-popup");
                        @SuppressWarnings("unchecked")
                        Map<String, Object> box = (Map<String, Object>) js("""
                                var m = document.querySelector('.map-canvas').getBoundingClientRect();
                                var p = document.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect();
                                var x = document.querySelector('.leaflet-popup-close-button');
                                var c = x.getBoundingClientRect();
                                var hit = document.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2);
                                var link = document.querySelector('.leaflet-popup-content a');
                                var pop = document.querySelector('.leaflet-popup');
                                var a = link ? link.getBoundingClientRect() : null;
                                var headingHit = a ? document.elementFromPoint(a.left + 2, a.top + a.height / 2) : pop;
                                var font = parseFloat(getComputedStyle(document.querySelector('.leaflet-popup-content')).fontSize);
                                return {map: [m.left, m.top, m.right, m.bottom], popup: [p.left, p.top, p.right, p.bottom],
                                  close: [c.left, c.top, c.right, c.bottom], reachable: hit === x || x.contains(hit), font: font,
                                  headingShown: pop.contains(headingHit), headingHit: headingHit ? headingHit.tagName + '.'
                                    + headingHit.getAttribute('class') + ' at ' + JSON.stringify(a) : 'nothing',
                                  text: document.querySelector('.leaflet-popup-content').innerText};""");
                        List<Double> m = numbers(box.get("map"));
                        List<Double> p = numbers(box.get("popup"));
                        List<Double> c = numbers(box.get("close"));
                        String where = page + " county " + i;
                        if (!(inside(p, m) && inside(c, m))) {
                            outside.add(where + ": popup " + p + ", close " + c + " outside map " + m);
                        }
                        if (!Boolean.TRUE.equals(box.get("reachable"))) {
                            outside.add(where + ": the close button is covered");
                        }
                        if (!Boolean.TRUE.equals(box.get("headingShown"))) {
                            outside.add(where + ": the popup's heading is covered by " + box.get("headingHit"));
                        }
                        if (((Number) box.get("font")).doubleValue() < 14) {
                            outside.add(where + ": popup text " + box.get("font") + " px");
                        }
                        if (i == 0) {
                            figures.add(where + ": map " + m + " popup " + p);
                        }
                        if (i == 7) {
                            shot("popup-360-" + page.replace('/', '_').replace(".html", ""));
                        }
                        // The county's name is its heading and is not said again in the popup.
                        String text = (String) box.get("text");
                        String name = text.split("\n")[0].trim();
                        if (!name.isEmpty() && text.indexOf(name, name.length()) >= 0 && map.contains("remediation-by")) {
                            outside.add(where + ": the county's name twice: " + text);
                        }
                        driver.findElement(By.cssSelector(".leaflet-popup-close-button")).click();
                        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(
                                By.cssSelector(".leaflet-popup")).isEmpty());
                    }
                }
            }
            System.out.println("popup bounds at 360 px (left, top, right, bottom):\n  " + String.join("\n  ", figures));
            assertEquals(List.of(), outside);
        } finally {
            size(1280, 900);
        }
    }

    /** With -Dplansite.screenshots=DIR, the screen as it is now, saved as DIR/name.png (to look at, not asserted). */
    private static void shot(String name) {
        String dir = System.getProperty("plansite.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            java.nio.file.Path out = java.nio.file.Path.of(dir).resolve(name + ".png");
            java.nio.file.Files.createDirectories(out.getParent());
            java.nio.file.Files.write(out, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntilStill(String selector) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            Object a = js("return JSON.stringify(document.querySelector(arguments[0]).getBoundingClientRect())", selector);
            pause(150);
            Object b = js("return JSON.stringify(document.querySelector(arguments[0]).getBoundingClientRect())", selector);
            return a.equals(b);
        });
    }

    private static List<Double> numbers(Object list) {
        return ((List<?>) list).stream().map(o -> ((Number) o).doubleValue()).toList();
    }

    /** Box a inside box b (left, top, right, bottom), to a pixel. */
    private static boolean inside(List<Double> a, List<Double> b) {
        return a.get(0) >= b.get(0) - 1 && a.get(1) >= b.get(1) - 1 && a.get(2) <= b.get(2) + 1 && a.get(3) <= b.get(3) + 1;
    }

    /**
     * The dark scheme: Leaflet's panels (zoom buttons, attribution, scale bar, popup, county labels) were white
     * on a dark page. Each now stands on a dark ground with its text at least 4.5:1 against it (a translucent
     * ground taken over the map's own).
     */
    @Test
    void inTheDarkSchemeTheMapsPanelsAreDarkWithReadableText() {
        String contrast = """
                function rgb(s) { var m = s.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; }
                function over(c, base) { return {r: c.r * c.a + base.r * (1 - c.a), g: c.g * c.a + base.g * (1 - c.a),
                  b: c.b * c.a + base.b * (1 - c.a), a: 1}; }
                function lum(c) { return [c.r, c.g, c.b].map(function (v) { v /= 255;
                  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                  .reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }
                var canvas = rgb(getComputedStyle(document.querySelector('.map-canvas')).backgroundColor);
                var out = ['canvas ' + lum(canvas).toFixed(3)];
                arguments[0].forEach(function (sel) {
                  var e = document.querySelector(sel);
                  if (!e) { out.push(sel + ' missing'); return; }
                  var s = getComputedStyle(e), g = e, bg = rgb(s.backgroundColor);
                  while (bg.a === 0 && g.parentElement) { g = g.parentElement; bg = rgb(getComputedStyle(g).backgroundColor); }
                  bg = over(bg, canvas);
                  var fg = over(rgb(s.color), bg), a = lum(fg), b = lum(bg);
                  out.push(sel + ' ' + ((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)).toFixed(2) + ' ground ' + b.toFixed(3));
                });
                return out.join('\\n');""";
        List<String> panels = List.of(".leaflet-control-zoom-in", ".leaflet-control-attribution",
                ".leaflet-control-scale-line", ".county-label", ".leaflet-popup-content");
        try {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            for (int width : new int[] {360, 1280}) {
                size(width, 900);
                for (String page : List.of("en/maps/remediation-by-county.html", "zh/counties/140215.html")) {
                    open(page);
                    WebElement county = driver.findElements(By.cssSelector(".map-canvas path.leaflet-interactive")).get(0);
                    js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", county);
                    county.sendKeys(Keys.ENTER);
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector(".leaflet-popup")));
                    String report = String.valueOf(js(contrast, panels));
                    String[] lines = report.split("\n");
                    double canvas = Double.parseDouble(lines[0].split(" ")[1]);
                    assertTrue(canvas < 0.05, page + " at " + width + ": the map's ground is dark: " + report);
                    for (int i = 1; i < lines.length; i++) {
                        String[] f = lines[i].split(" ");
                        assertEquals(4, f.length, page + ": " + lines[i]);
                        assertTrue(Double.parseDouble(f[1]) >= 4.5, page + " at " + width + ": contrast of " + lines[i]);
                        assertTrue(Double.parseDouble(f[3]) < 0.05, page + " at " + width + ": a dark ground under " + lines[i]);
                    }
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            size(1280, 900);
        }
    }

    @Test
    void aCountMapsLegendNamesTheTablesItCountsAndAMeasureMapsItsMeasureByOrdersOfMagnitude() {
        for (String lang : List.of("zh", "en")) {
            open(lang + "/maps/key-areas.html");
            String legend = driver.findElement(By.cssSelector(".map-legend")).getText();
            for (WebElement caption : driver.findElements(By.cssSelector("table.map-data caption"))) {
                assertTrue(legend.contains(caption.getText()), lang + ": the legend names " + caption.getText()
                        + ": " + legend);
            }
            assertFalse(legend.contains("Items in the county"), legend);
            assertEquals(1, driver.findElements(By.cssSelector(".leaflet-control-scale-line")).size(), "a scale bar");
            // The city's seat: a star in its county's label on the map, and the same star in the legend.
            WebElement seat = driver.findElement(By.cssSelector(".county-label-seat"));
            assertEquals(lang.equals("zh") ? "★平城区" : "★Pingcheng", seat.getText().replace(" ", ""));
            String seatItem = driver.findElement(By.cssSelector(".map-legend .map-swatch-seat")).findElement(By.xpath(".."))
                    .getText();
            assertTrue(seatItem.startsWith("★") && seatItem.contains(lang.equals("zh") ? "平城区：大同市的政治、经济、文化中心"
                    : "Pingcheng District: the political, economic and cultural centre"), seatItem);

            // On paper: the map without its zoom buttons, its scale bar and star kept.
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            try {
                assertEquals("none", js("return getComputedStyle(document.querySelector('.leaflet-control-zoom')).display"),
                        lang + ": no zoom buttons on paper");
                assertNotEquals("none", js("return getComputedStyle(document.querySelector('.leaflet-control-scale')).display"));
            } finally {
                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }

            open(lang + "/maps/remediation-by-county.html");
            WebElement chosen = driver.findElement(By.cssSelector(".map-measures input:checked"));
            String measure = chosen.findElement(By.xpath("..")).getText().trim();
            legend = driver.findElement(By.cssSelector(".map-legend")).getText();
            assertTrue(legend.contains(measure), lang + ": the legend names the measure " + measure + ": " + legend);
            assertNotNull(driver.findElement(By.cssSelector(".map-legend-note")), "classes by order of magnitude");
            // No class holds values ten times apart (Box 4's 3.939 and 54.027 were one class).
            for (WebElement item : driver.findElements(By.cssSelector(".map-legend li"))) {
                String[] range = item.getText().split(" – ");
                if (range.length == 2) {
                    double low = Double.parseDouble(range[0]);
                    double high = Double.parseDouble(range[1]);
                    assertTrue(low == 0 || high < 10 * low, lang + ": class " + item.getText());
                }
            }
            List<String> items = driver.findElements(By.cssSelector(".map-legend li")).stream().map(WebElement::getText)
                    .toList();
            assertTrue(items.contains("54.027"), "54.027 is a class of its own: " + items);
        }
    }

    @Test
    void onADesktopTheLegendIsBesideTheMapAndOnAPhoneJustBelowIt() {
        open("en/maps/remediation-by-county.html");
        @SuppressWarnings("unchecked")
        Map<String, Number> wide = (Map<String, Number>) js("""
                var m = document.querySelector('.map-canvas').getBoundingClientRect();
                var l = document.querySelector('.map-legend').getBoundingClientRect();
                return {mapRight: m.right, legendLeft: l.left, mapTop: m.top, legendTop: l.top, legendBottom: l.bottom,
                  viewport: innerHeight};""");
        assertTrue(wide.get("legendLeft").doubleValue() >= wide.get("mapRight").doubleValue(), "beside: " + wide);
        assertTrue(Math.abs(wide.get("legendTop").doubleValue() - wide.get("mapTop").doubleValue()) < 20, "level: " + wide);
        size(360, 800);
        try {
            open("en/maps/remediation-by-county.html");
            @SuppressWarnings("unchecked")
            Map<String, Number> narrow = (Map<String, Number>) js("""
                    var m = document.querySelector('.map-canvas').getBoundingClientRect();
                    var l = document.querySelector('.map-legend').getBoundingClientRect();
                    return {mapBottom: m.bottom, legendTop: l.top};""");
            double gap = narrow.get("legendTop").doubleValue() - narrow.get("mapBottom").doubleValue();
            assertTrue(gap >= 0 && gap < 40, "just below: " + narrow);
        } finally {
            size(1280, 900);
        }
    }

    @Test
    void theCountiesIndexMapOpensACountysPageByMouseAndByKeyboard() {
        for (String lang : List.of("zh", "en")) {
            open(lang + "/counties/index.html");
            List<WebElement> counties = driver.findElements(By.cssSelector(".map-canvas path.leaflet-interactive"));
            assertEquals(10, counties.size());
            WebElement first = counties.get(0);
            assertEquals("link", first.getAttribute("role"));
            String name = first.getAttribute("aria-label");
            js("arguments[0].focus()", first);
            first.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().matches(".*/counties/1402\\d\\d\\.html"));
            assertEquals(name, driver.findElement(By.tagName("h1")).getText());
            open(lang + "/counties/index.html");
            driver.findElements(By.cssSelector(".map-canvas path.leaflet-interactive")).get(5).click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().matches(".*/counties/1402\\d\\d\\.html"));
        }
    }

    /** Following "next" from the first page of a kind visits them all in the index's order, and "previous" back. */
    private void assertPagerFollows(String index, String links, String first) {
        open(index);
        List<String> expected = driver.findElements(By.cssSelector(links)).stream().map(a -> a.getAttribute("href"))
                .map(h -> h.replaceAll("#.*", "")).distinct().toList();
        assertTrue(expected.size() > 2, index);
        List<String> visited = new ArrayList<>();
        open(first);
        assertTrue(driver.findElements(By.cssSelector(".pager a[rel=prev]")).isEmpty(), first + " is the first");
        while (true) {
            visited.add(driver.getCurrentUrl());
            List<WebElement> next = driver.findElements(By.cssSelector(".pager a[rel=next]"));
            if (next.isEmpty()) {
                break;
            }
            String here = driver.getCurrentUrl();
            next.get(0).click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.getCurrentUrl().equals(here));
            assertEquals(here, driver.findElement(By.cssSelector(".pager a[rel=prev]")).getAttribute("href"),
                    driver.getCurrentUrl() + ": previous leads back");
        }
        assertEquals(expected, visited);
    }

    @Test
    void previousAndNextLeadThroughTheTablesMapsAndCountiesInTheirIndexesOrder() {
        for (String lang : List.of("zh", "en")) {
            open(lang + "/data.html");
            String first = driver.findElement(By.cssSelector("main table th[scope=row] a")).getAttribute("href");
            String firstPath = first.substring(first.indexOf("/" + lang + "/") + 1);
            assertPagerFollows(lang + "/data.html", "main table th[scope=row] a", firstPath);
            assertPagerFollows(lang + "/maps/index.html", "main ul a[href$='.html']:not([href*='counties'])",
                    lang + "/maps/" + firstOf(lang + "/maps/index.html", "main ul a[href$='.html']:not([href*='counties'])"));
            assertPagerFollows(lang + "/counties/index.html", ".county-list a",
                    lang + "/counties/" + firstOf(lang + "/counties/index.html", ".county-list a"));
        }
    }

    private static String firstOf(String page, String selector) {
        open(page);
        String href = driver.findElement(By.cssSelector(selector)).getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    @Test
    void theGlossarysIndexLinksToItsLettersAndItsFilterNarrowsTheEntries() {
        for (String lang : List.of("zh", "en")) {
            open(lang + "/glossary.html");
            List<WebElement> letters = driver.findElements(By.cssSelector(".glossary-index a"));
            assertTrue(letters.size() > 10, lang + ": an index of initials");
            for (WebElement a : letters) {
                String id = a.getAttribute("href").replaceAll(".*#", "");
                WebElement heading = driver.findElement(By.id(id));
                assertEquals(a.getText(), heading.getText());
                // Each entry under a letter begins with it (in Chinese, its pinyin does).
                for (WebElement entry : heading.findElements(By.xpath("following-sibling::dl/div"))) {
                    String key = lang.equals("zh") ? entry.findElement(By.cssSelector(".term-pinyin")).getText()
                            : entry.findElement(By.cssSelector(".term-name")).getText();
                    String initial = java.text.Normalizer.normalize(key, java.text.Normalizer.Form.NFD)
                            .replaceAll("^[^\\p{L}\\p{N}]+", "").substring(0, 1).toUpperCase(java.util.Locale.ROOT);
                    if (a.getText().equals("#")) {
                        assertFalse(initial.matches("[A-Z]"), lang + ": " + key + " under #");
                    } else {
                        assertEquals(a.getText(), initial, lang + ": " + key + " under " + a.getText());
                    }
                }
            }
            // A letter's link brings its heading into view below the sticky header.
            WebElement last = letters.get(letters.size() - 1);
            last.click();
            @SuppressWarnings("unchecked")
            Map<String, Number> at = (Map<String, Number>) js("""
                    var h = document.getElementById(location.hash.slice(1)).getBoundingClientRect();
                    return {top: h.top, header: document.querySelector('.site-header').getBoundingClientRect().bottom};""");
            assertTrue(at.get("top").doubleValue() >= at.get("header").doubleValue(), "below the header: " + at);

            WebElement box = driver.findElement(By.id("glossary-filter-q"));
            assertTrue(box.isDisplayed(), "the script shows the filter");
            int all = driver.findElements(By.cssSelector(".term-entry")).size();
            String query = lang.equals("zh") ? "kuangye" : "mining right";
            box.sendKeys(query);
            List<WebElement> shown = driver.findElements(By.cssSelector(".term-entry")).stream()
                    .filter(WebElement::isDisplayed).toList();
            assertTrue(!shown.isEmpty() && shown.size() < all, lang + ": " + shown.size() + " of " + all);
            for (WebElement e : shown) {
                String dt = java.text.Normalizer.normalize(e.findElement(By.tagName("dt")).getText(),
                        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("\\s", "").toLowerCase();
                assertTrue(dt.contains(query.replace(" ", "")), dt);
            }
            shot("glossary-filter-" + lang);
            String status = driver.findElement(By.id("glossary-filter-status")).getText();
            assertTrue(status.contains(String.valueOf(shown.size())) && status.contains(String.valueOf(all)), status);
            box.sendKeys("zzzzq");
            assertEquals(0, driver.findElements(By.cssSelector(".term-entry")).stream().filter(WebElement::isDisplayed)
                    .count());
            assertFalse(driver.findElement(By.id("glossary-filter-status")).getText().isBlank());
        }
    }

    @Test
    void aTermsDefinitionOpensInPlaceByKeyboardAndEscapeClosesIt() {
        for (String lang : List.of("zh", "en")) {
            open(lang + "/ch1.html");
            WebElement term = driver.findElement(By.cssSelector(".chapter-body a.term"));
            String id = term.getAttribute("href").replaceAll(".*#term-", "");
            assertEquals("false", term.getAttribute("aria-expanded"));
            js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", term);
            String page = driver.getCurrentUrl();
            term.sendKeys(Keys.ENTER);
            WebElement pop = driver.findElement(By.id("term-pop"));
            assertTrue(pop.isDisplayed());
            assertEquals(page, driver.getCurrentUrl(), "the reader stays on the page");
            assertEquals("true", term.getAttribute("aria-expanded"));
            String definition = pop.findElement(By.cssSelector(".term-pop-def")).getText();
            shot("term-1280-" + lang);
            WebElement more = pop.findElement(By.cssSelector("a.term-pop-more"));
            assertTrue(more.getAttribute("href").endsWith("/" + lang + "/glossary.html#term-" + id), more.getAttribute("href"));
            // Tab goes into the definition, Escape closes it and gives focus back to the term.
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals(more, driver.switchTo().activeElement());
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            assertTrue(driver.findElements(By.id("term-pop")).isEmpty(), "closed");
            assertEquals(term, driver.switchTo().activeElement(), "focus back on the term");
            assertEquals("false", term.getAttribute("aria-expanded"));
            open(lang + "/glossary.html");
            assertEquals(definition, driver.findElement(By.cssSelector("#term-" + id + " dd")).getText(),
                    "the glossary's definition");
        }
        // On a phone the definition lies within the screen.
        size(360, 800);
        try {
            open("en/ch9.html");
            WebElement term = driver.findElements(By.cssSelector(".chapter-body a.term")).get(3);
            js("arguments[0].scrollIntoView({block: 'center'})", term);
            term.click();
            shot("term-360-en");
            @SuppressWarnings("unchecked")
            Map<String, Number> r = (Map<String, Number>) js("""
                    var p = document.getElementById('term-pop').getBoundingClientRect();
                    return {left: p.left, right: p.right, width: document.documentElement.clientWidth};""");
            assertTrue(r.get("left").doubleValue() >= 0 && r.get("right").doubleValue() <= r.get("width").doubleValue(),
                    "inside the screen: " + r);
            driver.findElement(By.cssSelector(".term-pop-close")).click();
            assertTrue(driver.findElements(By.id("term-pop")).isEmpty());
        } finally {
            size(1280, 900);
        }
    }

    @Test
    void aLongPageKeepsItsContentsBesideTheTextOnADesktopAndOffersBackToTop() {
        for (String page : List.of("en/ch9.html", "zh/ch9.html", "zh/full.html", "en/full.html")) {
            open(page);
            WebElement back = driver.findElement(By.cssSelector(".back-to-top"));
            assertFalse(onScreen(back), page + ": no back-to-top on the first screen");
            js("window.scrollTo(0, document.documentElement.scrollHeight / 2)");
            String nav = page.contains("full") ? "article > nav.contents" : "article > .toc";
            @SuppressWarnings("unchecked")
            Map<String, Number> r = (Map<String, Number>) js("""
                    var n = document.querySelector(arguments[0]).getBoundingClientRect();
                    var t = document.querySelector('.chapter-body').getBoundingClientRect();
                    return {navTop: n.top, navBottom: n.bottom, navRight: n.right, textLeft: t.left,
                      header: document.querySelector('.site-header').getBoundingClientRect().bottom, height: innerHeight};""", nav);
            assertTrue(r.get("navTop").doubleValue() >= r.get("header").doubleValue()
                    && r.get("navTop").doubleValue() < r.get("height").doubleValue(), page + ": contents in view " + r);
            assertTrue(r.get("navRight").doubleValue() <= r.get("textLeft").doubleValue(), page + ": beside the text " + r);
            assertTrue(onScreen(back), page + ": back-to-top once scrolled");
            shot("scrolled-1280-" + page.replace('/', '_').replace(".html", ""));
            back.click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) js("return scrollY")).doubleValue() < 400);
        }
        size(360, 800);
        try {
            open("en/ch9.html");
            js("window.scrollTo(0, document.documentElement.scrollHeight / 2)");
            assertTrue(onScreen(driver.findElement(By.cssSelector(".back-to-top"))), "on a phone too");
            assertNull(js("var e = document.elementFromPoint(180, 5); return document.querySelector('.site-header')"
                    + ".contains(e) ? null : e.className"), "the header stays on top");
        } finally {
            size(1280, 900);
        }
    }

    private static boolean onScreen(WebElement e) {
        return (Boolean) js("var r = arguments[0].getBoundingClientRect(); return r.width > 0 && r.top >= 0"
                + " && r.bottom <= innerHeight", e);
    }
}
