package plansite.render;

import java.util.List;
import java.util.Map;
import plansite.model.Language;

/** {@code sitemap.xml} with an hreflang alternate for every language version of each page. */
final class SitemapWriter {

    /** A page's site path, and the site path of its version in each language. */
    record Entry(String path, Map<String, String> alternates) {}

    String write(String baseUrl, List<Entry> entries, List<Language> languages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Entry e : entries) {
            xml.append("  <url>\n    <loc>").append(escape(baseUrl + e.path())).append("</loc>\n");
            for (Language l : languages) {
                String alt = e.alternates().get(l.code());
                xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(escape(l.htmlLang()))
                        .append("\" href=\"").append(escape(baseUrl + alt)).append("\"/>\n");
            }
            xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                    .append(escape(baseUrl + e.alternates().get(languages.get(0).code()))).append("\"/>\n");
            xml.append("  </url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
