package plansite.render;

import java.util.List;
import plansite.model.Html;
import plansite.model.Immutable;

/**
 * The records templates see: texts already chosen for the page's language, links already made
 * relative to the page. Templates read them; they never compute paths or pick languages. Their lists
 * are unmodifiable copies; a list of texts keeps a null (no text in this language) for the template.
 */
public final class Views {
    private Views() {}

    /** What every page has: language, links back to the root, head metadata, the site's texts. */
    public record Page(
            String lang,
            String htmlLang,
            String ogLocale,
            String root,
            String langRoot,
            String path,
            String kind,
            String title,
            String description,
            String canonical,
            List<Alternate> alternates,
            Site site,
            List<Link> breadcrumb) {
        public Page {
            alternates = List.copyOf(alternates);
            breadcrumb = List.copyOf(breadcrumb);
        }
    }

    /** The same page in a language of the site; {@code href} relative to the current page. */
    public record Alternate(String code, String htmlLang, String name, String href, String url, boolean current) {}

    public record Link(String text, String href) {}

    /** The site's settings in the page's language. */
    public record Site(
            String title,
            String description,
            String publisher,
            String siteName,
            String siteDomain,
            String siteIdCode,
            String columnName,
            String contentSource,
            String pubDate,
            List<String> footer,
            String reviewNumber,
            Publication publication,
            Period period,
            List<String> figures,
            String figuresNote,
            String searchExample,
            boolean hasGlossary,
            boolean hasUnits,
            boolean hasMaps,
            boolean hasGlance,
            OpenData openData,
            List<String> summary,
            Link officialNotice) {
        public Site {
            footer = Immutable.listKeepingNulls(footer);
            figures = Immutable.listKeepingNulls(figures);
            summary = List.copyOf(summary);
        }
    }

