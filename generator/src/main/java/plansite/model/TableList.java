package plansite.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The plan's tables in order, found by id in constant time: pages, checks and maps look tables up
 * by id thousands of times in an edition of a hundred plans. Equal to any list of the same tables.
 */
final class TableList extends AbstractList<Table> implements RandomAccess {
    private final List<Table> tables;
    private final Map<String, Table> byId = new HashMap<>();

    private TableList(List<Table> tables) {
        this.tables = List.copyOf(tables);
        // The first of a repeated id, as a search from the start finds (the loader reports repeats).
        this.tables.forEach(t -> byId.putIfAbsent(t.id(), t));
    }

    static TableList of(List<Table> tables) {
        return tables instanceof TableList list ? list : new TableList(tables);
    }

    Optional<Table> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Table get(int index) {
        return tables.get(index);
    }

    @Override
    public int size() {
        return tables.size();
    }
}
