package plansite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plansite.model.Chapter;
import plansite.model.Column;
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
        return Map.of("page", page, "about", new Views.AboutPage(errata, AboutPages.DATA_NOTES + ".html", notes));
    }

    Map<String, Object> dataNotes(Views.Page page) {
        List<Views.FindingView> mismatches = new ArrayList<>();
        List<Views.FindingView> agreements = new ArrayList<>();
        for (Finding f : plan.findings()) {
            Views.FindingView v = f.isTable() ? tableFinding(f) : proseFinding(f);
            (f.agrees() ? agreements : mismatches).add(v);
        }
        return Map.of("page", page, "notes", new Views.DataNotesPage(mismatches, agreements, plan.findings().size()));
    }

    private Views.FindingView tableFinding(Finding f) {
        Table t = plan.table(f.tableId()).orElseThrow();
        Row row = t.rows().get(f.row());
        List<String> noteIds = new ArrayList<>(row.cells().get(f.column()).notes());
        noteIds.addAll(row.notes());
        List<String> notes = noteIds.stream().distinct()
                .map(id -> t.notes().stream().filter(n -> n.id().equals(id)).findFirst().map(Note::text))
                .flatMap(Optional::stream).map(this::text).toList();
        String where = text(t.label()) + " " + text(t.title());
        String href = chapterPath(t.chapter()) + "#" + t.id();
        String detail = rowLabel(t, f.row()) + " · " + columnLabel(t, f.column());
        return new Views.FindingView(where, href, detail, null, f.printed(), f.arithmetic(), f.agrees(), notes);
    }

    private Views.FindingView proseFinding(Finding f) {
        ProseCheck p = java.util.Objects.requireNonNull(proseChecks.get(f.proseCheckId()), f.proseCheckId());
        Place place = place(p.chapter(), p.section());
        List<String> notes = p.note() == null ? List.of() : List.of(text(p.note()));
        // The quote is of the original's text: in a translation it is a fragment in another language.
        String quoteLang = lang.code().equals(fallback) ? null : plan.site().defaultLanguage().htmlLang();
        return new Views.FindingView(place.where(), place.href(), p.quote(), quoteLang, f.printed(), f.arithmetic(),
                f.agrees(), notes);
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
