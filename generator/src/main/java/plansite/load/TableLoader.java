package plansite.load;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plansite.diag.Diagnostics;
import java.util.ArrayList;
import plansite.model.Cell;
import plansite.model.DerivedFrom;
import plansite.model.Quotes;
import plansite.model.TableCheck;
import plansite.model.TidyLayout;
import plansite.model.Chapter;
import plansite.model.Column;
import plansite.model.Localized;
import plansite.model.Note;
import plansite.model.Row;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * Loads {@code data/tables/<id>.yaml} and checks that the table is well-formed on its own: every row
 * lines up with the columns, merged cells have something to merge with, notes exist, and no number
 * is without its unit.
 */
final class TableLoader {
    private final YamlReader yaml;

    TableLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** A table file as read, before it is checked against the chapters. */
    record Read(InputFile file, YamlReader.Parsed<TableFile> parsed) {}

    /** Reads a table file; needs nothing else of the plan, so it can run while the chapters load. */
    Optional<Read> read(InputFile file, String defaultLang, Diagnostics diags) {
        return yaml.readFile(file, TableFile.class, defaultLang, diags).map(p -> new Read(file, p));
    }

    /**
     * @param chapters the chapters of the default language, by id, to check where the table belongs
     * @param chapterFiles ids of all chapter files of the default language, including those that failed
     */
    Optional<Table> load(Read read, String defaultLang, Map<String, Chapter> chapters, Set<String> chapterFiles,
            Diagnostics diags) {
        InputFile file = read.file();
        TableFile t = read.parsed().value();
        PositionIndex at = read.parsed().positions();
        Diagnostics local = new Diagnostics();
        Required req = new Required(at, local, "a table");
        List<String> lang = List.of(defaultLang);
        if (req.text(t.id(), "", "id")) {
            String expected = t.id() + ".yaml";
            String actual = file.path().getFileName().toString();
            if (!MarkdownChapterParser.ID.matcher(t.id()).matches()) {
                local.error(at.at("/id"), "table id '" + t.id() + "' must be lower-case letters, digits and '-'");
            } else if (!expected.equals(actual)) {
                local.error(at.at("/id"), "table id '" + t.id() + "' does not match the file name '" + actual
                        + "'; rename the file to '" + expected + "' or change the id");
            }
        }
        req.localized(t.label(), "", "label", lang);
        req.localized(t.title(), "", "title", lang);
        if (req.text(t.chapter(), "", "chapter")) {
            Chapter home = chapters.get(t.chapter());
            if (home == null && !chapterFiles.contains(t.chapter())) {
                local.error(at.at("/chapter"), "unknown chapter '" + t.chapter() + "'; expected the id of a file in"
                        + " content/" + defaultLang + "/" + PlanValidator.suggestion(t.chapter(), chapters.keySet()));
            } else if (home != null && t.section() != null
                    && home.sections().stream().noneMatch(s -> s.id().equals(t.section()))) {
                local.error(at.at("/section"), "unknown section '" + t.section() + "' of chapter '" + t.chapter()
                        + "'" + PlanValidator.suggestion(t.section(),
                                home.sections().stream().map(s -> s.id()).collect(java.util.stream.Collectors.toSet())));
            }
        }
        boolean hasColumns = req.value(t.columns(), "", "columns");
        boolean hasRows = req.value(t.rows(), "", "rows");
        if (hasColumns) {
            checkColumns(t.columns(), "/columns", lang, at, local);
        }
        List<Note> notes = t.notes() == null ? List.of() : t.notes();
        Set<String> noteIds = checkNotes(notes, "/notes", lang, at, local);
        List<Note> editionNotes = t.editionNotes() == null ? List.of() : t.editionNotes();
        Set<String> editionIds = checkNotes(editionNotes, "/edition_notes", lang, at, local);
        for (int i = 0; i < editionNotes.size(); i++) {
            // One id, one note: a link to zl-02's r1 must not depend on which list it is looked up in.
            if (editionNotes.get(i).id() != null && noteIds.contains(editionNotes.get(i).id())) {
                local.error(at.at("/edition_notes/" + i + "/id"), "note id '" + editionNotes.get(i).id()
                        + "' is used by a note under 'notes' too; give each note its own id");
            }
        }
        if (local.hasErrors() || !hasColumns || !hasRows) {
            diags.addAll(local);
            return Optional.empty();
        }
        List<Column> leaves = t.columns().stream().flatMap(c -> c.leaves().stream()).toList();
        int headerColumns = t.headerColumns() == null ? 1 : t.headerColumns();
        if (headerColumns < 0 || headerColumns > leaves.size()) {
            local.error(at.at("/header_columns"), "header_columns must be between 0 and the number of columns ("
                    + leaves.size() + ")");
        }
        DerivedFrom derived = null;
        if (t.derivedFrom() != null && new Required(at, local, "derived_from").text(t.derivedFrom().quote(),
                "/derived_from", "quote")) {
            derived = new DerivedFrom(t.derivedFrom().quote());
            Chapter home = chapters.get(t.chapter());
            Optional<String> sectionText = home == null ? Optional.empty() : home.text(t.section());
            int count = sectionText.map(s -> Quotes.count(s, t.derivedFrom().quote())).orElse(0);
            if (count == 0 || count > 1) {
                local.error(at.at("/derived_from/quote"), "the quote occurs " + count + " times in section '"
                        + t.section() + "' of chapter '" + t.chapter() + "'; quote the paragraph the table comes from"
                        + " so that it occurs once");
            }
        }
        List<TableCheck> checks = new ArrayList<>();
        List<TableFile.CheckFile> checkFiles = t.checks() == null ? List.of() : t.checks();
        for (int i = 0; i < checkFiles.size(); i++) {
            checkEntry(checkFiles.get(i), "/checks/" + i, at, local).ifPresent(checks::add);
        }
        TidyLayout tidy = tidy(t.tidy(), t.rows().size(), leaves.size(), at, local);
        Table table = new Table(t.id(), t.label(), t.title(), t.chapter(), t.section(), t.unit(), headerColumns,
                t.columns(), t.rows(), notes, editionNotes, derived, checks, null, tidy, at.at("/id"));
        checkRows(table, leaves, noteIds, editionIds, local);
        if (t.chart() != null && !local.hasErrors()) {
            // Checked against the table as read: its rows, columns, units and checks must be sound first.
            Table plain = table;
            table = ChartDeclarations.check(t.chart(), plain, defaultLang, at, local)
                    .map(plain::withChart)
                    .orElse(plain);
        }
        diags.addAll(local);
        return local.hasErrors() ? Optional.empty() : Optional.of(table);
    }

