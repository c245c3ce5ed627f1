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
 * How the plan names counties: in full, short, without one of the endings data/maps.yaml lists
 * ({@code short_form_endings}: 平城 for 平城区), or by an alias of data/maps.yaml.
 */
final class CountyNames {
    private static final String SEPARATORS = "[、，,；;\\s]+";
    private final Map<String, List<String>> byName = new LinkedHashMap<>();
    private final List<String> all = new ArrayList<>();

    CountyNames(List<MapInputs.County> counties, List<MapInputs.Alias> aliases, List<String> shortFormEndings,
            String lang) {
        for (MapInputs.County c : counties) {
            String full = c.name().in(lang);
            all.add(c.adcode());
            byName.put(full, List.of(c.adcode()));
            // A short form keeps at least two characters: one alone is too short to name a county.
            shortFormEndings.stream().filter(e -> full.endsWith(e) && full.length() - e.length() >= 2).findFirst()
                    .ifPresent(e -> byName.put(full.substring(0, full.length() - e.length()), List.of(c.adcode())));
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
