package plansite.render;

import java.util.List;
import java.util.Map;

/**
 * A table of the plan as HTML: caption with label and title, multi-level headers, units, numbered
 * notes. Written here rather than in a template because a table is the one markup made of thousands
 * of repeated cells: through FreeMarker the 62 tables of the plan took half a second of a cold build
 * (bench/RESULTS.md). Every text is escaped as the templates escape it; the words come from the
 * templates' own messages (site-templates/i18n.ftlh).
 */
final class TableHtmlWriter {
    private final Map<String, String> words;
    private final Map<String, String> mapWords;

    /**
     * {@code words}: the interface words of the page language, as {@code i18n.t} gives them; {@code
     * mapWords}: those of the map pages, for the links to maps.
     */
    TableHtmlWriter(Map<String, String> words, Map<String, String> mapWords) {
        this.words = words;
        this.mapWords = mapWords;
    }

    /** {@code mapLinks}: the maps that show the table (text: the map's title in the page language). */
    String write(Views.TableView tv, List<Views.Link> mapLinks) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<figure class=\"plan-table").append(tv.derived() ? " derived" : "").append("\" id=\"")
                .append(esc(tv.id())).append("\">\n");
        if (tv.derived()) {
            out.append("  <p class=\"derived-note\">").append(word("derivedTable")).append("</p>\n");
        }
        out.append("  <div class=\"table-scroll\" role=\"region\" aria-labelledby=\"").append(esc(tv.id()))
                .append("-caption\" tabindex=\"0\">\n    <table>\n      <caption id=\"").append(esc(tv.id()))
                .append("-caption\"><span class=\"table-label\">").append(esc(tv.label()))
                .append("</span> <span class=\"table-title\">").append(esc(tv.title())).append("</span>");
        if (tv.unit() != null) {
            out.append(" <span class=\"table-unit\">（").append(word("unit")).append("：").append(esc(tv.unit()))
                    .append("）</span>");
        }
        out.append("</caption>\n      <thead>\n");
        for (var row : tv.headerRows()) {
            out.append("        <tr>\n");
            for (Views.HeaderCell h : row) {
                out.append("          <th scope=\"").append(esc(h.scope())).append('"');
                spans(out, h.colspan(), h.rowspan(), h.lang());
                out.append('>').append(esc(h.text()));
                if (h.unit() != null) {
                    out.append(" <span class=\"unit\">(").append(esc(h.unit())).append(")</span>");
                }
                out.append("</th>\n");
            }
            out.append("        </tr>\n");
        }
        out.append("      </thead>\n      <tbody>\n");
        // Rows have ids (table id, then the row's number from 1) for links from search results.
        int number = 0;
        for (var row : tv.bodyRows()) {
            out.append("        <tr id=\"").append(esc(tv.id())).append("-r").append(++number).append("\">\n");
            for (Views.BodyCell c : row) {
                String tag = c.header() ? "th" : "td";
                out.append("          <").append(tag).append(c.header() ? " scope=\"row\"" : c.numeric() ? " class=\"num\"" : "");
                spans(out, c.colspan(), c.rowspan(), c.lang());
                out.append('>');
                cell(out, c);
                out.append("</").append(tag).append(">\n");
            }
            out.append("        </tr>\n");
        }
        out.append("      </tbody>\n    </table>\n  </div>\n");
        if (tv.pageHref() != null) {
            out.append("  <p class=\"table-links\"><a href=\"").append(esc(tv.pageHref())).append("\">")
                    .append(word("tablePageLink")).append("</a></p>\n");
        }
        if (!mapLinks.isEmpty()) {
            out.append("  <p class=\"table-maps\">").append(esc(mapWord("tableMaps")));
            for (int i = 0; i < mapLinks.size(); i++) {
                if (i > 0) {
                    out.append(esc(mapWord("sep")));
                }
                out.append("<a href=\"").append(esc(mapLinks.get(i).href())).append("\">")
                        .append(esc(mapLinks.get(i).text())).append("</a>");
            }
            out.append("</p>\n");
        }
        if (!tv.notes().isEmpty()) {
            out.append("  <figcaption class=\"table-notes\">\n    <p class=\"notes-title\">").append(word("notes"))
                    .append("</p>\n    <ol>\n");
            for (Views.NoteView n : tv.notes()) {
                out.append("      <li id=\"").append(esc(n.id())).append('"');
                if (n.lang() != null) {
                    out.append(" lang=\"").append(esc(n.lang())).append('"');
                }
                out.append('>').append(esc(n.text()));
                if (n.dispute() != null) {
                    // From a table's own page (no pageHref) the data notes are one folder up.
                    out.append(" <a class=\"dispute-link\" href=\"").append(tv.pageHref() == null ? "../" : "")
                            .append(AboutPages.DATA_NOTES).append(".html#").append(DisputeMarks.entryId(n.dispute()))
                            .append("\">").append(word("disputeSee")).append("</a>");
                }
                for (String back : n.backrefs()) {
                    out.append(" <a class=\"backref\" href=\"#").append(esc(back)).append("\" aria-label=\"")
                            .append(word("backToRef")).append(' ').append(n.number()).append("\">↩</a>");
                }
                out.append("</li>\n");
            }
            out.append("    </ol>\n  </figcaption>\n");
        }
        return out.append("</figure>\n").toString();
    }

    private void cell(StringBuilder out, Views.BodyCell c) {
        if (c.text() != null) {
            out.append(esc(c.text()));
        }
        if (c.unit() != null) {
            out.append(" <span class=\"unit\">").append(esc(c.unit())).append("</span>");
        }
        for (Views.NoteRef ref : c.notes()) {
            out.append("<sup class=\"note-ref\"><a id=\"").append(esc(ref.refId())).append("\" href=\"#")
                    .append(esc(ref.noteId())).append("\" aria-label=\"").append(word("noteRef")).append(' ')
                    .append(ref.number()).append("\">").append(ref.number()).append("</a></sup>");
        }
    }

    private static void spans(StringBuilder out, int colspan, int rowspan, String lang) {
        if (colspan > 1) {
            out.append(" colspan=\"").append(colspan).append('"');
        }
        if (rowspan > 1) {
            out.append(" rowspan=\"").append(rowspan).append('"');
        }
        if (lang != null) {
            out.append(" lang=\"").append(esc(lang)).append('"');
        }
    }

    private String word(String key) {
        return esc(words.getOrDefault(key, key));
    }

    private String mapWord(String key) {
        return mapWords.getOrDefault(key, key);
    }

    /** As FreeMarker's HTML output format escapes: the five characters that can end a text or attribute. */
    static String esc(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            String r = switch (s.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(s.charAt(i));
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
