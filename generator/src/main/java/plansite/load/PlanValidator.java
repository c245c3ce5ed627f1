package plansite.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;
import plansite.model.BodyPart;
import plansite.model.Chapter;
import plansite.model.LinkRef;
import plansite.model.Plan;
import plansite.model.Section;
import plansite.model.Table;

/**
 * The validate phase: what needs the whole plan: unique ids, and every reference pointing at something
 * that exists. Reports what it finds with what loading found, and stops the build if anything is wrong.
 */
public final class PlanValidator {
    public void validate(PlanLoader.Input input, Diagnostics diags) throws InputErrorsException {
        validate(input.plan(), input.tableFiles(), input.chapterFiles(), diags);
        if (diags.hasErrors()) {
            throw new InputErrorsException(diags);
        }
    }

    /**
     * @param tableFiles ids of all table files, including those that failed to load: a reference to
     *     one of them is not reported again (its file's own error says what is wrong)
     * @param chapterFiles per language, the ids of all chapter files, likewise
     */
    void validate(Plan plan, Set<String> tableFiles, Map<String, Set<String>> chapterFiles, Diagnostics diags) {
        String defaultLang = plan.site().defaultLanguage().code();
        Map<String, Table> tables = new HashMap<>();
        for (Table t : plan.tables()) {
            Table earlier = tables.putIfAbsent(t.id(), t);
            if (earlier != null) {
                diags.error(t.pos(), "duplicate table id '" + t.id() + "'; first defined at " + earlier.pos());
            }
        }
        checkUnitsExplained(plan, defaultLang, diags);
        plan.tables().forEach(t -> checkRowKeys(t, plan, diags));
        for (var lang : plan.languages()) {
            List<Chapter> chapters = plan.chapters(lang.code());
            Map<String, Chapter> byId = new HashMap<>();
            Map<Integer, Chapter> byOrder = new HashMap<>();
            for (Chapter c : chapters) {
                Chapter earlier = byId.putIfAbsent(c.id(), c);
                if (earlier != null) {
                    diags.error(c.pos(), "duplicate chapter id '" + c.id() + "'; first defined at " + earlier.pos());
                }
                Chapter sameOrder = byOrder.putIfAbsent(c.order(), c);
                if (sameOrder != null && earlier == null) {
                    diags.error(c.pos(), "chapter order " + c.order() + " is also used by '" + sameOrder.id()
                            + "'; each chapter needs its own place in the order");
                }
            }
            Map<String, Integer> placedAt = new HashMap<>();
            for (Chapter c : chapters) {
                Set<String> anchors = c.sections().stream().map(Section::id).collect(Collectors.toSet());
                for (BodyPart.TablePlacement p : c.tablePlacements()) {
                    if (!tables.containsKey(p.tableId()) && !tableFiles.contains(p.tableId())) {
                        diags.error(p.pos(), "unknown table '" + p.tableId() + "'; expected the id of a file in"
                                + " data/tables/" + suggestion(p.tableId(), tables.keySet()));
                    } else if (tables.containsKey(p.tableId()) && placedAt.merge(p.tableId(), 1, Integer::sum) > 1) {
                        diags.error(p.pos(), "table '" + p.tableId() + "' is placed twice in language '"
                                + lang.code() + "'; a table appears once, where the source prints it");
                    }
                }
                for (LinkRef link : c.links()) {
                    Chapter target = link.chapterId() == null ? c : byId.get(link.chapterId());
                    if (target == null) {
                        if (chapterFiles.getOrDefault(lang.code(), Set.of()).contains(link.chapterId())) {
                            continue;
                        }
                        diags.error(link.pos(), "link to unknown chapter '" + link.chapterId() + ".md'"
                                + suggestion(link.chapterId(), byId.keySet()));
                        continue;
                    }
                    boolean anchorOk = link.anchor() == null || link.anchor().isEmpty()
                            || (target == c ? anchors : target.sections().stream().map(Section::id)
                                    .collect(Collectors.toSet())).contains(link.anchor());
                    if (!anchorOk) {
                        diags.error(link.pos(), "link to unknown section '#" + link.anchor() + "' of chapter '"
                                + target.id() + "'");
                    }
                }
            }
            if (!lang.code().equals(defaultLang)) {
                checkTranslations(plan, lang.code(), defaultLang, chapterFiles.getOrDefault(lang.code(), Set.of()),
                        diags);
            }
            if (lang.code().equals(defaultLang)) {
                for (Table t : plan.tables()) {
                    // Where the table's chapter did not load, its placements are unknown: say nothing.
                    if (!placedAt.containsKey(t.id()) && byId.containsKey(t.chapter())) {
                        diags.warning(t.pos(), "table '" + t.id() + "' is not placed in any chapter; add '::: table "
                                + t.id() + "' where the source prints it");
                    }
                }
            }
        }
    }

