package plansite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import plansite.diag.Diagnostics;

/** County names of data/maps.yaml (current full names, as in the boundaries) → adcodes. */
record CountyRefs(Map<String, String> byName, PositionIndex at, Diagnostics diags) {
    /** The adcodes of a list of county names ({@code names} as YAML gives it); each unknown name is an error at its place. */
    List<String> resolve(Object names, String pointer) {
        List<String> out = new ArrayList<>();
        if (!(names instanceof List<?> list)) {
            diags.error(at.at(pointer), "expected a list of county names, or all");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String name = String.valueOf(list.get(i));
            String code = byName.get(name);
            if (code == null) {
                diags.error(at.at(pointer + "/" + i), "unknown county '" + name + "'; expected one of: "
                        + String.join(", ", byName.keySet()));
            } else {
                out.add(code);
            }
        }
        return out;
    }
}
