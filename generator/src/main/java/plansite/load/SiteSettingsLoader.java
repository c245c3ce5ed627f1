package plansite.load;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import plansite.diag.Diagnostics;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.SiteSettings;

/** Loads and checks {@code data/site.yaml}. Its texts are always given per language. */
final class SiteSettingsLoader {
    private final YamlReader yaml;

    SiteSettingsLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    Optional<SiteSettings> load(InputFile file, Diagnostics diags) {
        var parsed = yaml.readFile(file, SiteSettings.class, null, diags);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        SiteSettings s = parsed.get().value();
        PositionIndex at = parsed.get().positions();
        Diagnostics local = new Diagnostics();
        Required req = new Required(at, local, "site settings");
        if (req.value(s.languages(), "", "languages") && s.languages().isEmpty()) {
            local.error(at.at("/languages"), "'languages' must list at least one language");
        }
        List<String> langs = s.languages() == null ? List.of() : checkLanguages(s.languages(), at, local);
        req.localized(s.title(), "", "title", langs);
        req.localized(s.description(), "", "description", langs);
        req.localized(s.publisher(), "", "publisher", langs);
        req.localized(s.siteName(), "", "site_name", langs);
        req.localized(s.columnName(), "", "column_name", langs);
        req.localized(s.contentSource(), "", "content_source", langs);
        req.value(s.siteDomain(), "", "site_domain");
        req.value(s.siteIdCode(), "", "site_id_code");
        req.value(s.pubDate(), "", "pub_date");
        if (req.text(s.baseUrl(), "", "base_url")
                && !s.baseUrl().matches("https?://[^/\\s]+/(\\S*/)?")) {
            local.error(at.at("/base_url"), "base_url must be an absolute http(s) address ending with '/',"
                    + " e.g. https://www.example.gov.cn/plan/");
        }
        if (req.value(s.publication(), "", "publication")) {
            var p = s.publication();
            req.localized(p.issuedBy(), "/publication", "issued_by", langs);
            req.value(p.issueDate(), "/publication", "issue_date");
            req.localized(p.issueNote(), "/publication", "issue_note", langs);
            req.value(p.copyTo(), "/publication", "copy_to");
            localizedList(p.copyTo(), "/publication/copy_to", langs, at, local);
        }
        if (req.value(s.period(), "", "period")) {
            var p = s.period();
            positive(p.baseYear(), "/period", "base_year", at, local);
            positive(p.startYear(), "/period", "start_year", at, local);
            positive(p.endYear(), "/period", "end_year", at, local);
            positive(p.outlookYear(), "/period", "outlook_year", at, local);
        }
        req.value(s.figures(), "", "figures");
        localizedList(s.figures(), "/figures", langs, at, local);
        req.localized(s.figuresNote(), "", "figures_note", langs);
        req.value(s.footer(), "", "footer");
        localizedList(s.footer(), "/footer", langs, at, local);
        if (req.value(s.map(), "", "map")) {
            req.value(s.map().reviewNumber(), "/map", "review_number");
            var tiles = s.map().tileLayer();
            if (tiles != null) {
                if (req.text(tiles.url(), "/map/tile_layer", "url")
                        // In any order: Tianditu's WMTS addresses give TILEROW={y} before TILECOL={x}.
                        && !tiles.url().matches("https://(?=\\S*\\{z})(?=\\S*\\{x})(?=\\S*\\{y})\\S*")) {
                    local.error(at.at("/map/tile_layer/url"), "the tile layer url must be an https address with"
                            + " {z}, {x} and {y}, e.g. https://t{s}.tianditu.gov.cn/vec_w/wmts?…&TILEMATRIX={z}"
                            + "&TILEROW={y}&TILECOL={x}&tk={key}");
                }
                req.localized(tiles.attribution(), "/map/tile_layer", "attribution", langs);
                if (tiles.maxZoom() < 1 || tiles.maxZoom() > 22) {
                    local.error(at.at("/map/tile_layer"), "'max_zoom' of the tile layer must be between 1 and 22");
                }
            }
            boundaries(s.map().boundaries(), hasBoundaries(file), langs, at, local);
        }
        req.localized(s.place(), "", "place", langs);
        req.localized(s.searchExample(), "", "search_example", langs);
        req.value(s.editionNotes(), "", "edition_notes");
        localizedList(s.editionNotes(), "/edition_notes", langs, at, local);
        if (req.value(s.downloads(), "", "downloads")) {
            downloads(s.downloads(), langs, at, local);
        }
        if (req.value(s.openData(), "", "open_data")) {
            openData(s.openData(), langs, at, local);
        }
        localizedList(s.summary(), "/summary", langs, at, local);
        if (s.officialNotice() != null) {
            Required notice = new Required(at, local, "the official notice");
            if (notice.text(s.officialNotice().url(), "/official_notice", "url")
                    && !s.officialNotice().url().matches("https?://[^/\\s]+(/\\S*)?")) {
                local.error(at.at("/official_notice/url"), "the official notice's url must be an absolute http(s)"
                        + " address, e.g. https://www.example.gov.cn/plans/notice.html");
            }
            notice.localized(s.officialNotice().text(), "/official_notice", "text", langs);
        }
        diags.addAll(local);
        return local.hasErrors() ? Optional.empty() : Optional.of(s);
    }

