package plansite.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plansite.diag.Diagnostics;
import plansite.model.Disagreement;
import plansite.model.Localized;

/**
 * Loads {@code data/disagreements.yaml}: each place where the plan disagrees with itself, once. What can be
 * checked from the file alone is checked here (keys, ids, kinds); where its places are, and whether its
 * checks and table notes exist, needs the whole plan and is checked with the arithmetic.
 */
final class DisagreementsLoader {
    private final YamlReader yaml;

    DisagreementsLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The keys of one disagreement, as written. */
    record Entry(String id, String kind, List<PlaceEntry> at, List<String> checks, List<TableNoteEntry> tableNotes,
            Localized note) {}

    record PlaceEntry(String chapter, String section, Localized figure) {}

    record TableNoteEntry(String table, String note) {}

    List<Disagreement> load(InputFile file, String defaultLang, Diagnostics diags) {
        var parsed = yaml.readFile(file, Entry[].class, defaultLang, diags);
        if (parsed.isEmpty()) {
            return List.of();
        }
        PositionIndex at = parsed.get().positions();
        List<Disagreement> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Entry[] entries = parsed.get().value();
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            String p = "/" + i;
            Required req = new Required(at, diags, "a disagreement");
            if (!(req.text(e.id(), p, "id") & req.text(e.kind(), p, "kind"))) {
                continue;
            }
            boolean ok = true;
            if (!e.id().matches("[a-z0-9][a-z0-9-]*")) {
                diags.error(at.at(p + "/id"), "the id '" + e.id() + "' must be lower-case letters, digits and"
                        + " hyphens (it is the anchor of its data note)");
                ok = false;
            } else if (!ids.add(e.id())) {
                diags.error(at.at(p + "/id"), "duplicate disagreement id '" + e.id() + "'");
                ok = false;
            }
            if (!Disagreement.KINDS.contains(e.kind())) {
                diags.error(at.at(p + "/kind"), "unknown kind '" + e.kind() + "'; expected one of: "
                        + String.join(", ", Disagreement.KINDS));
                ok = false;
            }
            List<Disagreement.Place> places = new ArrayList<>();
            List<PlaceEntry> given = e.at() == null ? List.of() : e.at();
            for (int j = 0; j < given.size(); j++) {
                PlaceEntry pe = given.get(j);
                String pp = p + "/at/" + j;
                Required preq = new Required(at, diags, "a place of a disagreement");
                if (!(preq.text(pe.chapter(), pp, "chapter") & preq.localized(pe.figure(), pp, "figure",
                        List.of(defaultLang)))) {
                    ok = false;
                    continue;
                }
                places.add(new Disagreement.Place(pe.chapter(), pe.section(), pe.figure(), at.at(pp), Map.of()));
            }
            List<Disagreement.TableNote> notes = new ArrayList<>();
            List<TableNoteEntry> named = e.tableNotes() == null ? List.of() : e.tableNotes();
            for (int j = 0; j < named.size(); j++) {
                String np = p + "/table_notes/" + j;
                Required nreq = new Required(at, diags, "a table note of a disagreement");
                if (!(nreq.text(named.get(j).table(), np, "table") & nreq.text(named.get(j).note(), np, "note"))) {
                    ok = false;
                    continue;
                }
                notes.add(new Disagreement.TableNote(named.get(j).table(), named.get(j).note(), at.at(np)));
            }
            if (given.isEmpty() && named.isEmpty()) {
                diags.error(at.at(p), "the disagreement '" + e.id() + "' has no place: give 'at' (the figure in a"
                        + " chapter's section) or 'table_notes'");
                ok = false;
            }
            if (ok) {
                out.add(new Disagreement(e.id(), e.kind(), places, e.checks() == null ? List.of() : e.checks(), notes,
                        e.note(), at.at(p)));
            }
        }
        return out;
    }
}
