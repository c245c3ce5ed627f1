package plansite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plansite.model.Cell;
import plansite.model.Column;
import plansite.model.Localized;
import plansite.model.Note;
import plansite.model.Row;
import plansite.model.Table;
import plansite.model.UnitResolver;

/** Lays a {@link Table} out for one language: header grid with spans, merged body cells, numbered notes. */
final class TableViews {
    private final String lang;
    private final String fallbackLang;
    private final String fallbackHtmlLang;
    /** The disagreement each note states, by "table/note" (see {@link DisputeMarks#byTableNote}). */
    private final Map<String, String> disputes;

    TableViews(String lang, String fallbackLang, String fallbackHtmlLang, Map<String, String> disputes) {
        this.disputes = disputes;
        this.lang = lang;
        this.fallbackLang = fallbackLang;
        this.fallbackHtmlLang = fallbackHtmlLang;
    }

    /** The table laid out, linking to its own page at {@code pageHref} (null on that page). */
    Views.TableView view(Table table, String pageHref) {
        List<List<Column>> ancestry = table.leafPaths();
        Map<String, Integer> noteNumbers = new LinkedHashMap<>();
        Map<String, List<String>> backrefs = new LinkedHashMap<>();
        List<List<Views.BodyCell>> body = bodyRows(table, ancestry, new UnitResolver(table), noteNumbers, backrefs);
        for (Note n : table.notes()) {
            noteNumbers.computeIfAbsent(n.id(), k -> noteNumbers.size() + 1);
        }
        List<Views.NoteView> notes = new ArrayList<>();
        noteNumbers.forEach((id, number) -> {
            Note note = table.notes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
            notes.add(new Views.NoteView(number, noteAnchor(table, id), text(note.text()), langOf(note.text()),
                    backrefs.getOrDefault(id, List.of()), disputes.get(table.id() + "/" + id)));
        });
        return new Views.TableView(table.id(), text(table.label()), text(table.title()), pageHref, table.isDerived(),
                text(table.unit()),
                headerRows(table), body, notes, !table.editionNotes().isEmpty());
    }

    private List<List<Views.HeaderCell>> headerRows(Table table) {
        int depth = table.headerDepth();
        List<List<Views.HeaderCell>> rows = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            rows.add(new ArrayList<>());
        }
        for (Column c : table.columns()) {
            addHeader(c, 0, depth, rows);
        }
        return rows;
    }

    private void addHeader(Column c, int level, int depth, List<List<Views.HeaderCell>> rows) {
        int colspan = c.leaves().size();
        boolean bottom = c.isLeaf() || c.spansChildren();
        int rowspan = bottom ? depth - level : 1;
        rows.get(level).add(new Views.HeaderCell(text(c.label()), text(c.unit()), colspan, rowspan,
                colspan == 1 ? "col" : "colgroup", langOf(c.label())));
        if (!bottom) {
            for (Column child : c.columns()) {
                addHeader(child, level + 1, depth, rows);
            }
        }
    }

    private List<List<Views.BodyCell>> bodyRows(Table table, List<List<Column>> ancestry, UnitResolver units,
            Map<String, Integer> noteNumbers, Map<String, List<String>> backrefs) {
        List<Row> rows = table.rows();
        int width = ancestry.size();
        int[][] rowspan = new int[rows.size()][width];
        int[][] colspan = new int[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < width; c++) {
                Cell cell = rows.get(r).cells().get(c);
                if (cell.merge() == Cell.Merge.UP) {
                    int o = r - 1;
                    while (rows.get(o).cells().get(c).merge() == Cell.Merge.UP) {
                        o--;
                    }
                    rowspan[o][c]++;
                } else if (cell.merge() == Cell.Merge.LEFT) {
                    int o = c - 1;
                    while (rows.get(r).cells().get(o).merge() == Cell.Merge.LEFT) {
                        o--;
                    }
                    colspan[r][o]++;
                }
            }
        }
        List<List<Views.BodyCell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<Views.BodyCell> cells = new ArrayList<>();
            int rowNotesAt = rowLabel(table, rows, r, rowspan);
            for (int c = 0; c < width; c++) {
                Cell cell = row.cells().get(c);
                if (cell.merge() != Cell.Merge.NONE) {
                    continue;
                }
                List<String> noteIds = new ArrayList<>(cell.notes());
                if (rowNotesAt == c || rowNotesAt < 0 && cells.isEmpty()) {
                    // A note on the whole row is cited from the row's own label (where its unit is said).
                    noteIds.addAll(0, row.notes());
                }
                List<Views.NoteRef> refs = new ArrayList<>();
                for (String id : noteIds) {
                    int number = noteNumbers.computeIfAbsent(id, k -> noteNumbers.size() + 1);
                    List<String> back = backrefs.computeIfAbsent(id, k -> new ArrayList<>());
                    String refId = noteAnchor(table, id) + "-ref-" + (back.size() + 1);
                    back.add(refId);
                    refs.add(new Views.NoteRef(number, noteAnchor(table, id), refId));
                }
                String display = cell.display(lang, fallbackLang);
                cells.add(new Views.BodyCell(display, shownUnit(units, row, c), c < table.headerColumns(),
                        cell.isNumeric(), rowspan[r][c] + 1, colspan[r][c] + 1, refs, langOf(cell.text())));
            }
            out.add(cells);
        }
        return out;
    }

    /**
     * The column of the cell that labels row {@code r} alone: the cell covering the last row-header
     * column, when it starts in this row and spans no other; -1 when there is none (then the row's
     * first printed cell is its label).
     */
    private static int rowLabel(Table table, List<Row> rows, int r, int[][] rowspan) {
        int c = table.headerColumns() - 1;
        if (c < 0) {
            return -1;
        }
        List<Cell> cells = rows.get(r).cells();
        while (c > 0 && cells.get(c).merge() == Cell.Merge.LEFT) {
            c--;
        }
        return cells.get(c).merge() == Cell.Merge.NONE && rowspan[r][c] == 0 ? c : -1;
    }

    /** A unit stated only on the row or the cell is shown with the value; others are printed already. */
    private String shownUnit(UnitResolver units, Row row, int column) {
        Cell cell = row.cells().get(column);
        if (cell.isEmpty() || units.isWordColumn(column) && cell.unit() == null) {
            return null;
        }
        UnitResolver.Resolved r = units.resolve(row, column);
        boolean value = cell.isNumeric() || cell.unit() != null;
        return value && r.showBesideValue() ? text(r.unit()) : null;
    }

    private static String noteAnchor(Table table, String noteId) {
        return table.id() + "-note-" + noteId;
    }

    private String text(Localized l) {
        return l == null ? null : l.in(lang, fallbackLang);
    }

    /** The html lang of the text shown, when it differs from the page's (a missing translation). */
    private String langOf(Localized l) {
        return l != null && !l.has(lang) && !lang.equals(fallbackLang) ? fallbackHtmlLang : null;
    }
}