    /** The data's version and release date, the licences of its parts (the boundaries' last, with maps), its citation. */
    public record OpenData(String version, String date, String isoDate, List<Licence> licences, String citation,
            List<Dimension> dimensions) {
        public OpenData {
            licences = List.copyOf(licences);
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * What a licence covers, its title and Open Definition id, what it allows, and where to read it ({@code url},
     * shown as text, since pages link to no other host; null when it is on this site).
     */
    public record Licence(String appliesTo, String title, String name, String url, String terms) {}

    /** A dimension of the tidy files: its columns ({@code <name>_<lang>}, …) and what it is. */
    public record Dimension(String columns, String description) {}

    public record Publication(String issuedBy, String issueDate, String issueNote, List<String> copyTo) {
        public Publication {
            copyTo = Immutable.listKeepingNulls(copyTo);
        }
    }

    public record Period(int baseYear, int startYear, int endYear, int outlookYear) {}

    /** A chapter in a contents list, with its sections down to level 3. */
    public record ContentsEntry(String title, String href, List<ContentsSection> sections) {
        public ContentsEntry {
            sections = List.copyOf(sections);
        }
    }

    public record ContentsSection(String title, String href, int level) {}

    /** A chapter page. */
    public record ChapterPage(
            String id,
            String title,
            List<ContentsSection> toc,
            List<Part> body,
            Link previous,
            Link next,
            Stale stale) {
        public ChapterPage {
            toc = List.copyOf(toc);
            body = List.copyOf(body);
        }
    }

    /** A translation whose original has changed since: where to read the original, in its language. */
    public record Stale(String originalHref, String originalLang) {}

    /** A piece of a chapter's body: prose, or a table already laid out in HTML. */
    public record Part(Html html) {}

    /** The one-page edition: every chapter of one language. */
    public record FullPage(List<ContentsEntry> contents, List<FullChapter> chapters) {
        public FullPage {
            contents = List.copyOf(contents);
            chapters = List.copyOf(chapters);
        }
    }

    public record FullChapter(String id, String title, List<Part> body) {
        public FullChapter {
            body = List.copyOf(body);
        }
    }

    /** The glossary of one language, sorted as its readers look words up. */
    public record GlossaryPage(List<TermView> terms) {
        public GlossaryPage {
            terms = List.copyOf(terms);
        }
    }

    /**
     * A glossary entry: {@code term} in the page's language, {@code other} in the other language (with
     * {@code otherLang}), the pinyin and the definition.
     */
    public record TermView(String id, String term, String other, String otherLang, String pinyin,
            String definition) {}

    /** The units page of one language. */
    public record UnitsPage(List<UnitView> units) {
        public UnitsPage {
            units = List.copyOf(units);
        }
    }

    public record UnitView(String name, String other, String otherLang, String meaning) {}

    /** A table's own page: the table, where it is in the plan, its downloads, how to cite it. */
    public record TablePage(TableView table, Html tableHtml, String chapterTitle, String sectionTitle, String whereHref,
            List<Download> downloads, String citation, Html jsonLd) {
        public TablePage {
            downloads = List.copyOf(downloads);
        }
    }

    /** A download: the message key of its label (i18n.ftlh: the words are the templates'), where, its format and size. */
    public record Download(String labelKey, String href, String format, String size) {}

    /** The data catalogue: every table, filterable by chapter, and the files for all of them. */
    /**
     * The data catalogue: the tables, the zip, the data package, the long file of every table's values, and
     * the downloads' README, LICENSE and CHANGELOG.
     */
    public record CataloguePage(List<CatalogueEntry> tables, List<Link> chapters, String zipHref, String zipSize,
            String packageHref, String combinedHref, String combinedSize, String readmeHref, String licenceHref,
            String changelogHref) {
        public CataloguePage {
            tables = List.copyOf(tables);
            chapters = List.copyOf(chapters);
        }
    }

    public record CatalogueEntry(String id, String label, String title, String chapterId, String chapterTitle,
            int rows, String href, List<Download> downloads, boolean derived) {
        public CatalogueEntry {
            downloads = List.copyOf(downloads);
        }
    }

    /** The home page of one language. */
    public record HomePage(List<ContentsEntry> contents) {
        public HomePage {
            contents = List.copyOf(contents);
        }
    }

    /** The root page: the site in each language. */
    public record RootPage(List<RootLanguage> languages) {
        public RootPage {
            languages = List.copyOf(languages);
        }
    }

    /** A language on the root page: its plan title, description and home, and the publisher's name in it. */
    public record RootLanguage(String code, String htmlLang, String name, String title, String description,
            String href, String publisher, String issued) {}

    /**
     * A table laid out for HTML: header rows and body rows as grids with spans; {@code editionNotes}: whether
     * "About this edition" says how the edition set it (then the table links to that entry).
     */
    public record TableView(
            String id,
            String label,
            String title,
            String pageHref,
            boolean derived,
            String unit,
            List<List<HeaderCell>> headerRows,
            List<List<BodyCell>> bodyRows,
            List<NoteView> notes,
            boolean editionNotes) {
        public TableView {
            headerRows = headerRows.stream().<List<HeaderCell>>map(List::copyOf).toList();
            bodyRows = bodyRows.stream().<List<BodyCell>>map(List::copyOf).toList();
            notes = List.copyOf(notes);
        }

        /** From this many columns a table is "wide": on paper it gets a landscape page (site.css). */
        static final int WIDE = 7;

        /** The number of columns (those of the first row, which no cell from above covers). */
        public int columns() {
            return bodyRows.isEmpty() ? 0 : bodyRows.get(0).stream().mapToInt(BodyCell::colspan).sum();
        }

        public boolean wide() {
            return columns() >= WIDE;
        }
    }

    /** A column header. {@code scope} is {@code col} or {@code colgroup}. */
    public record HeaderCell(String text, String unit, int colspan, int rowspan, String scope, String lang) {}

    /**
     * A body cell. {@code header} cells are row headers; {@code numeric} cells are right-aligned;
     * {@code unit} is shown after the value when it is not already in the column header or caption;
     * {@code lang} is set when the text is in another language than the page (an untranslated label).
     */
    public record BodyCell(String text, String unit, boolean header, boolean numeric, int rowspan, int colspan,
            List<NoteRef> notes, String lang) {
        public BodyCell {
            notes = List.copyOf(notes);
        }
    }

    /** A citation of a note from a cell: the note's number and the ids of both ends of the link. */
    public record NoteRef(int number, String noteId, String refId) {}

    /** The "about this edition" page: what the text edition is, and every mend of conversion damage. */
    public record AboutPage(List<ErratumView> errata, String dataNotesHref, List<String> editionNotes,
            List<EditionTableView> tables) {
        public AboutPage {
            errata = List.copyOf(errata);
            editionNotes = List.copyOf(editionNotes);
            tables = List.copyOf(tables);
        }
    }

    /**
     * A table on "About this edition": its anchor there ({@code id}), its label and title, the link back to its
     * page, and how the edition set it.
     */
    public record EditionTableView(String id, String label, String title, String href, List<EditionNoteView> notes) {
        public EditionTableView {
            notes = List.copyOf(notes);
        }
    }

    /** One edition note: its anchor, its text, and the html lang of the text when it differs from the page's. */
    public record EditionNoteView(String id, String text, String lang) {}

    /** One mend: where (linked), the converted text, the mended text, why. */
    public record ErratumView(String where, String href, String source, String mended, String reason) {}

    /**
     * The data notes page: every disagreement of the plan, by chapter, then the recomputed figures that agree
     * (none that a disagreement names); {@code checked} figures were recomputed, {@code mismatches} of them differ.
     */
    public record DataNotesPage(List<DisputeChapter> chapters, int disputes, List<FindingView> agreements, int checked,
            int mismatches) {
        public DataNotesPage {
            chapters = List.copyOf(chapters);
            agreements = List.copyOf(agreements);
        }
    }

    /** The disagreements of one chapter (its title, linked). */
    public record DisputeChapter(String title, String href, List<DisputeView> entries) {
        public DisputeChapter {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One disagreement: its anchor, kind, the places it is marked (each linked to its mark, which links
     * back here), the figure as printed at its first place, its notes, and the recomputations it names.
     */
    public record DisputeView(String id, String kind, List<Link> places, String figure, String figureLang,
            List<NoteText> notes, List<FindingView> findings) {
        public DisputeView {
            places = List.copyOf(places);
            notes = List.copyOf(notes);
            findings = List.copyOf(findings);
        }
    }

    /** A note's text, and its language when it is not the page's (an untranslated note). */
    public record NoteText(String text, String lang) {}

    /**
     * One recomputed figure: where it is (a table cell or a quote of the prose, linked), the figure as
     * printed, the arithmetic with its result, and the notes that explain a difference.
     */
    public record FindingView(String where, String href, String detail, String detailLang, String printed,
            String arithmetic, boolean agrees, List<String> notes) {
        public FindingView {
            notes = Immutable.listKeepingNulls(notes);
        }
    }

    /**
     * A note below a table, with links back to every place that cites it; {@code dispute}, the id of the
     * disagreement it states (its entry on the data notes page links here and back), or null.
     */
    public record NoteView(int number, String id, String text, String lang, List<String> backrefs, String dispute) {
        public NoteView {
            backrefs = List.copyOf(backrefs);
        }
    }
}
