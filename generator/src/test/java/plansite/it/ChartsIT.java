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
