package plansite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plansite.model.Chapter;
import plansite.model.Column;
import plansite.model.Disagreement;
import plansite.model.Erratum;
import plansite.model.Finding;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.Note;
import plansite.model.Plan;
import plansite.model.ProseCheck;
import plansite.model.Row;
import plansite.model.Section;
import plansite.model.Table;

/**
 * Models of the pages about the edition itself, in one language: "about this edition" with every mend
 * of conversion damage, and "data notes" with every recomputed figure.
 */
final class EditionPages {
    private final Plan plan;
    private final Language lang;
    private final String fallback;

    EditionPages(Plan plan, Language lang) {
        this.plan = plan;
        this.lang = lang;
        this.fallback = plan.site().defaultLanguage().code();
        plan.proseChecks().forEach(c -> proseChecks.putIfAbsent(c.id(), c));
    }

    /** The prose checks by id: every finding of the data notes looks its check up. */
    private final Map<String, ProseCheck> proseChecks = new java.util.HashMap<>();

    Map<String, Object> about(Views.Page page) {
        List<Views.ErratumView> errata = new ArrayList<>();
        for (Erratum e : plan.errata()) {
            Place place = place(e.chapter(), e.section());
            errata.add(new Views.ErratumView(place.where(), place.href(), ConvertedText.readable(e.source()), e.mended(),
                    text(e.reason())));
        }
        List<String> notes = plan.site().editionNotes().stream().map(this::text).toList();
        return Map.of("page", page, "about", new Views.AboutPage(errata, AboutPages.DATA_NOTES + ".html", notes,
                editedTables()));
    }

    /**
     * Each table the edition had to set again, with how it did: in the order the plan prints the tables (by
     * chapter, then by place in the chapter, tables derived from the text after), each linking to its page.
     */
    private List<Views.EditionTableView> editedTables() {
        List<Views.EditionTableView> out = new ArrayList<>();
        for (Chapter c : plan.chapters(fallback)) {
            List<String> placed = c.tablePlacements().stream().map(p -> p.tableId()).toList();
            plan.tables().stream().filter(t -> t.chapter().equals(c.id()) && !t.editionNotes().isEmpty())
                    .sorted(java.util.Comparator.comparingInt((Table t) -> placed.contains(t.id())
                            ? placed.indexOf(t.id()) : Integer.MAX_VALUE))
                    .forEach(t -> {
                        String anchor = AboutPages.tableAnchor(t.id());
                        List<Views.EditionNoteView> notes = t.editionNotes().stream()
                                .map(n -> new Views.EditionNoteView(anchor + "-" + n.id(), text(n.text()),
                                        noteText(n.text()).lang()))
                                .toList();
                        out.add(new Views.EditionTableView(anchor, text(t.label()), text(t.title()),
                                TablePages.PAGE_FOLDER + t.id() + ".html", notes));
                    });
        }
        return out;
    }

    Map<String, Object> dataNotes(Views.Page page) {
        Map<String, Finding> byCheck = new java.util.HashMap<>();
        plan.findings().stream().filter(f -> !f.isTable()).forEach(f -> byCheck.putIfAbsent(f.proseCheckId(), f));
        java.util.Set<Finding> named = new java.util.HashSet<>();
        Map<String, List<Views.DisputeView>> byChapter = new java.util.LinkedHashMap<>();
        for (Disagreement d : plan.disagreements()) {
            List<Views.Link> places = new ArrayList<>();
            for (int i = 0; i < d.places().size(); i++) {
                Disagreement.Place p = d.places().get(i);
                places.add(new Views.Link(place(p.chapter(), p.section()).where(),
                        chapterPath(p.chapter()) + "#" + DisputeMarks.markId(d.id(), i + 1)));
            }
            List<Views.NoteText> notes = new ArrayList<>();
            if (d.note() != null) {
                notes.add(noteText(d.note()));
            }
            List<Views.FindingView> findings = new ArrayList<>();
            for (String id : d.checks()) {
                ProseCheck c = proseChecks.get(id);
                if (c.note() != null) {
                    notes.add(noteText(c.note()));
                }
                Finding f = byCheck.get(id);
                if (f != null) {
                    named.add(f);
                    findings.add(proseFinding(f, false));
                }
            }
            for (Disagreement.TableNote n : d.tableNotes()) {
                Table t = plan.table(n.table()).orElseThrow();
                places.add(new Views.Link(text(t.label()) + " " + text(t.title()),
                        chapterPath(t.chapter()) + "#" + t.id() + "-note-" + n.note()));
                t.notes().stream().filter(x -> x.id().equals(n.note())).findFirst()
                        .ifPresent(x -> notes.add(noteText(x.text())));
                for (Finding f : plan.findings()) {
                    if (f.isTable() && f.tableId().equals(t.id()) && cites(t, f, n.note())) {
                        named.add(f);
                        findings.add(tableFinding(f, false));
                    }
                }
            }
            Disagreement.Place first = d.places().isEmpty() ? null : d.places().get(0);
            // An entry of a table's note alone is headed by the table's label.
            String figure = first != null ? first.figure().in(lang.code(), fallback) : d.tableNotes().isEmpty() ? null
                    : plan.table(d.tableNotes().get(0).table()).map(t -> text(t.label())).orElse(null);
            String figureLang = first == null || first.figure().has(lang.code()) ? null
                    : plan.site().defaultLanguage().htmlLang();
            String chapter = !d.places().isEmpty() ? d.places().get(0).chapter()
                    : !d.tableNotes().isEmpty() ? plan.table(d.tableNotes().get(0).table()).map(Table::chapter).orElse(null)
                    : d.checks().isEmpty() ? null : proseChecks.get(d.checks().get(0)).chapter();
            byChapter.computeIfAbsent(chapter, k -> new ArrayList<>()).add(new Views.DisputeView(
                    DisputeMarks.entryId(d.id()), d.kind(), places, figure, figureLang, notes, findings));
        }
        List<Views.DisputeChapter> chapters = new ArrayList<>();
        List<Chapter> order = plan.chapters(fallback);
        for (Chapter c : order) {
            List<Views.DisputeView> entries = byChapter.get(c.id());
            if (entries != null) {
                Place where = place(c.id(), null);
                chapters.add(new Views.DisputeChapter(where.where(), where.href(), entries));
            }
        }
        List<Views.FindingView> agreements = new ArrayList<>();
        int mismatches = 0;
        for (Finding f : plan.findings()) {
            mismatches += f.agrees() ? 0 : 1;
            if (f.agrees() && !named.contains(f)) {
                agreements.add(f.isTable() ? tableFinding(f, true) : proseFinding(f, true));
            }
        }
        return Map.of("page", page, "notes", new Views.DataNotesPage(chapters, plan.disagreements().size(), agreements,
                plan.findings().size(), mismatches));
    }

