package plansite.load;

import java.util.HashMap;
import java.util.Map;
import plansite.diag.SourcePos;

/**
 * Where each node of a YAML document starts, by JSON Pointer ({@code /rows/3/0}). Jackson binds
 * values without positions; this index lets checks made after binding still point at the line.
 */
public final class PositionIndex {
    private final String file;
    private final Map<String, SourcePos> byPointer = new HashMap<>();

    PositionIndex(String file) {
        this.file = file;
    }

    /** An index with the positions of another, e.g. one kept in the memo. */
    PositionIndex(String file, Map<String, SourcePos> positions) {
        this.file = file;
        byPointer.putAll(positions);
    }

    /** Every recorded position by pointer (a copy). */
    Map<String, SourcePos> entries() {
        return new HashMap<>(byPointer);
    }

    void recordIfAbsent(String pointer, SourcePos pos) {
        byPointer.putIfAbsent(pointer, pos);
    }

    /** The position of the node at {@code pointer}, else of its nearest ancestor, else the file. */
    public SourcePos at(String pointer) {
        String p = pointer;
        while (true) {
            SourcePos pos = byPointer.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return new SourcePos(file, 1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
