package plansite.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plansite.diag.Diagnostics;
import plansite.diag.SourcePos;
import plansite.model.MapInputs;

/**
 * How the plan names counties: in full (平城区), short, without 区/县 (平城, as 专栏 1, 2 write most of
 * them), or by an alias of data/maps.yaml (各县区, the old 大同县).
 */
final class CountyNames {
    private static final String SEPARATORS = "[、，,；;\\s]+";
    private final Map<String, List<String>> byName = new LinkedHashMap<>();
    private final List<String> all = new ArrayList<>();

    CountyNames(List<MapInputs.County> counties, List<MapInputs.Alias> aliases, String lang) {
        for (MapInputs.County c : counties) {
            String full = c.name().in(lang);
            all.add(c.adcode());
            byName.put(full, List.of(c.adcode()));
            if (full.length() > 2 && (full.endsWith("区") || full.endsWith("县"))) {
                byName.put(full.substring(0, full.length() - 1), List.of(c.adcode()));
            }
        }
        for (MapInputs.Alias a : aliases) {
            byName.put(a.name(), a.adcodes().isEmpty() ? List.copyOf(all) : a.adcodes());
        }
    }

    /** The counties of a list of place names ("新荣区、阳高、天镇"); an unknown name is an error at {@code pos}. */
    List<String> resolve(String places, SourcePos pos, String where, Diagnostics diags) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : places.trim().split(SEPARATORS)) {
            List<String> codes = byName.get(name);
            if (codes == null) {
                diags.error(pos, where + ": unknown place '" + name + "'; expected a county (" + String.join(", ",
                        byName.keySet()) + ") or an alias added to data/maps.yaml");
            } else {
                out.addAll(codes);
            }
        }
        return List.copyOf(out);
    }

    /** The counties a text names anywhere in it (for the county pages' lists of rows). */
    List<String> named(String text) {
        Set<String> out = new LinkedHashSet<>();
        byName.forEach((name, codes) -> {
            if (text.contains(name) && codes.size() < all.size()) {
                out.addAll(codes);
            }
        });
        return List.copyOf(out);
    }
}