    /** Whether the table finding's cell or row cites the note. */
    private static boolean cites(Table t, Finding f, String noteId) {
        Row row = t.rows().get(f.row());
        return row.notes().contains(noteId) || row.cells().get(f.column()).notes().contains(noteId);
    }

    private Views.NoteText noteText(Localized l) {
        String htmlLang = l.has(lang.code()) ? null : plan.site().defaultLanguage().htmlLang();
        return new Views.NoteText(text(l), htmlLang);
    }

    /** A table's recomputed figure; with its notes when it is listed on its own (an agreement). */
    private Views.FindingView tableFinding(Finding f, boolean withNotes) {
        Table t = plan.table(f.tableId()).orElseThrow();
        Row row = t.rows().get(f.row());
        List<String> noteIds = new ArrayList<>(row.cells().get(f.column()).notes());
        noteIds.addAll(row.notes());
        List<String> notes = !withNotes ? List.of() : noteIds.stream().distinct()
                .map(id -> t.notes().stream().filter(n -> n.id().equals(id)).findFirst().map(Note::text))
                .flatMap(Optional::stream).map(this::text).toList();
        String where = text(t.label()) + " " + text(t.title());
        String href = chapterPath(t.chapter()) + "#" + t.id();
        String detail = rowLabel(t, f.row()) + " · " + columnLabel(t, f.column());
        return new Views.FindingView(where, href, detail, null, f.printed(), f.arithmetic(), f.agrees(), notes);
    }

    /** A prose figure recomputed; with its note when it is listed on its own (an agreement). */
    private Views.FindingView proseFinding(Finding f, boolean withNotes) {
        ProseCheck p = java.util.Objects.requireNonNull(proseChecks.get(f.proseCheckId()), f.proseCheckId());
        Place place = place(p.chapter(), p.section());
        List<String> notes = p.note() == null || !withNotes ? List.of() : List.of(text(p.note()));
        // The quote is of the original's text: in a translation it is a fragment in another language.
        String quoteLang = lang.code().equals(fallback) ? null : plan.site().defaultLanguage().htmlLang();
        return new Views.FindingView(place.where(), place.href(), withNotes ? p.quote() : null, quoteLang, f.printed(),
                f.arithmetic(), f.agrees(), notes);
    }

    /** The printed row header of a row: the text of its header cells, merged cells read from above. */
    private String rowLabel(Table t, int r) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < Math.max(1, t.headerColumns()); c++) {
            String s = t.origin(r, c).display(lang.code(), fallback);
            if (s != null && !s.isBlank() && !parts.contains(s)) {
                parts.add(s);
            }
        }
        return String.join(" ", parts);
    }

    private String columnLabel(Table t, int c) {
        List<String> parts = new ArrayList<>();
        for (Column col : t.leafPaths().get(c)) {
            if (col.label() != null) {
                parts.add(text(col.label()));
            }
        }
        return String.join(" / ", parts);
    }

    private record Place(String where, String href) {}

    private Place place(String chapterId, String sectionId) {
        Optional<Chapter> chapter = plan.chapter(lang.code(), chapterId).or(() -> plan.chapter(fallback, chapterId));
        if (chapter.isEmpty()) {
            return new Place(chapterId, null);
        }
        String href = chapterPath(chapterId);
        Optional<Section> section = sectionId == null ? Optional.empty() : chapter.get().section(sectionId);
        return section.map(s -> new Place(chapter.get().title() + " · " + s.title(), href + "#" + s.id()))
                .orElse(new Place(chapter.get().title(), href));
    }

    /** Pages about the edition live beside the chapters of their language. */
    private String chapterPath(String chapterId) {
        boolean translated = plan.chapter(lang.code(), chapterId).isPresent();
        return translated ? chapterId + ".html" : "../" + fallback + "/" + chapterId + ".html";
    }

    private String text(Localized l) {
        return l == null ? "" : l.in(lang.code(), fallback);
    }
}
