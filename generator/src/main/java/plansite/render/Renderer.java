package plansite.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import plansite.diag.Diagnostics;
import plansite.memo.Fingerprint;
import plansite.site.SiteOutput;

/**
 * Renders page routes with the site's templates. Made once per generator (FreeMarker's set-up is
 * kept), told before each build to read the templates again ({@link #readTemplates}).
 */
public final class Renderer {
    private final TemplateEngine templates;
    private volatile Fingerprint templatesNow;

    public Renderer(Path templatesDir, String templatesDisplay) {
        this.templates = new TemplateEngine(templatesDir, templatesDisplay);
    }

    TemplateEngine engine() {
        return templates;
    }

    /**
     * Reads the templates anew when any changed since the last build ({@code serve} sees edited ones)
     * and parses them ahead of the pages; a template that does not parse is reported by the page that uses it.
     */
    public synchronized Renderer readTemplates() {
        Fingerprint now = templates.fingerprint();
        if (!now.equals(templatesNow)) {
            templates.clearCache();
            templates.parseAll();
            templatesNow = now;
        }
        return this;
    }

    /**
     * The words of an i18n template ({@code messages}) in {@code lang}, or English's where it has none;
     * a key they do not hold is an error in {@code diags} when it is asked for ("no message … which
     * {@code neededBy} need"), as is a template that is missing.
     */
    public Map<String, String> words(String template, String lang, String neededBy, Diagnostics diags) {
        return templates.messages(template, lang, neededBy, diags).orElse(Map.of());
    }

    /** A page route with its model built (on the calling thread). */
    public Page page(Route route) {
        Route.Page content = (Route.Page) route.content();
        return new Page(route.path(), content.template(), content.model().get());
    }

    /** One page to render: where it goes, its template and its model. */
    public final class Page {
        private final String path;
        private final String template;
        private final Map<String, Object> model;

        private Page(String path, String template, Map<String, Object> model) {
            this.path = path;
            this.template = template;
            this.model = model;
        }

        /**
         * What the page is made from: the templates, its path, its template and its model. A page is made
         * from these alone, so an equal fingerprint is the same page.
         */
        public Fingerprint fingerprint() {
            return Fingerprint.of("page").fingerprint(templatesNow).text(path).text(template).value(model).build();
        }

        /** The page's bytes; empty (and the error in {@code diags}) when its template fails. */
        public Optional<byte[]> render(Diagnostics diags) {
            return templates.render(template, model, diags).map(html -> html.getBytes(StandardCharsets.UTF_8));
        }

        /** Renders the page straight into {@code out}, never held in memory whole (a large edition's). */
        public void renderInto(SiteOutput out, Diagnostics diags) {
            try (Writer writer = out.open(path)) {
                templates.render(template, model, writer, diags);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }
}
