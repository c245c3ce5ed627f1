package plansite.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import plansite.model.Cell;
import plansite.model.Column;
import plansite.model.Table;

/**
 * A table as an Excel workbook: one sheet per language laid out as printed (caption, multi-level headers
 * as merged cells, merged body cells, numbers as numbers with their printed decimals, frozen header),
 * and a sheet with the notes and the source. The bytes are the same for the same table: the workbook's
 * creation time is the plan's publication date.
 */
public final class XlsxTables {

    /** One language's sheet: its name and the words it needs. */
    public record Sheet(String lang, String name, String unitLabel, String notesLabel) {}

    /** Words for the notes sheet. */
    public record NotesSheet(String name, List<List<String>> head) {
        public NotesSheet {
            head = List.copyOf(head);
        }
    }

    private XlsxTables() {}

    public static byte[] write(Table table, List<Sheet> sheets, String fallback, NotesSheet notes, LocalDate created) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(raw, "plansite", "1.0");
            // Stored, not compressed: the rewrite below compresses once, for the final file.
            wb.setCompressionLevel(0);
            for (Sheet s : sheets) {
                sheet(wb.newWorksheet(s.name()), new TableGrid(table, s.lang(), fallback), s);
            }
            notesSheet(wb.newWorksheet(notes.name()), table, sheets, fallback, notes);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixCreationTime(raw.toByteArray(), created);
    }

    private static void sheet(Worksheet ws, TableGrid g, Sheet s) {
        Table t = g.table;
        int width = g.width();
        boolean unitColumn = g.hasRowUnits();
        int last = width - 1 + (unitColumn ? 1 : 0) + 1;
        ws.value(0, 0, g.text(t.label()) + " " + g.text(t.title())
                + (t.unit() != null ? " (" + s.unitLabel() + ": " + g.text(t.unit()) + ")" : ""));
        ws.range(0, 0, 0, last).merge();
        ws.style(0, 0).bold().set();
        int depth = t.headerDepth();
        int[] col = {0};
        for (Column c : t.columns()) {
            header(ws, g, c, 1, 1 + depth - 1, col);
        }
        if (unitColumn) {
            headerCell(ws, 1, width, 1 + depth - 1, width, s.unitLabel());
        }
        headerCell(ws, 1, last, 1 + depth - 1, last, s.notesLabel());
        int top = 1 + depth;
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < width; c++) {
                Cell cell = t.rows().get(r).cells().get(c);
                int row = top + r;
                if (cell.merge() != Cell.Merge.NONE) {
                    continue;
                }
                if (cell.isNumeric() && g.isValueColumn(c)) {
                    BigDecimal v = new BigDecimal(cell.value());
                    ws.value(row, c, v);
                    String format = v.scale() > 0 ? "0." + "0".repeat(v.scale()) : "0";
                    ws.style(row, c).format(format).set();
                } else {
                    String text = g.value(r, c);
                    if (!text.isEmpty()) {
                        ws.value(row, c, text);
                    }
                    if (c < t.headerColumns()) {
                        ws.style(row, c).bold().verticalAlignment("top").wrapText(true).set();
                    }
                }
                int down = span(t, r, c, true);
                int right = span(t, r, c, false);
                if (down > 0 || right > 0) {
                    ws.range(row, c, row + down, c + right).merge();
                }
            }
            if (unitColumn) {
                ws.value(top + r, width, g.rowUnit(r));
            }
            List<String> notes = new ArrayList<>();
            g.rowNoteIds(r).forEach(id -> notes.add(g.noteText(id)));
            if (!notes.isEmpty()) {
                ws.value(top + r, last, String.join(" | ", notes));
            }
        }
        ws.freezePane(Math.max(0, t.headerColumns()), top);
        for (int c = 0; c <= last; c++) {
            ws.width(c, c == last ? 40 : 14);
        }
    }

    /** How many cells below (or to the right) are merged into this one. */
    private static int span(Table t, int r, int c, boolean down) {
        int n = 0;
        if (down) {
            for (int rr = r + 1; rr < t.rows().size() && t.rows().get(rr).cells().get(c).merge() == Cell.Merge.UP; rr++) {
                n++;
            }
        } else {
            List<Cell> cells = t.rows().get(r).cells();
            for (int cc = c + 1; cc < cells.size() && cells.get(cc).merge() == Cell.Merge.LEFT; cc++) {
                n++;
            }
        }
        return n;
    }

    /** Writes column {@code c}'s header at {@code row}, merged over its leaves and down to the header's last row. */
    private static void header(Worksheet ws, TableGrid g, Column c, int row, int bottom, int[] col) {
        int leaves = c.leaves().size();
        int first = col[0];
        String label = g.text(c.label()) + (c.unit() != null ? " (" + g.text(c.unit()) + ")" : "");
        if (c.isLeaf() || c.spansChildren()) {
            headerCell(ws, row, first, bottom, first + leaves - 1, label);
            col[0] += leaves;
            return;
        }
        headerCell(ws, row, first, row, first + leaves - 1, label);
        for (Column child : c.columns()) {
            header(ws, g, child, row + 1, bottom, col);
        }
    }

    private static void headerCell(Worksheet ws, int top, int left, int bottom, int right, String text) {
        ws.value(top, left, text);
        if (bottom > top || right > left) {
            ws.range(top, left, bottom, right).merge();
        }
        ws.range(top, left, bottom, right).style().bold().horizontalAlignment("center").verticalAlignment("center")
                .wrapText(true).fillColor("E9EDF1").set();
    }

    private static void notesSheet(Worksheet ws, Table t, List<Sheet> sheets, String fallback, NotesSheet words) {
        int r = 0;
        // Source, terms, licences, citation: a label and its text a line.
        for (List<String> line : words.head()) {
            ws.value(r, 0, line.get(0));
            ws.value(r++, 1, line.get(1));
        }
        r++;
        ws.value(r, 0, "id");
        for (int i = 0; i < sheets.size(); i++) {
            ws.value(r, i + 1, sheets.get(i).name());
        }
        ws.range(r, 0, r, sheets.size()).style().bold().set();
        r++;
        for (var note : t.notes()) {
            ws.value(r, 0, note.id());
            for (int i = 0; i < sheets.size(); i++) {
                ws.value(r, i + 1, new TableGrid(t, sheets.get(i).lang(), fallback).text(note.text()));
            }
            r++;
        }
        ws.width(0, 16);
        for (int i = 0; i < sheets.size(); i++) {
            ws.width(i + 1, 80);
        }
    }

    /** The writer lists merged ranges in hash order; sorted, the sheet is the same every time. */
    static String sortMerges(String sheet) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<mergeCells[^>]*>(.*?)</mergeCells>").matcher(sheet);
        if (!m.find()) {
            return sheet;
        }
        List<String> cells = new ArrayList<>();
        java.util.regex.Matcher c = java.util.regex.Pattern.compile("<mergeCell [^>]*/>").matcher(m.group(1));
        while (c.find()) {
            cells.add(c.group());
        }
        java.util.Collections.sort(cells);
        return sheet.substring(0, m.start(1)) + String.join("", cells) + sheet.substring(m.end(1));
    }

    /** Rewrites the workbook with a fixed creation time and fixed entry times, so that the bytes are stable. */
    private static byte[] fixCreationTime(byte[] xlsx, LocalDate created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length / 2);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries(xlsx).entrySet()) {
                byte[] data = e.getValue();
                if (e.getKey().startsWith("xl/worksheets/")) {
                    data = sortMerges(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                if (e.getKey().equals("docProps/core.xml")) {
                    data = new String(data, StandardCharsets.UTF_8)
                            .replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                                    "$1" + created + "T00:00:00Z$2")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getKey());
                copy.setTimeLocal(LocalDateTime.of(created, java.time.LocalTime.MIDNIGHT));
                zip.putNextEntry(copy);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /**
     * A zip's entries by its central directory, in its order, each inflated. Read from the bytes, not a
     * file: the streaming writer leaves the sizes out of the local headers, so {@link java.util.zip.ZipInputStream}
     * cannot read it, and {@link java.util.zip.ZipFile} needs a file (a temporary file per workbook
     * was a tenth of the time of making one).
     */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (end >= 0 && b.getInt(end) != 0x06054b50) {
            end--;
        }
        if (end < 0) {
            throw new IOException("not a zip: no end of central directory");
        }
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        int at = b.getInt(end + 16);
        for (int n = b.getShort(end + 10) & 0xffff; n > 0; n--) {
            if (b.getInt(at) != 0x02014b50) {
                throw new IOException("not a zip: a bad central directory entry at " + at);
            }
            int method = b.getShort(at + 10) & 0xffff;
            int compressed = b.getInt(at + 20);
            int size = b.getInt(at + 24);
            int nameLength = b.getShort(at + 28) & 0xffff;
            int skip = (b.getShort(at + 30) & 0xffff) + (b.getShort(at + 32) & 0xffff);
            int local = b.getInt(at + 42);
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            int data = local + 30 + (b.getShort(local + 26) & 0xffff) + (b.getShort(local + 28) & 0xffff);
            byte[] bytes = new byte[size];
            if (method == ZipEntry.STORED) {
                System.arraycopy(zip, data, bytes, 0, size);
            } else {
                java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
                try {
                    inflater.setInput(zip, data, compressed);
                    if (inflater.inflate(bytes) != size) {
                        throw new IOException("entry " + name + " inflates to other than its size");
                    }
                } catch (java.util.zip.DataFormatException e) {
                    throw new IOException("entry " + name + ": " + e.getMessage(), e);
                } finally {
                    inflater.end();
                }
            }
            entries.put(name, bytes);
            at += 46 + nameLength + skip;
        }
        return entries;
    }
}
