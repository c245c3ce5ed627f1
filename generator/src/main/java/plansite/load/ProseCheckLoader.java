package plansite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import plansite.diag.Diagnostics;
import plansite.model.Localized;
import plansite.model.ProseCheck;

/** Loads {@code data/checks/<chapter>.yaml}: figures of a chapter's prose and the arithmetic behind them. */
final class ProseCheckLoader {
    private final YamlReader yaml;

    ProseCheckLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The keys of one check, as written. */
    record Entry(String id, String section, String quote, String printed, String formula, Localized note) {}

    List<ProseCheck> load(InputFile file, String defaultLang, Set<String> ids, Diagnostics diags) {
        String name = file.path().getFileName().toString();
        String chapter = name.substring(0, name.length() - ".yaml".length());
        var parsed = yaml.readFile(file, Entry[].class, defaultLang, diags);
        if (parsed.isEmpty()) {
            return List.of();
        }
        PositionIndex at = parsed.get().positions();
        List<ProseCheck> out = new ArrayList<>();
        Entry[] entries = parsed.get().value();
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            String p = "/" + i;
            Required req = new Required(at, diags, "a prose check");
            boolean ok = req.text(e.id(), p, "id") & req.text(e.quote(), p, "quote")
                    & req.text(e.printed(), p, "printed") & req.text(e.formula(), p, "formula");
            if (!ok) {
                continue;
            }
            if (!ids.add(e.id())) {
                diags.error(at.at(p + "/id"), "duplicate prose check id '" + e.id() + "'");
                continue;
            }
            out.add(new ProseCheck(e.id(), chapter, e.section(), e.quote(), e.printed(), e.formula(), e.note(),
                    at.at(p)));
        }
        return out;
    }
}
