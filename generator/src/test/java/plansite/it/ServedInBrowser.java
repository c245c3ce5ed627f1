package plansite.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built plan served over HTTP (with the site's CSP) and one headless Chromium for a test class: what
 * every browser test class starts from. Test classes run one after another, so each has these to itself.
 */
abstract class ServedInBrowser {
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

    /** Opens a page of the site and waits until it has loaded. */
    static void open(String sitePath) {
        driver.get(server.url(sitePath));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** What axe finds against WCAG 2.1 A and AA on the open page, one line per rule: "page: rule (n): help". */
    static List<String> wcagViolations(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            out.add(page + ": " + rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp() + " e.g. "
                    + rule.getNodes().get(0).getTarget());
        }
        return out;
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
