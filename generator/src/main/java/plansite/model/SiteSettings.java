package plansite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything in {@code data/site.yaml}: the site's identity, the plan's publication data, and the
 * metadata that Chinese government sites carry on every page. Every word of the plan that the pages and
 * downloads print besides its chapters and tables is here (or in the templates' messages), none in Java:
 * {@code place}, the area the plan covers (the tables' metadata); {@code searchExample}, the example in the
 * search box; {@code editionNotes}, what the about page says the edition leaves out; {@code downloads}, the
 * names and words of the data files; {@code summary}, optional paragraphs the home page opens with (the
 * plan's own words); {@code officialNotice}, optional, where the official notice of the plan is published.
 */
public record SiteSettings(
        List<Language> languages,
        Localized title,
        Localized description,
        String baseUrl,
        Localized publisher,
        Localized siteName,
        String siteDomain,
        String siteIdCode,
        Localized columnName,
        Localized contentSource,
        LocalDate pubDate,
        Publication publication,
        PlanPeriod period,
        List<Localized> figures,
        Localized figuresNote,
        List<Localized> footer,
        MapSettings map,
        Localized place,
        Localized searchExample,
        List<Localized> editionNotes,
        Downloads downloads,
        OpenData openData,
        List<Localized> summary,
        OfficialNotice officialNotice) {

    /**
     * Bound from {@code data/site.yaml} as written: a missing list stays null and an empty item stays in its
     * list, for the loader to report (it accepts no settings with either).
     */
    public SiteSettings {
        languages = Immutable.listKeepingNulls(languages);
        figures = Immutable.listKeepingNulls(figures);
        footer = Immutable.listKeepingNulls(footer);
        editionNotes = Immutable.listKeepingNulls(editionNotes);
        summary = summary == null ? List.of() : Immutable.listKeepingNulls(summary);
    }

    public Language defaultLanguage() {
        return languages.get(0);
    }

    /** The plan's issuing data, as printed at the end of the official text. */
    public record Publication(Localized issuedBy, LocalDate issueDate, Localized issueNote, List<Localized> copyTo) {
        public Publication {
            copyTo = Immutable.listKeepingNulls(copyTo);
        }
    }

    /**
     * A link, in every page's footer, to the official notice of the plan ({@code url}: an absolute http(s)
     * address), named {@code text} per language.
     */
    public record OfficialNotice(String url, Localized text) {}

    /** Base year, plan period and outlook year. */
    public record PlanPeriod(int baseYear, int startYear, int endYear, int outlookYear) {}

    /**
     * Map settings: the review number (审图号) shown on every map when set, and an optional tile
     * layer, off unless configured.
     */
    public record MapSettings(String reviewNumber, TileLayer tileLayer, Boundaries boundaries) {}

    /**
     * The county boundaries of {@code data/geo/} as the data package describes them (title, description,
     * licence, source), the notice at the head of the boundaries' script, and the credit shown under every
     * map and, shorter, on the map itself; required when there are maps.
     */
    public record Boundaries(Localized title, String description, String attribution, Localized credit,
            Localized shortCredit, Licence licence, Source source) {}

    /** A licence as a data package names it: its identifier, where to read it, its title. */
    public record Licence(String name, String path, String title) {}

    /** A source as a data package names it: its title and where it is. */
    public record Source(String title, String path) {}

    /**
     * The downloads: the zip of them all, the data package's name and description, its licence's title
     * and the terms in every workbook (per language), and the words the files' headers and notes sheets use.
     */
    public record Downloads(String zip, String packageName, String packageDescription, Localized licence,
            Localized terms, Labels labels) {}

    /**
     * Words inside the downloads, per language: the unit and notes columns of the CSV files and workbooks,
     * and the notes sheet's source and terms.
     */
    public record Labels(Localized unit, Localized notes, Localized source, Localized terms) {}

    /**
     * The terms of the data ({@code open_data}): the data's version and when it was released (an RFC 3339
     * date-time, the data package's {@code created}), the licences of its parts, the line to cite it by, the
     * changes of each version, newest first, and the dimensions the tables' tidy blocks may give.
     */
    public record OpenData(String version, String released, List<DataLicence> licences, Localized citation,
            List<Change> changelog, List<Dimension> dimensions) {
        public OpenData {
            licences = Immutable.listKeepingNulls(licences);
            changelog = Immutable.listKeepingNulls(changelog);
            dimensions = dimensions == null ? List.of() : Immutable.listKeepingNulls(dimensions);
        }
    }

    /**
     * A dimension of the plan's tidy files beyond the county (e.g. what a row is about): its name, which makes
     * the columns {@code <name>_<lang>}, and what it is, per language.
     */
    public record Dimension(String name, Localized description) {}

    /**
     * One licence of the data: what it covers, its Open Definition id ({@code name}), its title, where to read
     * it and what it means for reuse.
     */
    public record DataLicence(Localized appliesTo, String name, Localized title, String path, Localized terms) {}

    /** One version of the data: its number, date and what changed. */
    public record Change(String version, LocalDate date, Localized changes) {}

    /** A raster tile layer; {@code {key}} in the URL is replaced by {@code key}. */
    public record TileLayer(String url, Localized attribution, List<String> subdomains, String key, int maxZoom) {
        public TileLayer {
            subdomains = Immutable.listKeepingNulls(subdomains);
        }
    }
}
