package plansite.model;

import java.util.List;
import plansite.diag.SourcePos;

/** A row of a table: one cell per leaf column, an optional unit for its values, and note ids. */
public record Row(List<Cell> cells, Localized unit, List<String> notes, SourcePos pos) {

    public Row {
        cells = List.copyOf(cells);
        notes = List.copyOf(notes);
    }
}
