package plansite.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A column header. A column with children is a group header spanning them. {@code unit} applies to
 * every value below it unless a row or cell says otherwise; {@code text} marks a column of words
 * (names, places, attributes) whose cells need no unit.
 */
public record Column(Localized label, Localized unit, boolean text, List<Column> columns) {

    public Column {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public boolean isLeaf() {
        return columns.isEmpty();
    }

    public List<Column> leaves() {
        if (isLeaf()) {
            return List.of(this);
        }
        List<Column> out = new ArrayList<>();
        columns.forEach(c -> out.addAll(c.leaves()));
        return out;
    }

    public int depth() {
        return 1 + columns.stream().mapToInt(Column::depth).max().orElse(0);
    }
}
