package plansite.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plansite.diag.Diagnostics;
import plansite.memo.Fingerprint;
import plansite.model.Chapter;
import plansite.model.Disagreement;
import plansite.model.FigureLocator;
import plansite.model.Finding;
import plansite.model.Language;
import plansite.model.Note;
import plansite.model.Plan;
import plansite.model.ProseCheck;
import plansite.model.Row;
import plansite.model.Table;

/**
 * Checks data/disagreements.yaml against the plan: each figure is found once in its section in every
 * language the chapter is in (there the chapter marks it), each check and table note it names exists, it has
 * its note written once, and every figure the arithmetic finds to disagree is one of them, so that none is
 * listed in the data notes without a mark in the text, nor marked without being listed.
 */
public final class DisagreementChecker {
    private final Plan plan;
    private final String defaultLang;
    private final FoundPlaces found;
    /** Each chapter's body read for its figures once (by identity: a chapter's equals compares its whole text). */
    private final Map<Chapter, FigureLocator> figures = new java.util.IdentityHashMap<>();

    public DisagreementChecker(Plan plan) {
        this(plan, FoundPlaces.NONE);
    }

    /** A checker that takes each disagreement's places through {@code found} (from earlier work, where it has them). */
    public DisagreementChecker(Plan plan, FoundPlaces found) {
        this.plan = plan;
        this.defaultLang = plan.site().defaultLanguage().code();
        this.found = found;
    }

    /**
     * Every disagreement: those of data/disagreements.yaml, then one for each figure that the arithmetic finds
     * to disagree and none of them names. With that file, such a figure is an error (it must be recorded, with
     * its place in every language, to be marked); a plan without it has its figures listed unmarked.
     */
    public List<Disagreement> check(List<Finding> findings, boolean recorded, Diagnostics diags) {
        List<Disagreement> all = new java.util.ArrayList<>();
        Set<String> implicit = new HashSet<>();
        Map<String, ProseCheck> checks = new HashMap<>();
        plan.proseChecks().forEach(c -> checks.putIfAbsent(c.id(), c));
        Set<String> namedChecks = new HashSet<>();
        Set<String> namedNotes = new HashSet<>();
        for (Disagreement d : plan.disagreements()) {
            all.add(d.withPlaces(places(d, diags)));
            boolean hasText = d.note() != null;
            if (d.note() != null) {
                for (Language lang : plan.languages()) {
                    if (!d.note().has(lang.code())) {
                        diags.error(d.pos(), "the note of disagreement '" + d.id() + "' has no text for language '"
                                + lang.code() + "'");
                    }
                }
            }
            for (String id : d.checks()) {
                ProseCheck c = checks.get(id);
                if (c == null) {
                    diags.error(d.pos(), "disagreement '" + d.id() + "' names the prose check '" + id
                            + "', which no file in data/checks/ has");
                    continue;
                }
                namedChecks.add(id);
                if (c.note() != null && d.note() != null) {
                    diags.error(d.pos(), "the note of disagreement '" + d.id() + "' is written twice: here and in"
                            + " its prose check '" + id + "' (" + c.pos() + "); keep one");
                }
                hasText |= c.note() != null;
            }
            for (Disagreement.TableNote n : d.tableNotes()) {
                Optional<Table> table = plan.table(n.table());
                if (table.isEmpty()) {
                    diags.error(n.pos(), "unknown table '" + n.table() + "'");
                    continue;
                }
                Table t = table.get();
                if (t.notes().stream().map(Note::id).noneMatch(n.note()::equals)) {
                    diags.error(n.pos(), "table '" + t.id() + "' has no note '" + n.note() + "'; expected one of: "
                            + String.join(", ", t.notes().stream().map(Note::id).toList()));
                    continue;
                }
                // A note no cell or row cites stands for the whole table: it is its own mark, under the table.
                if (!namedNotes.add(t.id() + "/" + n.note())) {
                    diags.error(n.pos(), "note '" + n.note() + "' of table '" + t.id() + "' is named by two"
                            + " disagreements; record a disagreement once");
                }
                hasText = true;
            }
            if (!hasText) {
                diags.error(d.pos(), "disagreement '" + d.id() + "' has no note: give 'note', or name a prose check"
                        + " or a table note that has one");
            }
        }
        for (Finding f : findings) {
            if (f.agrees() && f.isTable()) {
                continue;
            }
            if (!f.isTable()) {
                ProseCheck c = checks.get(f.proseCheckId());
                if (f.agrees() && c.note() != null && recorded && !namedChecks.contains(c.id())) {
                    // A note says the figure is disputed though its arithmetic agrees (a name, a unit): it is one.
                    diags.error(c.pos(), "prose check '" + c.id() + "' has a note, so it states a disagreement, but no"
                            + " disagreement in data/disagreements.yaml names it");
                }
                if (f.agrees()) {
                    continue;
                }
                if (!namedChecks.contains(c.id()) && !recorded) {
                    all.add(new Disagreement(c.id(), "arithmetic", List.of(), List.of(c.id()), List.of(), null, c.pos()));
                } else if (!namedChecks.contains(c.id())) {
                    diags.error(c.pos(), "prose check '" + c.id() + "' disagrees with its arithmetic (printed "
                            + f.printed() + ", " + f.arithmetic() + ") and no disagreement names it; add one to "
                            + "data/disagreements.yaml with its figure in each language, so that the text marks it");
                }
                continue;
            }
            Table t = plan.table(f.tableId()).orElseThrow();
            Row row = t.rows().get(f.row());
            List<String> cited = new java.util.ArrayList<>(row.cells().get(f.column()).notes());
            cited.addAll(row.notes());
            boolean named = cited.stream().anyMatch(id -> namedNotes.contains(t.id() + "/" + id));
            if (!cited.isEmpty() && !named && !recorded) {
                if (implicit.add(t.id() + "/" + cited.get(0))) {
                    all.add(new Disagreement(t.id() + "-" + cited.get(0), "arithmetic", List.of(), List.of(),
                            List.of(new Disagreement.TableNote(t.id(), cited.get(0), row.pos())), null, row.pos()));
                }
            } else if (!cited.isEmpty() && !named) {
                diags.error(row.pos(), "table '" + t.id() + "', row " + (f.row() + 1) + ", column " + (f.column() + 1)
                        + ": printed " + f.printed() + " but " + f.arithmetic() + ", and no disagreement names its"
                        + " note (" + String.join(", ", cited) + "); name it under 'table_notes' in"
                        + " data/disagreements.yaml");
            }
        }
        return all;
    }

