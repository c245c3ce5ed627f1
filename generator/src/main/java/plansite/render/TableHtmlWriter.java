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
        out.append("<figure class=\"plan-table").append(tv.derived() ? " derived" : "")
                .append(tv.wide() ? " wide" : "").append("\" id=\"")
                .append(esc(tv.id())).append("\">\n");
        if (tv.derived()) {
            out.append("  <p class=\"derived-note\">").append(word("derivedTable")).append("</p>\n");
        }
        out.append("  <div class=\"table-scroll\" role=\"region\" aria-labelledby=\"").append(esc(tv.id()))
                .append("-caption\" tabindex=\"0\">\n    <table>\n      <caption id=\"").append(esc(tv.id()))
                .append("-caption\"><span class=\"caption-text\"><span class=\"table-label\">").append(esc(tv.label()))
                .append("</span> <span class=\"table-title\">").append(esc(tv.title())).append("</span>");
        if (tv.unit() != null) {
            out.append(" <span class=\"table-unit\">").append(word("parenOpen")).append(word("unit"))
                    .append(word("colon")).append(esc(tv.unit())).append(word("parenClose")).append("</span>");
        }
        out.append("</span></caption>\n      <thead>\n");
        int label = labelColumn(tv);
        Grid grid = new Grid();
        for (var row : tv.headerRows()) {
            out.append("        <tr>\n");
            for (Views.HeaderCell h : row) {
                int first = grid.place(h.colspan(), h.rowspan());
                out.append("          <th scope=\"").append(esc(h.scope())).append('"');
                if (first <= label && label < first + h.colspan()) {
                    out.append(" class=\"stick\"");
                } else if (h.colspan() > 1) {
                    out.append(" class=\"group\"");
                }
                spans(out, h.colspan(), h.rowspan(), h.lang());
                out.append('>');
                // A group's heading is wrapped, so that it can stay in view while its columns scroll by.
                out.append(h.colspan() > 1 ? "<span>" : "").append(esc(h.text()));
                if (h.unit() != null) {
                    out.append("<span class=\"unit\">").append(word("parenOpen")).append(esc(h.unit()))
                            .append(word("parenClose")).append("</span>");
                }
                out.append(h.colspan() > 1 ? "</span>" : "").append("</th>\n");
            }
            out.append("        </tr>\n");
            grid.nextRow();
        }
        out.append("      </thead>\n      <tbody>\n");
        // Rows have ids (table id, then the row's number from 1) for links from search results.
        int number = 0;
        grid = new Grid();
        for (var row : tv.bodyRows()) {
            out.append("        <tr id=\"").append(esc(tv.id())).append("-r").append(++number).append("\">\n");
            String rowUnit = sharedUnit(row);
            boolean unitShown = false;
            for (Views.BodyCell c : row) {
                int first = grid.place(c.colspan(), c.rowspan());
                boolean stick = first <= label && label < first + c.colspan();
                String tag = c.header() ? "th" : "td";
                out.append("          <").append(tag).append(c.header() ? " scope=\"row\"" : "");
                String cls = (c.numeric() && !c.header() ? "num" : "") + (stick ? (c.numeric() && !c.header() ? " " : "") + "stick" : "");
                if (!cls.isEmpty()) {
                    out.append(" class=\"").append(cls).append('"');
                }
                spans(out, c.colspan(), c.rowspan(), c.lang());
                out.append('>');
                // A unit that every value of the row shares is said once, in the row's label (the label
                // covering the last row-header column, when it belongs to this row alone).
                boolean labelOfRow = rowUnit != null && !unitShown && c.header() && c.rowspan() == 1
                        && first + c.colspan() - 1 == label;
                cell(out, c, rowUnit == null ? c.unit() : null, labelOfRow ? rowUnit : null);
                unitShown |= labelOfRow;
                out.append("</").append(tag).append(">\n");
            }
            out.append("        </tr>\n");
            grid.nextRow();
        }
        out.append("      </tbody>\n    </table>\n  </div>\n");
        // Shown by site.js only when the table is wider than its box (the box's edge shadows say it too).
        out.append("  <p class=\"scroll-hint\" hidden>").append(word("tableScrollHint")).append("</p>\n");
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
        if (tv.editionNotes()) {
            // How the edition set a damaged table is no note for its readers: one quiet line says where it is told
            // (before the notes: a figcaption must be the figure's last child).
            out.append("  <p class=\"table-edition\"><a href=\"").append(tv.pageHref() == null ? "../" : "")
                    .append(AboutPages.ABOUT).append(".html#").append(esc(AboutPages.tableAnchor(tv.id()))).append("\">")
                    .append(word("tableEditionLink")).append("</a></p>\n");
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
                // A note cited once ends in one arrow back; cited from several places, in "↩ a b c …", a
                // letter for each (as encyclopaedias do), not a run of eleven arrows.
                List<String> backs = n.backrefs();
                if (backs.size() == 1) {
                    out.append(" <a class=\"backref\" href=\"#").append(esc(backs.get(0))).append("\" aria-label=\"")
                            .append(word("backToRef")).append(' ').append(n.number()).append("\">↩</a>");
                } else if (backs.size() > 1) {
                    out.append(" <span class=\"backrefs\"><span aria-hidden=\"true\">↩</span>");
                    for (int i = 0; i < backs.size(); i++) {
                        out.append(" <a class=\"backref\" href=\"#").append(esc(backs.get(i))).append("\" aria-label=\"")
                                .append(word("backToRef")).append(' ').append(n.number()).append(word("colon"))
                                .append(i + 1).append("\">").append(letter(i)).append("</a>");
                    }
                    out.append("</span>");
                }
                out.append("</li>\n");
            }
            out.append("    </ol>\n  </figcaption>\n");
        }
        return out.append("</figure>\n").toString();
    }

    /**
     * {@code unit}: the unit to show beside the value; {@code rowUnit}: the row's shared unit, on its
     * label (not repeated when the label already names it, as "晶质石墨(万吨)" does).
     */
    private void cell(StringBuilder out, Views.BodyCell c, String unit, String rowUnit) {
        if (c.text() != null) {
            out.append(esc(c.text()));
        } else if (!c.notes().isEmpty()) {
            // An empty cell with a note: say it is empty, so the cell is not a bare footnote mark.
            out.append("<span class=\"blank\">").append(word("blankCell")).append("</span>");
        }
        if (unit != null) {
            out.append(" <span class=\"unit\">").append(esc(unit)).append("</span>");
        }
        if (rowUnit != null && (c.text() == null || !c.text().contains(rowUnit))) {
            out.append("<span class=\"unit\">").append(word("parenOpen")).append(esc(rowUnit))
                    .append(word("parenClose")).append("</span>");
        }
        for (int i = 0; i < c.notes().size(); i++) {
            Views.NoteRef ref = c.notes().get(i);
            // Two marks side by side ("3", "2") would read as 32: a comma parts them.
            out.append(i > 0 ? "<sup class=\"note-ref\">,</sup>" : "");
            out.append("<sup class=\"note-ref\"><a id=\"").append(esc(ref.refId())).append("\" href=\"#")
                    .append(esc(ref.noteId())).append("\" aria-label=\"").append(word("noteRef")).append(' ')
                    .append(ref.number()).append("\">").append(ref.number()).append("</a></sup>");
        }
    }

    /**
     * The unit every value of a row shows, when there is one and it is the same for all (then the
     * row's label says it once); null when values differ or a value's unit is not the row's.
     */
    private static String sharedUnit(List<Views.BodyCell> row) {
        String shared = null;
        boolean label = false;
        for (Views.BodyCell c : row) {
            if (c.header()) {
                label = true;
            } else if (c.unit() != null) {
                if (shared != null && !shared.equals(c.unit())) {
                    return null;
                }
                shared = c.unit();
            }
        }
        return label ? shared : null;
    }

    /**
     * The column that labels a row: the last row-header column of the first row (the first column
     * when the table has no row headers). It stays in view while the table scrolls sideways.
     */
    private static int labelColumn(Views.TableView tv) {
        if (tv.bodyRows().isEmpty()) {
            return 0;
        }
        int end = 0;
        for (Views.BodyCell c : tv.bodyRows().get(0)) {
            if (!c.header()) {
                break;
            }
            end += c.colspan();
        }
        return Math.max(0, end - 1);
    }

    /** a, b, … z, then 27, 28 …: the marks of a note's back-links. */
    private static String letter(int i) {
        return i <= 25 ? String.valueOf((char) ('a' + i)) : String.valueOf(i + 1);
    }

    /** Where each cell of a table section starts, given the spans of the cells above it. */
    private static final class Grid {
        private int[] busy = new int[16]; // per column: how many more rows a cell from above covers
        private int column;

        /** The first column of the next cell of the row, which then covers its span. */
        int place(int colspan, int rowspan) {
            while (column < busy.length && busy[column] > 0) {
                column++;
            }
            int first = column;
            if (first + colspan > busy.length) {
                busy = java.util.Arrays.copyOf(busy, Math.max(busy.length * 2, first + colspan));
            }
            for (int i = first; i < first + colspan; i++) {
                busy[i] = rowspan;
            }
            column = first + colspan;
            return first;
        }

        void nextRow() {
            for (int i = 0; i < busy.length; i++) {
                if (busy[i] > 0) {
                    busy[i]--;
                }
            }
            column = 0;
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
