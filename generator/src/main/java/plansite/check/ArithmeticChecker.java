package plansite.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import plansite.diag.Diagnostics;
import plansite.model.Cell;
import plansite.model.Chapter;
import plansite.model.Finding;
import plansite.model.Plan;
import plansite.model.ProseCheck;
import plansite.model.Quotes;
import plansite.model.Row;
import plansite.model.Table;
import plansite.model.TableCheck;
import plansite.model.UnitResolver;

/**
 * Recomputes every total, formula and prose figure the data declares. Each printed figure gives a
 * {@link Finding}; one that disagrees with its arithmetic must carry a note, or the run warns.
 */
public final class ArithmeticChecker {
    private final Plan plan;
    private final String lang;
    /** Each section's text made ready for its quotes once, by "chapter/section": a section has many checks. */
    private final java.util.Map<String, Quotes.Text> sectionTexts = new java.util.HashMap<>();

    public ArithmeticChecker(Plan plan) {
        this.plan = plan;
        this.lang = plan.site().defaultLanguage().code();
    }

    public List<Finding> check(Diagnostics diags) {
        List<Finding> out = new ArrayList<>();
        for (Table t : plan.tables()) {
            for (TableCheck c : t.checks()) {
                if (c instanceof TableCheck.Total total) {
                    checkTotal(t, total, out, diags);
                } else {
                    checkFormula(t, (TableCheck.Formula) c, out, diags);
                }
            }
        }
        for (ProseCheck p : plan.proseChecks()) {
            checkProse(p, out, diags);
        }
        return out;
    }

    private void checkTotal(Table t, TableCheck.Total c, List<Finding> out, Diagnostics diags) {
        int width = t.leafColumns().size();
        if (c.row() < 0 || c.row() >= t.rows().size()) {
            diags.error(c.pos(), "total row " + (c.row() + 1) + " is outside the table (" + t.rows().size() + " rows)");
            return;
        }
        List<Integer> parts = c.parts().isEmpty()
                ? IntStream.range(0, t.rows().size()).filter(i -> i != c.row()).boxed().toList() : c.parts();
        if (parts.stream().anyMatch(p -> p < 0 || p >= t.rows().size())) {
            diags.error(c.pos(), "the parts of the total name rows outside the table (" + t.rows().size() + " rows)");
            return;
        }
        UnitResolver units = new UnitResolver(t);
        List<Integer> columns = c.columns().isEmpty()
                ? IntStream.range(0, width).filter(i -> !units.isWordColumn(i)).boxed().toList() : c.columns();
        if (columns.stream().anyMatch(i -> i < 0 || i >= width)) {
            diags.error(c.pos(), "the total names columns outside the table (" + width + " columns)");
            return;
        }
        Row totalRow = t.rows().get(c.row());
        for (int col : columns) {
            Cell printed = totalRow.cells().get(col);
            if (!printed.isNumeric()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<String> operands = new ArrayList<>();
            boolean words = false;
            for (int p : parts) {
                Cell cell = t.rows().get(p).cells().get(col);
                if (cell.isNumeric()) {
                    sum = sum.add(new BigDecimal(cell.value()));
                    operands.add(cell.value());
                } else if (cell.isEmpty()) {
                    operands.add("0");
                } else if (cell.merge() == Cell.Merge.NONE) {
                    words = true;
                }
            }
            if (words) {
                continue;
            }
            String arithmetic = (operands.isEmpty() ? "0" : String.join(" + ", operands));
            record(t, c.row(), col, printed.value(), sum, arithmetic, out, diags, c);
        }
    }

    private void checkFormula(Table t, TableCheck.Formula c, List<Finding> out, Diagnostics diags) {
        int eq = c.formula().indexOf('=');
        String left = eq < 0 ? "" : c.formula().substring(0, eq).strip();
        if (eq < 0 || !left.matches("c[1-9][0-9]*")) {
            diags.error(c.pos(), "a row formula reads 'c<result> = <arithmetic>', e.g. 'c8 = c6 - c7'");
            return;
        }
        int result = Integer.parseInt(left.substring(1)) - 1;
        Expression expr;
        try {
            expr = Expression.parse(c.formula().substring(eq + 1));
        } catch (Expression.SyntaxError e) {
            diags.error(c.pos(), "formula '" + c.formula() + "': " + e.getMessage());
            return;
        }
        int width = t.leafColumns().size();
        if (result >= width || expr.columns().stream().anyMatch(n -> n > width)) {
            diags.error(c.pos(), "formula '" + c.formula() + "' names a column outside the table (" + width
                    + " columns)");
            return;
        }
        List<Integer> rows = c.rows().isEmpty() ? IntStream.range(0, t.rows().size()).boxed().toList() : c.rows();
        for (int r : rows) {
            if (r < 0 || r >= t.rows().size()) {
                diags.error(c.pos(), "formula rows name row " + (r + 1) + ", outside the table");
                return;
            }
            Row row = t.rows().get(r);
            Cell printed = row.cells().get(result);
            if (!printed.isNumeric()) {
                continue;
            }
            Optional<Expression.Result> value = expr.evaluate(values(t, row));
            value.ifPresent(v -> record(t, r, result, printed.value(), v.value(), v.arithmetic(), out, diags, c));
        }
    }

    private Expression.Values values(Table t, Row row) {
        return new Expression.Values() {
            @Override
            public Optional<String> column(int column) {
                return column <= row.cells().size() ? Optional.ofNullable(printed(row.cells().get(column - 1)))
                        : Optional.empty();
            }

            @Override
            public Optional<String> cell(String table, int r, int c) {
                return tableCell(table, r, c);
            }
        };
    }

    private Optional<String> tableCell(String table, int r, int c) {
        return plan.table(table)
                .filter(t -> r <= t.rows().size() && c <= t.leafColumns().size())
                .map(t -> printed(t.rows().get(r - 1).cells().get(c - 1)));
    }

    /** A cell's printed text for arithmetic: its value, or its words (which are not a number), or "". */
    private String printed(Cell cell) {
        if (cell.merge() != Cell.Merge.NONE) {
            return "";
        }
        String s = cell.display(lang, lang);
        return s == null ? "" : s;
    }

    private void record(Table t, int row, int col, String printedText, BigDecimal computed, String arithmetic,
            List<Finding> out, Diagnostics diags, TableCheck check) {
        BigDecimal printed = new BigDecimal(printedText);
        BigDecimal rounded = computed.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP);
        boolean agrees = rounded.compareTo(printed) == 0;
        out.add(new Finding(t.id(), row, col, null, printedText, rounded.toPlainString(),
                arithmetic + " = " + rounded.toPlainString(), agrees));
        Row r = t.rows().get(row);
        if (!agrees && r.notes().isEmpty() && r.cells().get(col).notes().isEmpty()) {
            diags.warning(check.pos(), "table '" + t.id() + "', row " + (row + 1) + ", column " + (col + 1)
                    + ": printed " + printedText + " but " + arithmetic + " = " + rounded.toPlainString()
                    + "; attach a note to that cell or row that says so");
        }
    }

