package plansite.load;

import java.util.List;
import plansite.model.Column;
import plansite.model.Localized;
import plansite.model.Note;
import plansite.model.Row;

/** The keys of {@code data/tables/<id>.yaml}, as written. */
record TableFile(
        String id,
        Localized label,
        Localized title,
        String chapter,
        String section,
        Localized unit,
        Integer headerColumns,
        List<Column> columns,
        List<Row> rows,
        List<Note> notes) {}
