package plansite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import plansite.site.SiteTree;

/**
 * Serves a {@link SiteTree} from memory on 127.0.0.1 only. Rejects paths that try to climb out of
 * the site. HTML pages get a small script that reloads them when the site is rebuilt (through
 * server-sent events) and shows the build's errors while the input is broken.
 */
public final class DevServer implements AutoCloseable {
    static final String PREFIX = "/__plansite/";
    private static final String LIVE_SCRIPT = """
            (function () {
              var source = new EventSource("/__plansite/events");
              source.onmessage = function (e) { if (e.data === "reload") { location.reload(); } };
            })();
            """;

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile boolean built;
    private final Set<OutputStream> listeners = new CopyOnWriteArraySet<>();
    private volatile SiteTree tree;
    private volatile List<String> errors = List.of();

    public DevServer(SiteTree initial, int port) throws IOException {
        this.tree = initial;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "plansite-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Serves {@code next} from now on and tells open pages to reload. */
    public void publish(SiteTree next) {
        this.tree = next;
        this.built = true;
        this.errors = List.of();
        notifyListeners();
    }

    /** Keeps serving the last good site, with these errors shown on every page. */
    public void showErrors(List<String> report) {
        this.errors = List.copyOf(report);
        notifyListeners();
    }

    private void notifyListeners() {
        byte[] event = "data: reload\n\n".getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException e) {
                // The page was closed; forget it.
                listeners.remove(out);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"));
                return;
            }
            Optional<String> path = sitePath(exchange.getRequestURI());
            if (path.isEmpty()) {
                send(exchange, 400, "text/plain; charset=utf-8", bytes("bad path\n"));
                return;
            }
            String p = path.get();
            if (p.startsWith(PREFIX.substring(1))) {
                handleInternal(exchange, p.substring(PREFIX.length() - 1));
                return;
            }
            SiteTree current = tree;
            if (!built) {
                send(exchange, 503, "text/html; charset=utf-8", inject(bytes(
                        "<!DOCTYPE html><html lang=\"en\"><title>plansite</title><body><p>The site has not been"
                        + " built yet.</p></body></html>")));
                return;
            }
            if (!p.isEmpty() && !p.endsWith("/") && !current.contains(p) && current.isFolder(p)) {
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                send(exchange, 301, "text/plain; charset=utf-8", bytes("moved\n"));
                return;
            }
            if (p.isEmpty() || p.endsWith("/")) {
                p = p + "index.html";
            }
            Optional<byte[]> body;
            try {
                body = current.get(p);
            } catch (RuntimeException e) {
                // A file made after the reload (a search index) whose making failed: a fault of the generator.
                send(exchange, 500, "text/plain; charset=utf-8", bytes("build failed: " + e.getMessage() + "\n"));
                return;
            }
            int status = 200;
            if (body.isEmpty()) {
                status = 404;
                p = "404.html";
                body = current.get(p);
                if (body.isEmpty()) {
                    send(exchange, 404, "text/plain; charset=utf-8", bytes("not found\n"));
                    return;
                }
            }
            byte[] bytes = body.get();
            if (p.endsWith(".html")) {
                bytes = inject(bytes);
            }
            send(exchange, status, ContentTypes.of(p), bytes);
        }
    }

    /**
     * The site path of a request, or empty when the path is not acceptable: any {@code ..} or
     * {@code .} segment (also percent-encoded), a backslash or a NUL.
     */
    static Optional<String> sitePath(URI uri) {
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new URI("http://x" + raw).getPath();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (decoded.contains("\\") || decoded.contains("\0")) {
            return Optional.empty();
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        return Optional.of(decoded.substring(1));
    }

    private void handleInternal(HttpExchange exchange, String what) throws IOException {
        switch (what) {
            case "live.js" -> send(exchange, 200, ContentTypes.of("live.js"), bytes(LIVE_SCRIPT));
            case "events" -> {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                out.write(bytes("retry: 300\n\n"));
                out.flush();
                listeners.add(out);
                // Hold the connection open: the exchange closes when the page goes away.
                try {
                    while (listeners.contains(out)) {
                        Thread.sleep(15_000);
                        out.write(bytes(": keep-alive\n\n"));
                        out.flush();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    listeners.remove(out);
                }
            }
            default -> send(exchange, 404, "text/plain; charset=utf-8", bytes("not found\n"));
        }
    }

    private byte[] inject(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        StringBuilder extra = new StringBuilder("<script src=\"" + PREFIX + "live.js\"></script>");
        List<String> current = errors;
        if (!current.isEmpty()) {
            extra.append("<div role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;"
                    + "background:#fff0f0;color:#600;border-top:3px solid #c00;padding:1em;font:14px/1.5 monospace;"
                    + "z-index:9999;white-space:pre-wrap\"><strong>plansite: the last build failed; showing the"
                    + " previous site.</strong>\n");
            current.forEach(line -> extra.append(escape(line)).append('\n'));
            extra.append("</div>");
        }
        int end = html.lastIndexOf("</body>");
        String out = end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end);
        return bytes(out);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        listeners.clear();
        server.stop(0);
        executor.shutdownNow();
    }
}
