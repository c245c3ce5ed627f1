package plansite.search;

import java.util.ArrayList;
import java.util.List;
import plansite.model.Cell;
import plansite.model.Column;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.Plan;
import plansite.model.Table;

/**
 * Every table (its label, title and notes) and every row of it (each value with its column's header,
 * so that 灵丘 finds the rows about Lingqiu), linking to the table's page and the row's anchor there.
 * A cell merged into the one above belongs to every row it spans.
 */
final class TableSource implements SearchSource {
    @Override
    public List<SearchDocument> documents(Plan plan, Language lang) {
        String fallback = plan.site().defaultLanguage().code();
        boolean zh = "zh".equals(lang.code());
        String labelEnd = zh ? "：" : ": ";
        String valueEnd = zh ? "；" : "; ";
        List<SearchDocument> out = new ArrayList<>();
        for (Table t : plan.tables()) {
            String page = "tables/" + t.id() + ".html";
            String name = text(t.label(), lang, fallback) + " " + text(t.title(), lang, fallback);
            String chapter = plan.chapter(lang.code(), t.chapter()).or(() -> plan.chapter(fallback, t.chapter()))
                    .map(c -> c.title()).orElse("");
            List<String> notes = t.notes().stream().map(n -> text(n.text(), lang, fallback)).toList();
            out.add(new SearchDocument(SearchDocument.Kind.TABLE, page, name, chapter, String.join(" ", notes)));
            List<String> headers = t.leafPaths().stream().map(path -> header(path, lang, fallback)).toList();
            for (int r = 0; r < t.rows().size(); r++) {
                StringBuilder label = new StringBuilder();
                StringBuilder values = new StringBuilder();
                for (int c = 0; c < headers.size(); c++) {
                    if (t.rows().get(r).cells().get(c).merge() == Cell.Merge.LEFT) {
                        continue;
                    }
                    String value = t.origin(r, c).display(lang.code(), fallback);
                    if (value == null || value.isBlank()) {
                        continue;
                    }
                    if (c < t.headerColumns()) {
                        label.append(label.isEmpty() ? "" : " ").append(value);
                    }
                    values.append(values.isEmpty() ? "" : valueEnd).append(headers.get(c)).append(labelEnd).append(value);
                }
                out.add(new SearchDocument(SearchDocument.Kind.ROW, page + "#" + rowAnchor(t.id(), r), label.toString(),
                        name, values.toString()));
            }
        }
        return out;
    }

    /** The id of row {@code r} (from 0) on a table's page, as table.ftlh writes it. */
    static String rowAnchor(String tableId, int r) {
        return tableId + "-r" + (r + 1);
    }

    /** A leaf column's header: the labels from the top down, then the nearest unit. */
    private static String header(List<Column> path, Language lang, String fallback) {
        List<String> labels = new ArrayList<>();
        String unit = null;
        for (Column col : path) {
            String label = text(col.label(), lang, fallback);
            if (!label.isEmpty() && (labels.isEmpty() || !labels.get(labels.size() - 1).equals(label))) {
                labels.add(label);
            }
            if (col.unit() != null) {
                unit = text(col.unit(), lang, fallback);
            }
        }
        String joined = String.join(" / ", labels);
        return unit == null || unit.isEmpty() ? joined : joined + " (" + unit + ")";
    }

    private static String text(Localized l, Language lang, String fallback) {
        String s = l == null ? null : l.in(lang.code(), fallback);
        return s == null ? "" : s;
    }
}
