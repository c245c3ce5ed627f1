package plansite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import plansite.diag.Diagnostics;
import plansite.diag.SourcePos;
import plansite.model.Column;
import plansite.model.Table;

/**
 * A table's columns by their headers in the plan's language, as {@code data/maps.yaml} names them: a
 * header names its own column, or every column below it when it heads several; a header the table has
 * twice is named by its path ({@code 历史遗留矿山生态修复面积 / 规划任务}).
 */
final class TableHeaders {
    private record Header(String label, String path, List<Integer> leaves) {}

    private final Table table;
    private final List<Header> headers = new ArrayList<>();

    TableHeaders(Table table, String lang) {
        this.table = table;
        walk(table.columns(), "", lang, 0);
    }

    private int walk(List<Column> columns, String parentPath, String lang, int first) {
        int next = first;
        for (Column c : columns) {
            String label = c.label() == null ? null : c.label().in(lang);
            String path = label == null ? parentPath : parentPath.isEmpty() ? label : parentPath + " / " + label;
            int leaves = c.leaves().size();
            if (label != null) {
                headers.add(new Header(label, path, IntStream.range(next, next + leaves).boxed().toList()));
            }
            if (!c.isLeaf()) {
                walk(c.columns(), path, lang, next);
            }
            next += leaves;
        }
        return next;
    }

    /** The leaf columns (indices, left to right) that {@code header} names; an error at {@code pos} when none or several. */
    Optional<List<Integer>> columns(String header, SourcePos pos, Diagnostics diags) {
        List<Header> found = headers.stream().filter(h -> h.label().equals(header) || h.path().equals(header)).toList();
        if (found.size() == 1) {
            return Optional.of(found.get(0).leaves());
        }
        if (found.isEmpty()) {
            diags.error(pos, "unknown column '" + header + "' in table " + table.id() + "; expected one of: "
                    + String.join(", ", headers.stream().map(Header::label).distinct().toList()));
        } else {
            diags.error(pos, "table " + table.id() + " has more than one column '" + header + "'; name it by its"
                    + " path, one of: " + String.join(", ", found.stream().map(Header::path).toList()));
        }
        return Optional.empty();
    }

    /** The one leaf column that {@code header} names; an error at {@code pos} when it heads several. */
    Optional<Integer> column(String header, SourcePos pos, Diagnostics diags) {
        Optional<List<Integer>> found = columns(header, pos, diags);
        if (found.isPresent() && found.get().size() != 1) {
            diags.error(pos, "column '" + header + "' of table " + table.id() + " heads " + found.get().size()
                    + " columns; expected the header of one");
            return Optional.empty();
        }
        return found.map(l -> l.get(0));
    }
}
