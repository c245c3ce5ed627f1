package plansite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The charts in headless Chromium, served under a sub-path with {@code default-src 'self'}: the glance pages
 * and the table pages with charts meet WCAG 2.1 AA (axe), and at 360 and 1280 px, on screen and in print,
 * every chart is shown whole: each of its texts and marks inside the chart, the chart inside its scroll box
 * and the page no wider than the window.
 */
class ChartsIT extends ServedInBrowser {
    static final List<String> PAGES = List.of("zh/glance.html", "en/glance.html", "zh/tables/zl-04.html",
            "en/tables/zl-03.html", "zh/tables/zl-07.html", "en/tables/zl-02.html", "en/tables/zl-06.html",
            "zh/tables/p-mines-by-size-2020.html", "zh/ch1.html");

    @Test
    void chartPagesMeetWcag21AA() {
        List<String> violations = new ArrayList<>();
        for (String page : PAGES) {
            open(page);
            violations.addAll(wcagViolations(page));
            assertEquals(List.of(), Browser.errors(driver), page + ": console errors (CSP)");
        }
        assertEquals(List.of(), violations);
    }

    /** What is cut off: texts or marks outside their chart, a chart wider than its scroll box can show. */
    private static final String CUT_OFF = """
            const out = [];
            const charts = document.querySelectorAll('svg.chart-svg');
            if (charts.length === 0) out.push('no chart');
            if (document.documentElement.scrollWidth > window.innerWidth + 1)
              out.push('page wider than the window: ' + document.documentElement.scrollWidth);
            charts.forEach((svg, n) => {
              const box = svg.getBoundingClientRect();
              if (box.width < 100 || box.height < 50) out.push('chart ' + n + ' not shown: ' + box.width + 'x' + box.height);
              svg.querySelectorAll('text, rect, circle, line').forEach(el => {
                const r = el.getBoundingClientRect();
                if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
                  out.push('chart ' + n + ' (' + svg.closest('figure').id + '): ' + el.tagName + ' "'
                    + (el.textContent || '') + '" outside the chart');
              });
              const scroll = svg.closest('.chart-scroll');
              if (scroll && svg.getBoundingClientRect().width > scroll.scrollWidth + 1)
                out.push('chart ' + n + ' wider than its scroll box');
            });
            return out;""";