    /** The sections of chapter {@code id} that any disagreement has a figure in (null: its lead). */
    private Set<String> sectionsWithFigures(String id) {
        Set<String> out = new HashSet<>();
        plan.disagreements().forEach(d -> d.places().stream().filter(p -> p.chapter().equals(id))
                .forEach(p -> out.add(p.section())));
        return out;
    }

    /**
     * Each place's section exists, and its figure is found exactly once there in every language: where.
     * What that reads: the disagreement, the languages, and its chapters in each of them.
     */
    private List<Disagreement.Place> places(Disagreement d, Diagnostics diags) {
        List<Chapter> chapters = new java.util.ArrayList<>();
        for (Disagreement.Place p : d.places()) {
            plan.languages().forEach(lang -> plan.chapter(lang.code(), p.chapter()).ifPresent(chapters::add));
        }
        // Named by the disagreement's id, so that each has an entry of its own in memory.
        FoundPlaces.Found f = found.places(Fingerprint.of("places").text(d.id()).text(defaultLang)
                .value(d).value(plan.languages()).value(List.copyOf(chapters)).build(), () -> {
                    Diagnostics own = new Diagnostics();
                    return new FoundPlaces.Found(find(d, own), own.all());
                });
        diags.addAll(Diagnostics.of(f.messages()));
        return f.places();
    }

    private List<Disagreement.Place> find(Disagreement d, Diagnostics diags) {
        List<Disagreement.Place> out = new java.util.ArrayList<>();
        for (Disagreement.Place p : d.places()) {
            Map<String, FigureLocator.Spot> spots = new HashMap<>();
            out.add(p);
            Optional<Chapter> original = plan.chapter(defaultLang, p.chapter());
            if (original.isEmpty()) {
                diags.error(p.pos(), "disagreement '" + d.id() + "': unknown chapter '" + p.chapter() + "'");
                continue;
            }
            if (p.section() != null && original.get().section(p.section()).isEmpty()) {
                diags.error(p.pos(), "disagreement '" + d.id() + "': unknown section '" + p.section()
                        + "' of chapter '" + p.chapter() + "'");
                continue;
            }
            for (Language lang : plan.languages()) {
                Optional<Chapter> chapter = plan.chapter(lang.code(), p.chapter());
                if (chapter.isEmpty()) {
                    continue;
                }
                String file = chapter.get().pos().file();
                String where = "section '" + (p.section() == null ? "(lead)" : p.section()) + "' of " + file;
                if (!p.figure().has(lang.code())) {
                    diags.error(p.pos(), "disagreement '" + d.id() + "' gives no figure in language '" + lang.code()
                            + "' to mark in " + where);
                    continue;
                }
                String figure = p.figure().in(lang.code());
                List<FigureLocator.Spot> found = figures.computeIfAbsent(chapter.get(),
                        c -> FigureLocator.of(c, sectionsWithFigures(c.id()))).find(p.section(), figure);
                if (found.size() != 1) {
                    diags.error(p.pos(), "disagreement '" + d.id() + "': the figure '" + figure + "' occurs "
                            + found.size() + " times in " + where + "; give text that occurs there once");
                } else {
                    spots.put(lang.code(), found.get(0));
                }
            }
            out.set(out.size() - 1, p.at(spots));
        }
        return out;
    }
}
