package plansite.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Unmodifiable copies for records' components where {@code List.copyOf} and {@code Map.copyOf} will not
 * do: a map whose order is written out ({@code Map.copyOf} iterates in an order that changes from one
 * run of the JVM to the next), and a list in which null has a meaning ({@code List.copyOf} refuses it).
 */
public final class Immutable {
    private Immutable() {}

    /** An unmodifiable copy of {@code map} that iterates in the order {@code map} does. */
    public static <K, V> Map<K, V> orderedMap(Map<? extends K, ? extends V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** As {@link #orderedMap(Map)}, with each value copied by {@code copy} (a map of lists: {@code List::copyOf}). */
    public static <K, V> Map<K, V> orderedMap(Map<? extends K, ? extends V> map, UnaryOperator<V> copy) {
        Map<K, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, copy.apply(v)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * An unmodifiable copy of {@code list} that keeps its nulls, and null for null: for lists lined up
     * with columns, where null is "nothing in this column", and for lists bound from YAML, where a
     * missing list or an empty item is for the loader to report.
     */
    public static <T> List<T> listKeepingNulls(List<? extends T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
