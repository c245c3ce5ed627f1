package plansite.render;

import java.util.Map;
import java.util.function.Supplier;
import plansite.model.Language;

/**
 * One file of the site: its path, what kind of file it is, its path in every language (for the
 * language switch and the sitemap; empty for a file that is not a page), whether the sitemap lists
 * it, and how its bytes are made. {@link Routes} makes the whole list in one place; the pages phase,
 * the search phase, the sitemap and {@code serve} all read it.
 */
public record Route(String path, String kind, Map<String, String> alternates, boolean listed, Content content) {
    public Route {
        alternates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alternates));
    }

    /** How a route's bytes are made. */
    public sealed interface Content {}

    /** A page: a template and its model, built when the page is rendered (on a worker). */
    public record Page(String template, Supplier<Map<String, Object>> model) implements Content {}

    /** A file whose bytes are made by the generator directly (downloads, assets, sitemap, robots). */
    public record File(Supplier<byte[]> bytes) implements Content {}

    /** A download, put out by the downloads phase (the pages need its size). */
    public record Download() implements Content {}

    /** The search index of a language, made by the search phase. */
    public record SearchIndex(Language lang) implements Content {}

    /** A page route that the sitemap lists. */
    static Route page(String path, String kind, Map<String, String> alternates, String template,
            Supplier<Map<String, Object>> model) {
        return new Route(path, kind, alternates, true, new Page(template, model));
    }

    /** A page route that the sitemap leaves out (the language chooser, 404, search). */
    static Route unlisted(String path, String kind, Map<String, String> alternates, String template,
            Supplier<Map<String, Object>> model) {
        return new Route(path, kind, alternates, false, new Page(template, model));
    }

    static Route file(String path, String kind, Supplier<byte[]> bytes) {
        return new Route(path, kind, Map.of(), false, new File(bytes));
    }
}
