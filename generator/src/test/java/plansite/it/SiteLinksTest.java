package plansite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * On the built plan: every internal link, anchor and asset resolves; every page is reachable from the
 * home pages; nothing is loaded from another host.
 */
class SiteLinksTest {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private final Map<String, Document> pages = new HashMap<>();

    private Document page(String sitePath) {
        return pages.computeIfAbsent(sitePath, p -> {
            try {
                return Jsoup.parse(BuiltPlan.site().resolve(p).toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The site path a relative reference from {@code from} points to, or null for another host or scheme. */
    private static String resolve(String from, String ref) {
        if (ref.startsWith("mailto:") || ref.startsWith("tel:")) {
            return null;
        }
        URI base = URI.create("http://site.invalid/" + from);
        URI target = base.resolve(ref.replace(" ", "%20"));
        if (!"site.invalid".equals(target.getHost())) {
            return null;
        }
        String path = target.getPath().substring(1);
        return target.getFragment() == null ? path : path + "#" + target.getFragment();
    }

    @Test
    void everyInternalLinkAnchorAndAssetResolves() throws java.io.IOException {
        List<String> broken = new ArrayList<>();
        String settings = Files.readString(plansite.FixtureSite.repo().resolve("data/site.yaml"));
        java.util.regex.Matcher notice = java.util.regex.Pattern.compile("(?m)^official_notice:\\s*\\n\\s+url:\\s*(\\S+)")
                .matcher(settings);
        String officialNotice = notice.find() ? notice.group(1) : "(none in data/site.yaml)";
        for (String from : BuiltPlan.files(".html")) {
            if (from.equals("404.html")) {
                continue;
            }
            for (Element e : page(from).select("a[href], link[href], script[src], img[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (e.is("link[rel=canonical], link[rel=alternate]")) {
                    continue;
                }
                // The one link that leaves the site on purpose: to the plan's official notice (data/site.yaml).
                if (e.is("a.official-notice")) {
                    if (!ref.startsWith("https://") || !ref.equals(officialNotice)) {
                        broken.add(from + ": the official notice is not " + officialNotice + ": " + e.outerHtml());
                    }
                    continue;
                }
                String target = resolve(from, ref);
                if (target == null) {
                    broken.add(from + ": points to another host: " + e.outerHtml());
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                if (file.isEmpty() || file.endsWith("/")) {
                    file = file + "index.html";
                }
                if (!Files.isRegularFile(BuiltPlan.site().resolve(file))) {
                    broken.add(from + ": " + ref + " (no file " + file + ")");
                    continue;
                }
                if (target.contains("#") && file.endsWith(".html")) {
                    String anchor = target.substring(target.indexOf('#') + 1);
                    if (page(file).getElementById(anchor) == null) {
                        broken.add(from + ": " + ref + " (no id '" + anchor + "' in " + file + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPageIsReachableFromTheHomePages() {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html", "zh/index.html", "en/index.html"));
        while (!queue.isEmpty()) {
            String p = queue.poll();
            if (!seen.add(p)) {
                continue;
            }
            // A form's action is a way in too (the search box leads to the results page).
            for (Element a : page(p).select("a[href], form[action]")) {
                String target = resolve(p, a.hasAttr("href") ? a.attr("href") : a.attr("action"));
                if (target != null) {
                    String file = target.replaceFirst("#.*", "");
                    if (file.endsWith(".html") && Files.isRegularFile(BuiltPlan.site().resolve(file))) {
                        queue.add(file);
                    }
                }
            }
        }
        Set<String> unreachable = new TreeSet<>(BuiltPlan.files(".html"));
        unreachable.removeAll(seen);
        unreachable.remove("404.html");
        assertEquals(Set.of(), unreachable);
    }

    private static List<String> vendorless(List<String> files) {
        return files.stream().filter(f -> !f.startsWith("assets/leaflet/")).toList();
    }

    @Test
    void nothingIsLoadedFromAnotherHost() throws IOException {
        List<String> foreign = new ArrayList<>();
        // Leaflet's files (assets/leaflet/) are as released and hold addresses that are never requested (the
        // SVG namespace, its home page, an old IE hack); BrowserIT shows under CSP that no page loads anything
        // from elsewhere. The site's own files are checked here.
        for (String css : vendorless(BuiltPlan.files(".css"))) {
            Matcher m = CSS_URL.matcher(Files.readString(BuiltPlan.site().resolve(css), StandardCharsets.UTF_8));
            while (m.find()) {
                if (resolve(css, m.group(1)) == null && !m.group(1).startsWith("data:")) {
                    foreign.add(css + ": " + m.group(1));
                }
            }
        }
        for (String js : vendorless(BuiltPlan.files(".js"))) {
            String text = Files.readString(BuiltPlan.site().resolve(js), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("https?://[^\\s\"')]+").matcher(text);
            while (m.find()) {
                foreign.add(js + ": " + m.group());
            }
        }
        for (String html : BuiltPlan.files(".html")) {
            for (Element e : page(html).select("[src], link[rel=stylesheet], link[rel=icon], link[rel=preload]")) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                if (resolve(html, ref) == null) {
                    foreign.add(html + ": " + e.outerHtml());
                }
            }
            assertTrue(page(html).select("script:not([src]):not([type=application/ld+json]), style, [style]").isEmpty(),
                    html + " has inline code");
        }
        assertEquals(List.of(), foreign);
    }

}