    @Test
    void everyChartIsShownWholeOnScreenAndInPrint() {
        List<String> problems = new ArrayList<>();
        Dimension before = driver.manage().window().getSize();
        try {
            for (String media : List.of("screen", "print")) {
                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
                for (int width : new int[] {360, 1280}) {
                    driver.manage().window().setSize(new Dimension(width, 900));
                    for (String page : PAGES) {
                        open(page);
                        @SuppressWarnings("unchecked")
                        List<String> found = (List<String>) js(CUT_OFF);
                        // Printing lays a page out at the paper's width, not the window's: no sideways check there.
                        found.stream().filter(p -> !(media.equals("print") && p.startsWith("page wider")))
                                .forEach(p -> problems.add(media + " " + width + " " + page + ": " + p));
                    }
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.manage().window().setSize(before);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A chart is drawn at the column's width, so its text shrinks with the screen: at 360 px it was about
     * 11 px (ticks 9.8 px). Every text of every chart, in both languages, must be drawn at 12 px or more.
     */
    @Test
    void onA360PxPhoneEveryChartTextIsAtLeast12Px() {
        List<String> small = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Dimension before = driver.manage().window().getSize();
        try {
            // A phone: 360 CSS px, overlay scrollbars (a desktop window's scrollbar would take 15 px of them).
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 800,
                    "deviceScaleFactor", 2, "mobile", true));
            List<String> pages = new ArrayList<>(List.of("zh/glance.html", "en/glance.html", "zh/ch1.html"));
            BuiltPlan.files(".html").stream().filter(p -> p.matches("(zh|en)/tables/.*")).forEach(pages::add);
            for (String page : pages) {
                open(page);
                assertEquals(360L, js("return window.innerWidth"), "the window's width");
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) js("""
                        const out = [];
                        document.querySelectorAll('svg.chart-svg').forEach(svg => {
                          const scale = svg.getScreenCTM().a;
                          svg.querySelectorAll('text').forEach(t => {
                            const px = parseFloat(getComputedStyle(t).fontSize) * scale;
                            out.push(px.toFixed(2) + ' ' + svg.closest('figure').id + ' "' + t.textContent + '"');
                          });
                        });
                        return out;""");
                for (String f : found) {
                    seen.add(f);
                    if (Double.parseDouble(f.substring(0, f.indexOf(' '))) < 12) {
                        small.add(page + ": " + f);
                    }
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(before);
        }
        assertTrue(seen.size() > 500, "chart texts measured: " + seen.size());
        assertEquals(List.of(), small.subList(0, Math.min(small.size(), 12)), small.size() + " chart texts under 12 px at 360 px");
    }

    /**
     * The PNG button (site.js) saves a PNG of the chart, drawn in the browser: served with the CSP and from
     * file://, in both languages. The saved file is caught as it is handed to the download link: a PNG twice
     * the drawing's width, with the chart's marks in it (many coloured pixels) and a white ground.
     */
    @Test
    void aChartsPngButtonSavesAPngOfTheChartOverHttpAndFromAFile() throws java.io.IOException {
        String catchDownload = """
                window.__saved = null; window.__blob = null;
                const make = URL.createObjectURL;
                URL.createObjectURL = b => { window.__blob = b; return make.call(URL, b); };
                HTMLAnchorElement.prototype.click = function () { window.__saved = {name: this.download}; };
                document.querySelector('.chart-png').click();""";
        String readSaved = """
                const done = arguments[arguments.length - 1];
                const wait = () => {
                  if (!window.__saved) { setTimeout(wait, 50); return; }
                  const b = window.__blob;
                  Promise.all([b.arrayBuffer(), createImageBitmap(b)])
                    .then(([bytes, image]) => {
                      const c = document.createElement('canvas'); c.width = image.width; c.height = image.height;
                      const g = c.getContext('2d'); g.drawImage(image, 0, 0);
                      const px = g.getImageData(0, 0, c.width, c.height).data;
                      let coloured = 0;
                      for (let i = 0; i < px.length; i += 4) { if (Math.max(px[i], px[i + 1], px[i + 2]) - Math.min(px[i], px[i + 1], px[i + 2]) > 60) coloured++; }
                      const sig = Array.from(new Uint8Array(bytes, 0, 4)).join(',');
                      const r = new FileReader();
                      r.onload = () => done(window.__saved.name + ' ' + sig + ' ' + image.width + ' ' + coloured + ' '
                        + px.slice(0, 3).join(',') + ' ' + r.result.split(',')[1]);
                      r.readAsDataURL(b);
                    }).catch(e => done('error ' + e));
                };
                wait();""";
        java.nio.file.Path site = BuiltPlan.site();
        for (String page : List.of("en/tables/zl-04.html", "zh/tables/zl-09.html")) {
            for (String url : List.of(server.url(page), site.resolve(page).toUri().toString())) {
                driver.get(url);
                assertEquals(1L, js("return document.querySelectorAll('.chart-png').length"), url + ": one PNG button");
                js(catchDownload);
                String[] f = String.valueOf(driver.executeAsyncScript(readSaved)).split(" ");
                String saved = String.join(" ", java.util.Arrays.asList(f).subList(0, Math.min(5, f.length)));
                String id = page.substring(page.lastIndexOf('/') + 1).replace(".html", "");
                assertEquals(id + ".png", f[0], url + ": " + saved);
                assertEquals("137,80,78,71", f[1], url + ": the PNG signature: " + saved);
                assertEquals("800", f[2], url + ": twice the drawing's 400 units: " + saved);
                assertTrue(Integer.parseInt(f[3]) > 2000, url + ": the bars are drawn: " + saved);
                assertEquals("255,255,255", f[4], url + ": a white ground: " + saved);
                assertEquals(List.of(), Browser.errors(driver), url + ": console errors");
                // -Dplansite.screenshots=DIR keeps the PNGs, to look at.
                String dir = System.getProperty("plansite.screenshots");
                if (dir != null && !dir.isBlank()) {
                    java.nio.file.Path out = java.nio.file.Path.of(dir).resolve(page.replace('/', '_') + ".png");
                    java.nio.file.Files.createDirectories(out.getParent());
                    java.nio.file.Files.write(out, java.util.Base64.getDecoder().decode(f[5]));
                }
            }
        }
    }

    @Test
    void chartsAreInThePrintedPage() {
        open("zh/glance.html");
        Object pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false)).get("data");
        assertTrue(pdf instanceof String s && s.length() > 10000, "a PDF of the page");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            Object shown = js("return [...document.querySelectorAll('svg.chart-svg')].filter(s => "
                    + "getComputedStyle(s).display !== 'none' && s.getBoundingClientRect().height > 50).length");
            Object all = js("return document.querySelectorAll('svg.chart-svg').length");
            assertEquals(all, shown, "every chart is printed");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
