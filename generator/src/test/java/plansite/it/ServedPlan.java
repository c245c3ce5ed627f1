package plansite.it;

import java.io.IOException;
import org.openqa.selenium.chrome.ChromeDriver;

/** The built plan served under a sub-path with the strict CSP, and a headless browser to read it. */
record ServedPlan(StaticSiteServer server, ChromeDriver driver) implements AutoCloseable {

    static ServedPlan start(String language) throws IOException {
        StaticSiteServer server = new StaticSiteServer(BuiltPlan.site());
        try {
            return new ServedPlan(server, Browser.start(language));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
