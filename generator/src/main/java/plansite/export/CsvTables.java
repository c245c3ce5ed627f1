package plansite.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import plansite.model.Table;

/**
 * CSV files of a table: as printed, per language, and its notes, in UTF-8 with a byte order mark, because
 * Excel on Chinese Windows reads a CSV without one as GBK and shows mojibake; the tidy file without one, for
 * programs. RFC 4180 quoting and CRLF line ends.
 */
public final class CsvTables {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

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

    /**
     * The tidy file: the lines of {@link TidyTables}, under their header. Without a byte order mark, for
     * programs (pandas, R, the Frictionless libraries), which read UTF-8 by default.
     */
    static byte[] tidy(List<String> header, List<TidyTables.Line> lines) {
        List<List<String>> records = new ArrayList<>();
        records.add(header);
        lines.forEach(l -> records.add(l.cells()));
        return withoutBom(write(records));
    }

    /** Column names of a table's notes file. */
    static final List<String> NOTES_COLUMNS = List.of("kind", "id", "cited_at", "text_zh", "text_en");

    /**
     * The notes file beside a table's CSVs: its title, unit, every note (with where it is cited), its
     * source, licences and citation, in both languages. A file of its own rather than lines after the table,
     * which pandas and Excel's filters would read as rows of data. With a byte order mark, like the
     * as-printed files, for Excel.
     */
    static byte[] notes(List<List<String>> lines) {
        List<List<String>> records = new ArrayList<>();
        records.add(NOTES_COLUMNS);
        records.addAll(lines);
        return write(records);
    }

    static byte[] withoutBom(byte[] csv) {
        return java.util.Arrays.copyOfRange(csv, BOM.length, csv.length);
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