    /** An Open Definition licence id, as the data package's {@code licenses[].name} takes it: CC-BY-4.0, ODbL-1.0. */
    private static final java.util.regex.Pattern LICENCE_ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9.+-]*");
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("\\d+\\.\\d+\\.\\d+");

    private static void openData(SiteSettings.OpenData o, List<String> langs, PositionIndex at, Diagnostics diags) {
        Required req = new Required(at, diags, "open data settings");
        if (req.text(o.version(), "/open_data", "version") && !VERSION.matcher(o.version()).matches()) {
            diags.error(at.at("/open_data/version"), "'version' must be three numbers (semantic versioning),"
                    + " e.g. 1.1.0");
        }
        if (req.text(o.released(), "/open_data", "released")) {
            try {
                java.time.OffsetDateTime.parse(o.released());
            } catch (java.time.format.DateTimeParseException e) {
                diags.error(at.at("/open_data/released"), "'released' must be an RFC 3339 date-time with its offset,"
                        + " e.g. 2026-12-02T00:00:00+08:00");
            }
        }
        if (req.value(o.licences(), "/open_data", "licences") && o.licences().isEmpty()) {
            diags.error(at.at("/open_data/licences"), "'licences' must list at least one licence");
        }
        List<SiteSettings.DataLicence> licences = o.licences() == null ? List.of() : o.licences();
        for (int i = 0; i < licences.size(); i++) {
            String p = "/open_data/licences/" + i;
            SiteSettings.DataLicence l = licences.get(i);
            if (l == null) {
                diags.error(at.at(p), "licence " + (i + 1) + " is empty");
                continue;
            }
            Required lr = new Required(at, diags, "a licence");
            lr.localized(l.appliesTo(), p, "applies_to", langs);
            if (lr.text(l.name(), p, "name") && !LICENCE_ID.matcher(l.name()).matches()) {
                diags.error(at.at(p + "/name"), "licence name '" + l.name() + "' must be an Open Definition licence"
                        + " id, e.g. CC-BY-4.0, ODbL-1.0 or other-pd");
            }
            lr.localized(l.title(), p, "title", langs);
            if (lr.text(l.path(), p, "path") && !l.path().matches("https?://\\S+")) {
                diags.error(at.at(p + "/path"), "licence path must be an absolute http(s) address, e.g."
                        + " https://creativecommons.org/licenses/by/4.0/");
            }
            lr.localized(l.terms(), p, "terms", langs);
        }
        req.localized(o.citation(), "/open_data", "citation", langs);
        if (req.value(o.changelog(), "/open_data", "changelog") && o.changelog().isEmpty()) {
            diags.error(at.at("/open_data/changelog"), "'changelog' must list at least the current version");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < o.dimensions().size(); i++) {
            String p = "/open_data/dimensions/" + i;
            SiteSettings.Dimension d = o.dimensions().get(i);
            Required dr = new Required(at, diags, "a dimension");
            if (d != null && dr.text(d.name(), p, "name") && (!d.name().matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")
                    || !names.add(d.name()) || List.of("county", "measure", "status", "remark", "printed", "unit", "note",
                            "row_label").contains(d.name()))) {
                diags.error(at.at(p + "/name"), "dimension name '" + d.name() + "' must be lower-case letters, digits"
                        + " and '_', used once, and not a name the tidy files use already (county, measure, …)");
            }
            if (d != null) {
                dr.localized(d.description(), p, "description", langs);
            }
        }
        List<SiteSettings.Change> changes = o.changelog() == null ? List.of() : o.changelog();
        for (int i = 0; i < changes.size(); i++) {
            String p = "/open_data/changelog/" + i;
            SiteSettings.Change c = changes.get(i);
            if (c == null) {
                diags.error(at.at(p), "change " + (i + 1) + " is empty");
                continue;
            }
            Required cr = new Required(at, diags, "a change");
            cr.text(c.version(), p, "version");
            cr.value(c.date(), p, "date");
            cr.localized(c.changes(), p, "changes", langs);
            if (i == 0 && c.version() != null && o.version() != null && !c.version().equals(o.version())) {
                diags.error(at.at(p + "/version"), "the newest change is of version " + c.version() + " but"
                        + " 'version' is " + o.version() + "; list the changes newest first, the current version first");
            }
        }
    }

    private static void downloads(SiteSettings.Downloads d, List<String> langs, PositionIndex at, Diagnostics diags) {
        Required req = new Required(at, diags, "download settings");
        if (req.text(d.zip(), "/downloads", "zip") && !d.zip().matches("[^/\\\\\\s]+\\.zip")) {
            diags.error(at.at("/downloads/zip"), "'zip' must be a file name ending in .zip, without folders or"
                    + " spaces, e.g. plan-2021-2025-data.zip");
        }
        if (req.text(d.packageName(), "/downloads", "package_name") && !d.packageName().matches("[a-z0-9._-]+")) {
            diags.error(at.at("/downloads/package_name"), "'package_name' must be lower-case letters, digits, '.', '_'"
                    + " or '-' (a data package name), e.g. plan-2021-2025");
        }
        req.text(d.packageDescription(), "/downloads", "package_description");
        req.localized(d.licence(), "/downloads", "licence", langs);
        req.localized(d.terms(), "/downloads", "terms", langs);
        if (req.value(d.labels(), "/downloads", "labels")) {
            Required labels = new Required(at, diags, "the labels of the downloads");
            labels.localized(d.labels().unit(), "/downloads/labels", "unit", langs);
            labels.localized(d.labels().notes(), "/downloads/labels", "notes", langs);
            labels.localized(d.labels().source(), "/downloads/labels", "source", langs);
            labels.localized(d.labels().terms(), "/downloads/labels", "terms", langs);
        }
    }

    /**
     * The boundaries' description: required when data/geo/ (beside data/site.yaml) holds a GeoJSON file,
     * since the data package then publishes it.
     */
    private static void boundaries(SiteSettings.Boundaries b, boolean required, List<String> langs, PositionIndex at,
            Diagnostics diags) {
        if (b == null) {
            if (required) {
                diags.error(at.at("/map"), "missing required key 'boundaries' in map settings: data/geo/ has"
                        + " boundaries, which the data package describes with their title, licence and source");
            }
            return;
        }
        Required req = new Required(at, diags, "the boundaries' settings");
        req.localized(b.title(), "/map/boundaries", "title", langs);
        req.text(b.description(), "/map/boundaries", "description");
        req.text(b.attribution(), "/map/boundaries", "attribution");
        req.localized(b.credit(), "/map/boundaries", "credit", langs);
        req.localized(b.shortCredit(), "/map/boundaries", "short_credit", langs);
        if (req.value(b.licence(), "/map/boundaries", "licence")) {
            Required licence = new Required(at, diags, "the boundaries' licence");
            licence.text(b.licence().name(), "/map/boundaries/licence", "name");
            licence.text(b.licence().path(), "/map/boundaries/licence", "path");
            licence.text(b.licence().title(), "/map/boundaries/licence", "title");
        }
        if (req.value(b.source(), "/map/boundaries", "source")) {
            Required source = new Required(at, diags, "the boundaries' source");
            source.text(b.source().title(), "/map/boundaries/source", "title");
            source.text(b.source().path(), "/map/boundaries/source", "path");
        }
    }

    /** Whether data/geo/, beside the settings file, holds a GeoJSON file (then the site has maps). */
    private static boolean hasBoundaries(InputFile file) {
        java.nio.file.Path geo = file.path().resolveSibling("geo");
        if (!java.nio.file.Files.isDirectory(geo)) {
            return false;
        }
        try (var files = java.nio.file.Files.list(geo)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".geojson"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static List<String> checkLanguages(List<Language> languages, PositionIndex at, Diagnostics diags) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            Language l = languages.get(i);
            String p = "/languages/" + i;
            Required req = new Required(at, diags, "a language");
            if (req.text(l.code(), p, "code")) {
                if (!l.code().matches("[a-z]{2,3}")) {
                    diags.error(at.at(p + "/code"), "language code '" + l.code() + "' must be 2 or 3 lower-case"
                            + " letters (ISO 639), e.g. zh or en");
                } else if (!seen.add(l.code())) {
                    diags.error(at.at(p + "/code"), "duplicate language code '" + l.code() + "'");
                }
            }
            req.text(l.htmlLang(), p, "html_lang");
            req.text(l.name(), p, "name");
            req.text(l.anchorLabel(), p, "anchor_label");
        }
        return languages.stream().map(Language::code).filter(c -> c != null).toList();
    }

    private static void localizedList(List<Localized> items, String pointer, List<String> langs, PositionIndex at,
            Diagnostics diags) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Localized item = items.get(i);
            for (String lang : langs) {
                if (item == null || !item.has(lang)) {
                    diags.error(at.at(pointer + "/" + i), "item " + (i + 1) + " has no text for language '" + lang + "'");
                }
            }
        }
    }

    private static void positive(int year, String parent, String key, PositionIndex at, Diagnostics diags) {
        if (year <= 0) {
            diags.error(at.at(parent), "missing required key '" + key + "' (a year) in site settings");
        }
    }
}
