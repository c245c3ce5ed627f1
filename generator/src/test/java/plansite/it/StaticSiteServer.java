package plansite.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import plansite.serve.ContentTypes;

/**
 * Serves a built site as a government web server would: plain files, under a sub-path, with
 * {@code Content-Security-Policy: default-src 'self'}, so that anything inline or foreign is refused.
 */
final class StaticSiteServer implements AutoCloseable {
    static final String CSP = "default-src 'self'";
    static final String BASE = "/sub/path/";

    private final HttpServer server;
    private final String base;

    /** Serves {@code root} at an arbitrary sub-path, as any web team might. */
    StaticSiteServer(Path root) throws IOException {
        this(root, BASE);
    }

    /** Serves {@code root} at {@code base}, e.g. the path of the site's base_url. */
    StaticSiteServer(Path root, String base) throws IOException {
        this.base = base;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Path file = null;
                if (path.startsWith(base) && !path.contains("..")) {
                    String rel = path.substring(base.length());
                    file = root.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
                }
                int status = 200;
                if (file == null || !Files.isRegularFile(file)) {
                    status = 404;
                    file = root.resolve("404.html");
                }
                byte[] body = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(file.toString()));
                exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    /** The address of a site path, e.g. {@code zh/ch1.html}. */
    String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + base + sitePath;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
