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
        }
        diags.addAll(local);
        return local.hasErrors() ? Optional.empty() : Optional.of(s);
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