    /**
     * A translated chapter must pair with its original section for section and table for table; it may
     * be out of date (its source hash differs), which is worth a warning and a notice on the page. An
     * untranslated chapter is a warning: the other language's site links to the original.
     */
    private static void checkTranslations(Plan plan, String lang, String defaultLang, Set<String> files,
            Diagnostics diags) {
        for (Chapter original : plan.chapters(defaultLang)) {
            var translated = plan.chapter(lang, original.id());
            if (translated.isEmpty()) {
                if (!files.contains(original.id())) {
                    diags.warning(original.pos(), "chapter '" + original.id() + "' has no translation in '" + lang
                            + "' (content/" + lang + "/" + original.id() + ".md)");
                }
                continue;
            }
            Chapter t = translated.get();
            if (t.translation() != null && !t.translation().sourceChapter().equals(original.id())) {
                diags.error(t.translation().pos(), "'translates' names '" + t.translation().sourceChapter()
                        + "', but a translation of chapter '" + original.id() + "' is " + lang + "/" + original.id()
                        + ".md and translates it");
            }
            List<String> ours = t.sectionIds();
            List<String> theirs = original.sectionIds();
            for (String id : theirs) {
                if (!ours.contains(id)) {
                    diags.error(t.pos(), "section '" + id + "' of the original (" + defaultLang + ") has no"
                            + " counterpart here: each heading of the original needs one, in the same order");
                }
            }
            for (var s : t.sections()) {
                if (!theirs.contains(s.id())) {
                    diags.error(s.pos(), "section '" + s.id() + "' is not in the original (" + defaultLang + "/"
                            + original.id() + ".md); translations have the same headings as the original");
                }
            }
            if (ours.size() == theirs.size() && theirs.containsAll(ours) && !ours.equals(theirs)) {
                diags.error(t.pos(), "the sections are in another order than in the original");
            }
            List<String> tablesHere = t.tablePlacements().stream().map(BodyPart.TablePlacement::tableId).toList();
            List<String> tablesThere = original.tablePlacements().stream().map(BodyPart.TablePlacement::tableId)
                    .toList();
            if (!tablesHere.equals(tablesThere)) {
                diags.error(t.pos(), "the tables placed here " + tablesHere + " differ from the original's "
                        + tablesThere + "; place the same tables in the same order");
            }
            if (t.translation() != null && !t.translation().sourceHash().equals(original.contentHash())) {
                diags.warning(t.translation().pos(), defaultLang + "/" + original.id() + ".md has changed since this"
                        + " translation was made (source_hash " + t.translation().sourceHash() + ", now "
                        + original.contentHash() + "); bring the translation up to date, then set source_hash: "
                        + original.contentHash());
            }
        }
    }

    /** Every unit a table uses is explained on the units page (when the plan has one). */
    private static void checkUnitsExplained(Plan plan, String defaultLang, Diagnostics diags) {
        if (plan.units().isEmpty()) {
            return;
        }
        Set<String> known = plan.units().stream().map(u -> u.name().in(defaultLang)).collect(Collectors.toSet());
        for (Table t : plan.tables()) {
            Set<String> used = new java.util.TreeSet<>();
            java.util.function.Consumer<plansite.model.Localized> add = l -> {
                if (l != null && l.in(defaultLang) != null) {
                    used.add(l.in(defaultLang));
                }
            };
            add.accept(t.unit());
            t.leafPaths().forEach(p -> p.forEach(c -> add.accept(c.unit())));
            plansite.model.UnitResolver units = new plansite.model.UnitResolver(t);
            for (var row : t.rows()) {
                add.accept(row.unit());
                add.accept(units.printedUnit(row));
                row.cells().forEach(cell -> add.accept(cell.unit()));
            }
            used.removeAll(known);
            used.forEach(u -> diags.warning(t.pos(), "table '" + t.id() + "' uses the unit '" + u + "', which"
                    + " data/units.yaml does not explain; add it there"));
        }
    }

    /** "; did you mean 'x'?" for a near miss, else "". */
    static String suggestion(String wrong, Set<String> known) {
        return plansite.diag.Suggestion.of(wrong, known);
    }

    /** The tidy downloads key each row of a table by a key of its own: two rows with one key cannot be joined. */
    private static void checkRowKeys(Table t, Plan plan, Diagnostics diags) {
        String keyLang = plansite.model.TidyLayout.keyLanguage(plan);
        List<String> keys = plansite.model.TidyLayout.rowKeys(t, keyLang, plan.site().defaultLanguage().code());
        var declared = plan.site().openData().dimensions().stream().map(d -> d.name()).toList();
        t.tidy().dimensions().stream().filter(d -> !declared.contains(d.name())).forEach(d -> diags.error(t.tidy().pos(),
                "table '" + t.id() + "' gives the dimension '" + d.name() + "', which open_data.dimensions in"
                        + " data/site.yaml does not declare; declared: " + String.join(", ", declared)));
        Map<String, Integer> first = new HashMap<>();
        for (int r = 0; r < keys.size(); r++) {
            Integer earlier = first.putIfAbsent(keys.get(r), r);
            if (earlier != null) {
                diags.error(t.tidy().pos(), "rows " + (earlier + 1) + " and " + (r + 1) + " of table '" + t.id()
                        + "' have the same row key '" + keys.get(r) + "'; give the table a 'tidy:' block with 'key:'"
                        + " (the columns whose text keys each row) or 'keys:' (one key per row)");
                return;
            }
        }
    }
}
