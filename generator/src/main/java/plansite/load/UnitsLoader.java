package plansite.load;

import java.util.ArrayList;
import java.util.List;
import plansite.diag.Diagnostics;
import plansite.model.Localized;
import plansite.model.Unit;

/** Loads {@code data/units.yaml}: every unit the plan uses, with what it means. */
final class UnitsLoader {
    private final YamlReader yaml;

    UnitsLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The keys of one entry, as written; a plain text means the same in every language (%). */
    record Entry(String zh, String en, Localized meaning) {}

    List<Unit> load(InputFile file, List<String> langs, Diagnostics diags) {
        var parsed = yaml.readFile(file, Entry[].class, null, diags);
        if (parsed.isEmpty()) {
            return List.of();
        }
        PositionIndex at = parsed.get().positions();
        List<Unit> out = new ArrayList<>();
        Entry[] entries = parsed.get().value();
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            String p = "/" + i;
            Required req = new Required(at, diags, "a unit");
            if (req.text(e.zh(), p, "zh") & req.text(e.en(), p, "en")
                    & req.localized(e.meaning(), p, "meaning", langs)) {
                out.add(new Unit(Localized.of("zh", e.zh(), "en", e.en()), e.meaning(), at.at(p)));
            }
        }
        return out;
    }
}
