package plansite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plansite.diag.Diagnostics;
import plansite.model.Chapter;
import plansite.model.Erratum;
import plansite.model.Localized;
import plansite.model.Quotes;

/**
 * Loads {@code data/errata.yaml}, the list of mends of conversion damage, and checks that each mend is
 * really in the text: the mended wording must occur in the chapter (and section) it names.
 */
final class ErrataLoader {
    private final YamlReader yaml;

    ErrataLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The keys of one entry, as written. */
    record Entry(String chapter, String section, String source, String mended, Localized reason) {}

    List<Erratum> load(InputFile file, String defaultLang, Map<String, Chapter> chapters, Diagnostics diags) {
        var parsed = yaml.readFile(file, Entry[].class, defaultLang, diags);
        if (parsed.isEmpty()) {
            return List.of();
        }
        PositionIndex at = parsed.get().positions();
        List<Erratum> out = new ArrayList<>();
        Entry[] entries = parsed.get().value();
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            String p = "/" + i;
            Required req = new Required(at, diags, "an erratum");
            boolean ok = req.text(e.chapter(), p, "chapter") & req.text(e.source(), p, "source")
                    & req.text(e.mended(), p, "mended") & req.localized(e.reason(), p, "reason", List.of(defaultLang));
            if (!ok) {
                continue;
            }
            Chapter chapter = chapters.get(e.chapter());
            if (chapter == null) {
                diags.error(at.at(p + "/chapter"), "unknown chapter '" + e.chapter() + "'");
                continue;
            }
            Optional<String> sectionText = chapter.text(e.section());
            if (sectionText.isEmpty()) {
                diags.error(at.at(p + "/section"), "unknown section '" + e.section() + "' of chapter '" + e.chapter()
                        + "'");
                continue;
            }
            String where = e.section() == null ? chapter.title() + sectionText.get() : sectionText.get();
            if (!Quotes.contains(where, e.mended())) {
                diags.error(at.at(p + "/mended"), "the mended text is not in " + (e.section() == null
                        ? "the lead of chapter '" + e.chapter() + "'" : "section '" + e.section() + "'")
                        + "; quote it as it stands in the chapter");
                continue;
            }
            out.add(new Erratum(e.chapter(), e.section(), e.source(), e.mended(), e.reason(), at.at(p)));
        }
        return out;
    }
}
