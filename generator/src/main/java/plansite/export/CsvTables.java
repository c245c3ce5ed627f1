package plansite.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import plansite.model.Cell;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * CSV files of a table: as printed, per language, and tidy (one value per row, both languages). UTF-8
 * with a byte order mark, because Excel on Chinese Windows reads a CSV without one as GBK and shows
 * mojibake; RFC 4180 quoting and CRLF line ends.
 */
public final class CsvTables {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

    /** Column names of the tidy CSV, as documented in the data package. */
    public static final List<String> TIDY_COLUMNS = List.of("table_id", "row", "column", "row_zh", "row_en",
            "column_zh", "column_en", "value", "value_text_zh", "value_text_en", "unit_zh", "unit_en", "note_zh",
            "note_en");

    private CsvTables() {}

    /** The table as printed in {@code lang}: a header row, then one row per printed row; units; notes last. */
    public static byte[] printed(Table table, String lang, String fallback, String unitHeader, String notesHeader) {
        TableGrid g = new TableGrid(table, lang, fallback);
        boolean unitColumn = g.hasRowUnits();
        List<List<String>> records = new ArrayList<>();
        List<String> header = new ArrayList<>(g.headers());
        if (unitColumn) {
            header.add(unitHeader);
        }
        header.add(notesHeader);
        records.add(header);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> rec = new ArrayList<>();
            for (int c = 0; c < g.width(); c++) {
                rec.add(g.value(r, c));
            }
            if (unitColumn) {
                rec.add(g.rowUnit(r));
            }
            List<String> notes = new ArrayList<>();
            for (String id : g.rowNoteIds(r)) {
                notes.add(g.noteText(id));
            }
            rec.add(String.join(" | ", notes));
            records.add(rec);
        }
        return write(records);
    }

    /** One row per value, in both languages, with its unit and notes: the shape analysts load. */
    public static byte[] tidy(Table table, String zh, String en) {
        TableGrid gz = new TableGrid(table, zh, zh);
        TableGrid ge = new TableGrid(table, en, zh);
        List<List<String>> records = new ArrayList<>();
        records.add(TIDY_COLUMNS);
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < gz.width(); c++) {
                Cell cell = table.rows().get(r).cells().get(c);
                if (!gz.isValueColumn(c) || cell.merge() != Cell.Merge.NONE || cell.isEmpty()) {
                    continue;
                }
                UnitResolver.Resolved unit = gz.units.resolve(table.rows().get(r), c);
                List<String> ids = gz.noteIds(r, c);
                records.add(List.of(table.id(), String.valueOf(r + 1), String.valueOf(c + 1), gz.rowPath(r),
                        ge.rowPath(r), gz.columnPath(c), ge.columnPath(c), number(cell), gz.value(r, c), ge.value(r, c),
                        gz.text(unit.unit()), ge.text(unit.unit()), notes(gz, ids), notes(ge, ids)));
            }
        }
        return write(records);
    }

    /** The number with its digits as written (a plain decimal), or "" for a value that is words. */
    static String number(Cell cell) {
        return cell.isNumeric() ? cell.value() : "";
    }

    private static String notes(TableGrid g, List<String> ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(g.noteText(id)));
        return String.join(" | ", out);
    }

    private static byte[] write(List<List<String>> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> rec : records) {
                printer.printRecord(rec);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }
}
