package plansite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.FixtureSite;
import plansite.Generator;
import plansite.load.ProjectLayout;

/** The dev server answers on loopback only, refuses paths out of the site, and serves rebuilt pages. */
class DevServerTest {
    @TempDir
    Path dir;
    FixtureSite site;
    LiveSite live;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.copy("basic", dir);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        live = new LiveSite(new Generator(new ProjectLayout(site.root())), site.out(), 0, quiet, quiet);
        live.start();
    }

    @AfterEach
    void stop() throws IOException {
        live.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + live.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesPagesWithTheirContentTypesOnLoopback() throws Exception {
        HttpResponse<String> page = get("/zh/ch1.html");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("第一章 现状与形势"));
        assertTrue(page.body().contains("/__plansite/live.js"), "open pages reload on rebuild");
        assertEquals("text/css; charset=utf-8", get("/assets/site.css").headers().firstValue("Content-Type").get());
        assertEquals("text/javascript; charset=utf-8",
                get("/assets/site.js").headers().firstValue("Content-Type").get());
        assertEquals("application/xml; charset=utf-8", get("/sitemap.xml").headers().firstValue("Content-Type").get());
        assertTrue(get("/").body().contains("data-root-lang"), "/ serves index.html");
        assertEquals(301, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + live.port() + "/zh"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        HttpResponse<String> missing = get("/zh/nothing.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("找不到该页面"));
    }

    @Test
    void contentTypesCoverDownloadsFontsAndMapData() {
        assertEquals("text/csv; charset=utf-8", ContentTypes.of("data/zl-01.zh.csv"));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ContentTypes.of("data/zl-01.xlsx"));
        assertEquals("application/json; charset=utf-8", ContentTypes.of("data/zl-01.json"));
        assertEquals("application/geo+json; charset=utf-8", ContentTypes.of("data/geo/counties.geojson"));
        assertEquals("image/svg+xml; charset=utf-8", ContentTypes.of("assets/icon.svg"));
        assertEquals("font/woff2", ContentTypes.of("assets/f.woff2"));
        assertEquals("application/octet-stream", ContentTypes.of("README"));
    }

    @Test
    void refusesPathsThatClimbOutOfTheSite() throws IOException {
        for (String path : new String[] {"/../pom.xml", "/zh/../../pom.xml", "/%2e%2e/pom.xml", "/zh/%2E%2E/%2e%2e/x",
            "/./index.html", "/a\\b"}) {
            String status = rawStatusLine(path);
            assertEquals("HTTP/1.1 400 Bad Request", status, path);
        }
        assertEquals(Optional.empty(), DevServer.sitePath(URI.create("/zh/%2e%2e/x")));
        assertEquals(Optional.of("zh/ch1.html"), DevServer.sitePath(URI.create("/zh/ch1.html")));
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        try (DevServer server = new DevServer(new plansite.site.SiteTree(), 0)) {
            server.start();
            var address = server.address();
            assertTrue(address.getAddress().isLoopbackAddress(), address.toString());
        }
    }

    @Test
    void aFileMadeAfterThePublishIsServedWhenMadeAndItsFailureAsAnError() throws Exception {
        plansite.site.SiteTree tree = new plansite.site.SiteTree();
        java.util.concurrent.CompletableFuture<byte[]> index = new java.util.concurrent.CompletableFuture<>();
        tree.putLater("assets/search-index-zh.js", index::join);
        tree.putLater("assets/search-index-en.js", () -> {
            throw new IllegalStateException("search: assets/search-index-en.js: broken");
        });
        try (DevServer server = new DevServer(new plansite.site.SiteTree(), 0)) {
            server.start();
            server.publish(tree);
            var waiting = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/assets/search-index-zh.js")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Thread.sleep(100);
            assertTrue(!waiting.isDone(), "the request waits for the index");
            index.complete("index".getBytes(StandardCharsets.UTF_8));
            assertEquals("index", waiting.get(5, java.util.concurrent.TimeUnit.SECONDS).body());
            HttpResponse<String> failed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/assets/search-index-en.js")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, failed.statusCode());
            assertEquals("build failed: search: assets/search-index-en.js: broken\n", failed.body());
        }
    }

    @Test
    void servesTheRebuiltPageAfterAFileChanges() throws Exception {
        assertTrue(get("/zh/ch2.html").body().contains("</a>。"));
        site.replace("content/zh/ch2.md", "坚持绿色发展。", "坚持绿色发展，节约集约。");
        String body = "";
        for (int i = 0; i < 100 && !body.contains("节约集约"); i++) {
            Thread.sleep(100);
            body = get("/zh/ch2.html").body();
        }
        assertTrue(body.contains("，节约集约。"), "the rebuilt page is served");
        // The folder is written after open pages are told to reload (and is swapped whole: a moment without it).
        String written = "";
        for (int i = 0; i < 100 && !written.contains("节约集约"); i++) {
            Thread.sleep(100);
            try {
                written = site.output("zh/ch2.html");
            } catch (java.io.UncheckedIOException e) {
                written = "";
            }
        }
        assertTrue(written.contains("节约集约"), "and written to the output folder");
    }

    @Test
    void aBrokenEditKeepsTheLastGoodSiteAndShowsTheErrors() throws Exception {
        site.replace("content/zh/ch2.md", "order: 2", "order: two");
        String body = "";
        for (int i = 0; i < 100 && !body.contains("role=\"alert\""); i++) {
            Thread.sleep(100);
            body = get("/zh/ch2.html").body();
        }
        assertTrue(body.contains("坚持<a class=\"term\""), "the last good page is still served");
        assertTrue(body.contains("content/zh/ch2.md:3:8: error: expected a whole number for &#39;order&#39;")
                || body.contains("content/zh/ch2.md:3:8: error: expected a whole number for 'order'"), body);
    }

    /** Sends a request line as written, since HTTP clients normalise {@code ..} before sending. */
    private String rawStatusLine(String path) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), live.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElse("");
        }
    }
}
