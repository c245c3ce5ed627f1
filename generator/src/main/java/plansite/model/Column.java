package plansite.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A column header. A column with children is a group header spanning them; children without labels
 * mean the group's header cell spans their columns alone (one printed header over several columns).
 * {@code unit} applies to every value below it; {@code text} marks a column of words (names, places,
 * attributes) whose cells need no unit; {@code units} marks a column whose cells are the units of
 * their row's values (a printed 单位 column). {@code name} names a sub-column printed without a header of its
 * own where the downloads need one ("Mineral" over two columns: "Mineral" and "Measured as"), never on a page.
 */
public record Column(Localized label, Localized unit, boolean text, boolean units, List<Column> columns,
        Localized name) {

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

    /** Whether this header is printed once over its sub-columns, which have no headers of their own. */
    public boolean spansChildren() {
        return !columns.isEmpty() && columns.stream().allMatch(c -> c.label() == null);
    }

    /** How many header rows this column needs. */
    public int depth() {
        if (spansChildren()) {
            return 1;
        }
        return 1 + columns.stream().mapToInt(Column::depth).max().orElse(0);
    }
}
