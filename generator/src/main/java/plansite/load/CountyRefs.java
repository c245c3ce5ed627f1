package plansite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plansite.diag.Diagnostics;

/** County names of data/maps.yaml (current full names, as in the boundaries) → adcodes. */
record CountyRefs(Map<String, String> byName, PositionIndex at, Diagnostics diags) {
    /** The code of the county {@code name} at {@code pointer}; empty, with an error there, when there is none. */
    Optional<String> one(String name, String pointer) {
        String code = byName.get(name);
        if (code == null) {
            diags.error(at.at(pointer), "unknown county '" + name + "'; expected one of: "
                    + String.join(", ", byName.keySet()));
        }
        return Optional.ofNullable(code);
    }

    /** The adcodes of a list of county names ({@code names} as YAML gives it); each unknown name is an error at its place. */
    List<String> resolve(Object names, String pointer) {
        List<String> out = new ArrayList<>();
        if (!(names instanceof List<?> list)) {
            diags.error(at.at(pointer), "expected a list of county names, or all");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            one(String.valueOf(list.get(i)), pointer + "/" + i).ifPresent(out::add);
        }
        return out;
    }
}
