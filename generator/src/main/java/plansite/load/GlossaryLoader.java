package plansite.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import plansite.diag.Diagnostics;
import plansite.model.Localized;
import plansite.model.Term;

/** Loads {@code data/glossary.yaml}: the plan's terms with pinyin, English and definitions. */
final class GlossaryLoader {
    private final YamlReader yaml;

    GlossaryLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The keys of one entry, as written. */
    record Entry(String id, String zh, String pinyin, String en, List<String> variants, List<String> zhVariants,
            Localized definition) {}

    List<Term> load(InputFile file, List<String> langs, Diagnostics diags) {
        var parsed = yaml.readFile(file, Entry[].class, null, diags);
        if (parsed.isEmpty()) {
            return List.of();
        }
        PositionIndex at = parsed.get().positions();
        Set<String> ids = new HashSet<>();
        Set<String> zhTerms = new HashSet<>();
        List<Term> out = new ArrayList<>();
        Entry[] entries = parsed.get().value();
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            String p = "/" + i;
            Required req = new Required(at, diags, "a glossary entry");
            boolean ok = req.text(e.id(), p, "id") & req.text(e.zh(), p, "zh") & req.text(e.pinyin(), p, "pinyin")
                    & req.text(e.en(), p, "en") & req.localized(e.definition(), p, "definition", langs);
            if (!ok) {
                continue;
            }
            if (!MarkdownChapterParser.ID.matcher(e.id()).matches()) {
                diags.error(at.at(p + "/id"), "glossary id '" + e.id() + "' must be lower-case letters, digits and '-'");
                continue;
            }
            if (!ids.add(e.id())) {
                diags.error(at.at(p + "/id"), "duplicate glossary id '" + e.id() + "'");
                continue;
            }
            if (!zhTerms.add(e.zh())) {
                diags.error(at.at(p + "/zh"), "the term '" + e.zh() + "' is in the glossary twice");
                continue;
            }
            out.add(new Term(e.id(), e.zh(), e.pinyin(), e.en(), e.variants(), e.zhVariants(), e.definition(),
                    at.at(p)));
        }
        return out;
    }
}