    /**
     * The {@code tidy:} block, each declaration checked on its own: keys one per row and well-formed, columns
     * that exist, measures and periods well-formed. That the keys are unique and the counties known is
     * checked against the whole plan (PlanValidator, and the downloads against the boundaries).
     */
    private static TidyLayout tidy(TableFile.TidyFile f, int rows, int columns, PositionIndex at, Diagnostics diags) {
        if (f == null) {
            return TidyLayout.none(at.at("/id"));
        }
        List<String> keys = f.keys() == null ? List.of() : f.keys();
        if (!keys.isEmpty() && f.key() != null) {
            diags.error(at.at("/tidy/key"), "give either 'keys' (one per row) or 'key' (the columns that key each"
                    + " row), not both");
        }
        if (!keys.isEmpty() && keys.size() != rows) {
            diags.error(at.at("/tidy/keys"), "'keys' lists " + keys.size() + " keys but the table has " + rows
                    + " rows; give one key per row, in the order of the rows");
        }
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null || !TidyLayout.KEY.matcher(keys.get(i)).matches()) {
                diags.error(at.at("/tidy/keys/" + i), "row key '" + keys.get(i) + "' must be lower-case letters,"
                        + " digits and '-', e.g. coal-output");
            }
        }
        List<Integer> keyColumns = new ArrayList<>();
        if (f.key() != null) {
            try {
                keyColumns = range(f.key());
            } catch (IllegalArgumentException e) {
                diags.error(at.at("/tidy/key"), e.getMessage());
            }
            keyColumns.stream().filter(c -> c < 0 || c >= columns).findFirst().ifPresent(c -> diags.error(
                    at.at("/tidy/key"), "key column " + (c + 1) + " is not a column of the table (1-" + columns + ")"));
        }
        Integer county = column(f.county(), "county", columns, at, diags);
        List<TidyLayout.Dimension> dimensions = new ArrayList<>();
        if (f.dimensions() != null) {
            for (var e : new java.util.TreeMap<>(f.dimensions()).entrySet()) {
                Integer c = column(e.getValue(), "dimensions/" + e.getKey(), columns, at, diags);
                if (c != null) {
                    dimensions.add(new TidyLayout.Dimension(e.getKey(), c));
                }
            }
        }
        List<TidyLayout.Measure> measures = new ArrayList<>();
        if (f.columns() != null) {
            for (var e : new java.util.TreeMap<>(f.columns()).entrySet()) {
                String p = "/tidy/columns/" + e.getKey();
                Integer c = e.getKey().matches("\\d{1,3}") ? Integer.valueOf(e.getKey()) : null;
                if (c == null || c < 1 || c > columns) {
                    diags.error(at.at(p), "'" + e.getKey() + "' is not a column number of the table (1-" + columns
                            + ")");
                    continue;
                }
                TableFile.MeasureFile m = e.getValue();
                if (m == null || m.measure() == null || !TidyLayout.KEY.matcher(m.measure()).matches()) {
                    diags.error(at.at(m == null || m.measure() == null ? p : p + "/measure"), "column " + c
                            + " needs a 'measure': lower-case letters, digits and '-', e.g. area-remediated");
                    continue;
                }
                if (m.period() != null && !TidyLayout.PERIOD.matcher(m.period()).matches()) {
                    diags.error(at.at(p + "/period"), "period '" + m.period() + "' must be a year or two years"
                            + " joined by '/', e.g. 2020 or 2016/2020");
                    continue;
                }
                measures.add(new TidyLayout.Measure(c - 1, m.measure(), m.period(), at.at(p)));
            }
        }
        return new TidyLayout(keys, keyColumns, county, dimensions, measures, at.at("/tidy"));
    }

    private static Integer column(Integer n, String key, int columns, PositionIndex at, Diagnostics diags) {
        if (n == null) {
            if (key.startsWith("dimensions/")) {
                diags.error(at.at("/tidy/" + key), "dimension '" + key.substring(11) + "' needs a column number");
            }
            return null;
        }
        if (n < 1 || n > columns) {
            diags.error(at.at("/tidy/" + key), "'" + key + "' must be a column number of the table (1-" + columns
                    + ")");
            return null;
        }
        return n - 1;
    }

    private static Optional<TableCheck> checkEntry(TableFile.CheckFile c, String p, PositionIndex at,
            Diagnostics diags) {
        try {
            if (c.total() != null && c.formula() == null && c.rows() == null) {
                return Optional.of(new TableCheck.Total(c.total() - 1, range(c.parts()), range(c.columns()), at.at(p)));
            }
            if (c.formula() != null && c.total() == null && c.parts() == null && c.columns() == null) {
                return Optional.of(new TableCheck.Formula(c.formula(), range(c.rows()), at.at(p)));
            }
        } catch (IllegalArgumentException e) {
            diags.error(at.at(p), e.getMessage());
            return Optional.empty();
        }
        diags.error(at.at(p), "a check is either {total, parts, columns} or {formula, rows}");
        return Optional.empty();
    }

    /** 1-based {@code 3}, {@code "1-10"}, {@code "1-3, 5"} or {@code [1, 3, 5]} → 0-based indexes; null → all. */
    static List<Integer> range(Object spec) {
        List<Integer> out = new ArrayList<>();
        if (spec == null) {
            return out;
        }
        if (spec instanceof Number n) {
            out.add(n.intValue() - 1);
            return out;
        }
        if (spec instanceof List<?> list) {
            for (Object o : list) {
                out.addAll(range(o));
            }
            return out;
        }
        for (String part : spec.toString().split(",")) {
            String s = part.strip();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\\s*-\\s*(\\d+))?").matcher(s);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + spec + "' is not a range of rows or columns; write 3, \"1-10\""
                        + " or [1, 3, 5]");
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            for (int i = from; i <= to; i++) {
                out.add(i - 1);
            }
        }
        return out;
    }

    private static void checkColumns(List<Column> columns, String pointer, List<String> lang, PositionIndex at,
            Diagnostics diags) {
        if (columns.isEmpty()) {
            diags.error(at.at(pointer), "a table needs at least one column");
        }
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String p = pointer + "/" + i;
            new Required(at, diags, "a column").localized(c.label(), p, "label", lang);
            if (c.name() != null) {
                diags.error(at.at(p + "/name"), "a column with a label is named by it; 'name' names a sub-column"
                        + " printed without a header of its own");
            }
            if (c.spansChildren()) {
                if (c.columns().stream().anyMatch(child -> !child.isLeaf())) {
                    diags.error(at.at(p + "/columns"), "sub-columns without labels cannot have sub-columns");
                }
                for (int j = 0; j < c.columns().size(); j++) {
                    if (c.columns().get(j).name() != null) {
                        new Required(at, diags, "a sub-column's name").localized(c.columns().get(j).name(),
                                p + "/columns/" + j, "name", lang);
                    }
                }
            } else if (!c.columns().isEmpty()) {
                if (c.columns().stream().anyMatch(child -> child.label() == null)) {
                    diags.error(at.at(p + "/columns"), "either every sub-column has a label or none has (a header"
                            + " printed once over several columns)");
                } else {
                    checkColumns(c.columns(), p + "/columns", lang, at, diags);
                }
            }
        }
    }

    private static Set<String> checkNotes(List<Note> notes, String pointer, List<String> lang, PositionIndex at,
            Diagnostics diags) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            String p = pointer + "/" + i;
            Required req = new Required(at, diags, "a note");
            if (req.text(n.id(), p, "id") && !ids.add(n.id())) {
                diags.error(at.at(p + "/id"), "duplicate note id '" + n.id() + "'");
            }
            req.localized(n.text(), p, "text", lang);
        }
        return ids;
    }

    /**
     * Why {@code where} may not cite note {@code id}: it is no note of the table, or an edition note, which
     * stands on "About this edition" and so has no number under the table for a mark to point at.
     */
    private static String uncited(String where, String id, Set<String> editionIds) {
        if (editionIds.contains(id)) {
            return where + " cites note '" + id + "', an edition note: edition notes are shown on \"About this"
                    + " edition\", not under the table, so no cell or row cites them; remove the citation, or cite a"
                    + " note under 'notes'";
        }
        return where + " cites note '" + id + "', which is not in the table's notes";
    }

    private static void checkRows(Table table, List<Column> leaves, Set<String> noteIds, Set<String> editionIds,
            Diagnostics diags) {
        UnitResolver units = new UnitResolver(table);
        List<Row> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int rowNumber = r + 1;
            if (row.cells().size() != leaves.size()) {
                diags.error(row.pos(), "row " + (r + 1) + " has " + row.cells().size() + " cells but the table has "
                        + leaves.size() + " columns; write an empty cell as ~");
                continue;
            }
            row.notes().stream().filter(n -> !noteIds.contains(n)).forEach(n -> diags.error(row.pos(),
                    uncited("row " + rowNumber, n, editionIds)));
            for (int c = 0; c < leaves.size(); c++) {
                Cell cell = row.cells().get(c);
                String where = "row " + (r + 1) + ", column " + (c + 1);
                if (cell.merge() == Cell.Merge.UP && r == 0) {
                    diags.error(row.pos(), where + " is merged with the cell above (^), but it is in the first row");
                }
                if (cell.merge() == Cell.Merge.LEFT && c == 0) {
                    diags.error(row.pos(), where + " is merged with the cell to its left (<), but it is in the first"
                            + " column");
                }
                cell.notes().stream().filter(n -> !noteIds.contains(n)).forEach(n -> diags.error(row.pos(),
                        uncited(where, n, editionIds)));
                if (!units.isWordColumn(c) && cell.isNumeric() && units.resolve(row, c).unit() == null) {
                    diags.error(row.pos(), where + " holds the number " + cell.value() + " without a unit; give the"
                            + " cell, the row, the column or the table a unit, or mark the column 'text: true'");
                }
            }
        }
    }
}
