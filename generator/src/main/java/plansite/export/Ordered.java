package plansite.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps the order its entries are given in. {@code Map.of} iterates in an order that changes
 * from one run of the JVM to the next, which would make the JSON files differ between builds.
 */
public final class Ordered {
    private Ordered() {}

    /** {@code map("a", 1, "b", 2)}: keys and values alternating. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