    private void checkProse(ProseCheck p, List<Finding> out, Diagnostics diags) {
        Optional<Chapter> chapter = plan.chapter(lang, p.chapter());
        if (chapter.isEmpty()) {
            diags.error(p.pos(), "unknown chapter '" + p.chapter() + "'");
            return;
        }
        Optional<String> text = chapter.get().text(p.section());
        if (text.isEmpty()) {
            diags.error(p.pos(), "unknown section '" + p.section() + "' of chapter '" + p.chapter() + "'");
            return;
        }
        int count = sectionTexts.computeIfAbsent(p.chapter() + "/" + p.section(), k -> Quotes.of(text.get()))
                .count(p.quote());
        if (count != 1) {
            diags.error(p.pos(), "the quote '" + p.quote() + "' occurs " + count + " times in section '"
                    + (p.section() == null ? "(lead)" : p.section()) + "'; quote the text so that it occurs once");
            return;
        }
        if (!Quotes.contains(p.quote(), p.printed())) {
            diags.error(p.pos(), "the printed figure '" + p.printed() + "' is not in the quote");
            return;
        }
        BigDecimal printed;
        try {
            printed = new BigDecimal(p.printed());
        } catch (NumberFormatException e) {
            diags.error(p.pos(), "'printed' must be a number as printed, e.g. 10.03");
            return;
        }
        Expression expr;
        try {
            expr = Expression.parse(p.formula());
        } catch (Expression.SyntaxError e) {
            diags.error(p.pos(), "formula '" + p.formula() + "': " + e.getMessage());
            return;
        }
        if (!expr.columns().isEmpty()) {
            diags.error(p.pos(), "a prose formula uses numbers and table cells (<table-id>[r3,c4]), not columns");
            return;
        }
        Optional<Expression.Result> result = expr.evaluate(new Expression.Values() {
            @Override
            public Optional<String> column(int column) {
                return Optional.empty();
            }

            @Override
            public Optional<String> cell(String table, int r, int c) {
                return tableCell(table, r, c);
            }
        });
        if (result.isEmpty()) {
            diags.error(p.pos(), "formula '" + p.formula() + "' refers to a cell that is missing or not a number");
            return;
        }
        BigDecimal rounded = result.get().value().setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP);
        boolean agrees = rounded.compareTo(printed) == 0;
        out.add(new Finding(null, -1, -1, p.id(), p.printed(), rounded.toPlainString(),
                result.get().arithmetic() + " = " + rounded.toPlainString(), agrees));
        if (!agrees && p.note() == null) {
            diags.warning(p.pos(), "prose check '" + p.id() + "': printed " + p.printed() + " but "
                    + result.get().arithmetic() + " = " + rounded.toPlainString() + "; add a note that says so");
        }
    }
}
