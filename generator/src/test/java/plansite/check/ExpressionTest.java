package plansite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpressionTest {
    private static Expression.Values row(String... cells) {
        return new Expression.Values() {
            @Override
            public Optional<String> column(int column) {
                return Optional.of(cells[column - 1]);
            }

            @Override
            public Optional<String> cell(String table, int r, int c) {
                return table.equals("zl-09") && r == 3 && c == 4 ? Optional.of("1000") : Optional.empty();
            }
        };
    }

    @Test
    void computesWithExactDecimalsAndShowsThePrintedOperands() throws Exception {
        var r = Expression.parse("c1 - c2").evaluate(row("69.467", "30.371")).orElseThrow();
        assertEquals(new BigDecimal("39.096"), r.value());
        assertEquals("69.467 − 30.371", r.arithmetic());
    }

    @Test
    void bracketsOnlyWhereTheMeaningNeedsThem() throws Exception {
        assertEquals("1 + 1 + 1 + 1", Expression.parse("1 + 1 + 1 + 1").evaluate(row()).orElseThrow().arithmetic());
        assertEquals("103 ÷ (103 + 16 + 3) × 100",
                Expression.parse("c1 / (c1 + c2 + c3) * 100").evaluate(row("103", "16", "3")).orElseThrow().arithmetic());
        assertEquals("5 − (2 − 1)", Expression.parse("5 - (2 - 1)").evaluate(row()).orElseThrow().arithmetic());
    }

    @Test
    void emptyCellsCountAsZeroAndWordsMakeTheRowMeaningless() throws Exception {
        assertEquals(new BigDecimal("4"), Expression.parse("c1 + c2").evaluate(row("4", "")).orElseThrow().value());
        assertTrue(Expression.parse("c1 + c2").evaluate(row("4", "停采")).isEmpty());
    }

    @Test
    void readsCellsOfOtherTables() throws Exception {
        assertEquals("1000", Expression.parse("zl-09[r3,c4]").evaluate(row()).orElseThrow().arithmetic());
        assertEquals(List.of(2, 3), Expression.parse("c2 + c3 * zl-09[r3, c4]").columns());
    }

    @Test
    void syntaxErrorsSayWhere() {
        var e = assertThrows(Expression.SyntaxError.class, () -> Expression.parse("c1 + * 2"));
        assertEquals("unexpected '*' at character 6", e.getMessage());
        assertEquals("a ')' is missing", assertThrows(Expression.SyntaxError.class,
                () -> Expression.parse("(1 + 2")).getMessage());
    }
}
