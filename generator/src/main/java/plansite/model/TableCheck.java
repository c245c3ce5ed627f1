package plansite.model;

import java.util.List;
import plansite.diag.SourcePos;

/** Arithmetic a table claims, to be recomputed: a total row, or a formula that holds in every row. */
public sealed interface TableCheck {

    SourcePos pos();

    /** Row {@code row} (0-based) is the sum of rows {@code parts}, in {@code columns} (0-based leaf columns; empty: all). */
    record Total(int row, List<Integer> parts, List<Integer> columns, SourcePos pos) implements TableCheck {
        public Total {
            parts = List.copyOf(parts);
            columns = List.copyOf(columns);
        }
    }

    /** {@code formula} ("c8 = c6 - c7", columns 1-based as editors count) holds in {@code rows} (0-based; empty: all). */
    record Formula(String formula, List<Integer> rows, SourcePos pos) implements TableCheck {
        public Formula {
            rows = List.copyOf(rows);
        }
    }
}
