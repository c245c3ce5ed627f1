package plansite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything in {@code data/site.yaml}: the site's identity, the plan's publication data, and the
 * metadata that Chinese government sites carry on every page.
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
        MapSettings map) {

    /**
     * Bound from {@code data/site.yaml} as written: a missing list stays null and an empty item stays in its
     * list, for the loader to report (it accepts no settings with either).
     */
    public SiteSettings {
        languages = Immutable.listKeepingNulls(languages);
        figures = Immutable.listKeepingNulls(figures);
        footer = Immutable.listKeepingNulls(footer);
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

    /** Base year, plan period and outlook year. */
    public record PlanPeriod(int baseYear, int startYear, int endYear, int outlookYear) {}

    /**
     * Map settings: the review number (审图号) shown on every map when set, and an optional tile
     * layer, off unless configured.
     */
    public record MapSettings(String reviewNumber, TileLayer tileLayer) {}

    /** A raster tile layer; {@code {key}} in the URL is replaced by {@code key}. */
    public record TileLayer(String url, Localized attribution, List<String> subdomains, String key, int maxZoom) {
        public TileLayer {
            subdomains = Immutable.listKeepingNulls(subdomains);
        }
    }
}
