package plansite.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plansite.diag.Diagnostics;
import plansite.memo.Fingerprint;
import plansite.diag.SourcePos;
import plansite.model.Chapter;
import plansite.model.Localized;
import plansite.model.MapInputs;
import plansite.model.Plan;
import plansite.model.Quotes;
import plansite.model.Section;
import plansite.model.Table;

/**
 * Loads {@code data/geo/*.geojson} (county boundaries: Features with an {@code adcode}; official shapes:
 * Features with an {@code id}) and {@code data/maps.yaml}, and checks every county name, section, table
 * and quote they give against the plan.
 */
final class MapInputsLoader {
    static final List<String> ITEM_KINDS = List.of("exploration-block", "concentrated-area", "key-exploration-area",
            "remediation-zone");

    private final YamlReader yaml;
    private final Reuse reuse;

    MapInputsLoader(YamlReader yaml, Reuse reuse) {
        this.yaml = yaml;
        this.reuse = reuse;
    }

    // GeoJSON (RFC 7946) as far as the maps use it; other members are errors, so a typo is not ignored.
    record GeoCollection(String type, List<GeoFeature> features, List<Double> bbox, String name) {}

    record GeoFeature(String type, String id, Map<String, String> properties, GeoGeometry geometry,
            List<Double> bbox) {}

    record GeoGeometry(String type, JsonNode coordinates) {}

    record MapsFile(List<AliasEntry> aliases, List<ZoneEntry> zones, List<SectionEntry> countySections) {}

    /** {@code counties} is the word {@code all} or a list of county names (as YAML gives them: a String or a List). */
    record AliasEntry(String name, Object counties, Localized reason) {}

    record ZoneEntry(String id, String kind, List<String> counties, String quote) {}

    record SectionEntry(String section, String county, String quote, List<String> permits, List<String> mines,
            List<String> deposits, List<ItemEntry> items) {}

    record ItemEntry(String kind, Localized name, String ref, String quote) {}

    /** What data/geo/ holds: the counties, official shapes and the files to publish. */
    record Geo(List<MapInputs.County> counties, List<MapInputs.Shape> shapes, List<MapInputs.PublishedFile> files) {}

    /**
     * Reads data/geo/ (independent of the rest of the input, so it can run beside it). Parsing the
     * boundaries is the slowest reading of a build: one parse of all the files, reused as a whole.
     */
    Geo readGeo(List<InputFile> geoFiles, Diagnostics diags) {
        List<MapInputs.PublishedFile> files = new ArrayList<>();
        Fingerprint.Builder key = Fingerprint.of("geo");
        for (InputFile f : geoFiles) {
            byte[] bytes = bytes(f);
            files.add(new MapInputs.PublishedFile(f.path().getFileName().toString(), bytes));
            key.text(f.display()).bytes(bytes);
        }
        return reuse.parse(key.build(), diags, own -> {
            List<MapInputs.County> counties = new ArrayList<>();
            List<MapInputs.Shape> shapes = new ArrayList<>();
            for (InputFile f : geoFiles) {
                if (f.display().endsWith(".geojson")) {
                    readGeo(f, counties, shapes, own);
                }
            }
            return Optional.of(new Geo(counties, shapes, files));
        }).orElseThrow();
    }

    /** Empty when the project has no {@code data/geo/} (then the site has no maps). */
    Optional<MapInputs> load(List<InputFile> geoFiles, Geo geo, InputFile mapsFile, Plan plan, Diagnostics diags) {
        if (geoFiles.isEmpty()) {
            if (mapsFile != null) {
                diags.error(SourcePos.of(mapsFile.display()), "data/maps.yaml needs the county boundaries in data/geo/"
                        + " (a GeoJSON file of Features with an 'adcode' property)");
            }
            return Optional.empty();
        }
        List<MapInputs.County> counties = geo.counties();
        if (counties.isEmpty()) {
            diags.error(SourcePos.of(geoFiles.get(0).display()), "no county boundaries in data/geo/: expected a"
                    + " GeoJSON FeatureCollection whose Features have the properties adcode, name_zh and name_en");
            return Optional.empty();
        }
        Map<String, String> byName = new LinkedHashMap<>();
        counties.forEach(c -> byName.put(c.name().in(plan.site().defaultLanguage().code()), c.adcode()));
        if (mapsFile == null) {
            diags.error(SourcePos.of("data/maps.yaml"), "the maps need data/maps.yaml (where the plan's zones and"
                    + " county sections lie); see README, \"Maps and the map review number\"");
            return Optional.empty();
        }
        var parsed = yaml.readFile(mapsFile, MapsFile.class, plan.site().defaultLanguage().code(), diags);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        MapsFile m = parsed.get().value();
        PositionIndex at = parsed.get().positions();
        CountyRefs refs = new CountyRefs(byName, at, diags);
        List<MapInputs.Alias> aliases = new ArrayList<>();
        List<MapInputs.Zone> zones = new ArrayList<>();
        List<MapInputs.CountySection> sections = new ArrayList<>();
        List<String> langs = plan.languages().stream().map(l -> l.code()).toList();
        each(m.aliases(), "/aliases", (a, p) -> {
            Required req = new Required(at, diags, "an alias");
            if (req.text(a.name(), p, "name") & req.value(a.counties(), p, "counties")
                    & req.localized(a.reason(), p, "reason", langs)) {
                List<String> codes = "all".equals(a.counties()) ? List.of()
                        : refs.resolve(a.counties(), p + "/counties");
                aliases.add(new MapInputs.Alias(a.name(), codes, a.reason(), at.at(p)));
            }
        });
        each(m.zones(), "/zones", (z, p) -> {
            Required req = new Required(at, diags, "a zone");
            if (req.text(z.id(), p, "id") & req.text(z.kind(), p, "kind") & req.value(z.counties(), p, "counties")
                    & req.text(z.quote(), p, "quote")) {
                if (!List.of("key", "general").contains(z.kind())) {
                    diags.error(at.at(p + "/kind"), "unknown zone kind '" + z.kind() + "'; expected key or general");
                }
                zones.add(new MapInputs.Zone(z.id(), z.kind(), refs.resolve(z.counties(),
                        p + "/counties"), z.quote(), at.at(p)));
            }
        });
        String lang = plan.site().defaultLanguage().code();
        each(m.countySections(), "/county_sections", (s, p) -> {
            Required req = new Required(at, diags, "a county section");
            if (!(req.text(s.section(), p, "section") & req.text(s.county(), p, "county")
                    & req.text(s.quote(), p, "quote"))) {
                return;
            }
            List<String> county = refs.resolve(List.of(s.county()), p + "/county");
            Optional<Chapter> chapter = plan.chapters(lang).stream()
                    .filter(c -> c.section(s.section()).isPresent()).findFirst();
            if (chapter.isEmpty()) {
                diags.error(at.at(p + "/section"), "unknown section '" + s.section() + "'; expected the id of a"
                        + " section of content/" + lang + "/");
                return;
            }
            List<Section> within = chapter.get().sections().stream()
                    .filter(x -> x.id().equals(s.section()) || x.id().startsWith(s.section() + "-")).toList();
            String title = within.get(0).title();
            if (!Quotes.contains(title, s.quote())) {
                diags.error(at.at(p + "/quote"), "the quote '" + s.quote() + "' is not the title of section '"
                        + s.section() + "' ('" + title + "')");
            }
            String text = String.join("\n", within.stream().map(Section::text).toList());
            List<String> permits = tables(s.permits(), s.section(), plan, at, p + "/permits", diags);
            List<String> mines = tables(s.mines(), s.section(), plan, at, p + "/mines", diags);
            List<String> deposits = tables(s.deposits(), s.section(), plan, at, p + "/deposits", diags);
            List<MapInputs.Item> items = new ArrayList<>();
            each(s.items(), p + "/items", (i, ip) -> {
                Required ireq = new Required(at, diags, "an item");
                if (!(ireq.text(i.kind(), ip, "kind") & ireq.text(i.quote(), ip, "quote"))) {
                    return;
                }
                if (!ITEM_KINDS.contains(i.kind())) {
                    diags.error(at.at(ip + "/kind"), "unknown item kind '" + i.kind() + "'; expected one of: "
                            + String.join(", ", ITEM_KINDS));
                }
                if ((i.name() == null) == (i.ref() == null)) {
                    diags.error(at.at(ip), "an item has either a 'name' or a 'ref' (the code of another map's feature)");
                    return;
                }
                if (i.name() != null && ireq.localized(i.name(), ip, "name", langs)
                        && !Quotes.contains(text, i.name().in(lang))) {
                    diags.error(at.at(ip + "/name"), "the name '" + i.name().in(lang) + "' is not in the text of"
                            + " section '" + s.section() + "'");
                }
                if (Quotes.count(text, i.quote()) == 0) {
                    diags.error(at.at(ip + "/quote"), "the quote '" + i.quote() + "' is not in the text of section '"
                            + s.section() + "'");
                }
                items.add(new MapInputs.Item(i.kind(), i.name(), i.ref(), i.quote(), at.at(ip)));
            });
            if (!county.isEmpty()) {
                sections.add(new MapInputs.CountySection(s.section(), county.get(0), permits, mines, deposits, items,
                        at.at(p)));
            }
        });
        return Optional.of(new MapInputs(counties, geo.shapes(), geo.files(), aliases, zones, sections));
    }

    private static List<String> tables(List<String> ids, String section, Plan plan, PositionIndex at, String pointer,
            Diagnostics diags) {
        if (ids == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Optional<Table> t = plan.table(id);
            if (t.isEmpty()) {
                diags.error(at.at(pointer + "/" + i), "unknown table '" + id + "'; expected the id of a file in"
                        + " data/tables/");
            } else if (!(t.get().section().equals(section) || t.get().section().startsWith(section + "-"))) {
                diags.error(at.at(pointer + "/" + i), "table '" + id + "' is in section '" + t.get().section()
                        + "', not in section '" + section + "'");
            } else {
                out.add(id);
            }
        }
        return out;
    }

    /** County names of maps.yaml (current full names, as in the boundaries) → adcodes. */
    private record CountyRefs(Map<String, String> byName, PositionIndex at, Diagnostics diags) {
        List<String> resolve(Object names, String pointer) {
            List<String> out = new ArrayList<>();
            if (!(names instanceof List<?> list)) {
                diags.error(at.at(pointer), "expected a list of county names, or all");
                return out;
            }
            for (int i = 0; i < list.size(); i++) {
                String name = String.valueOf(list.get(i));
                String code = byName.get(name);
                if (code == null) {
                    diags.error(at.at(pointer + "/" + i), "unknown county '" + name + "'; expected one of: "
                            + String.join(", ", byName.keySet()));
                } else {
                    out.add(code);
                }
            }
            return out;
        }
    }

    private void readGeo(InputFile f, List<MapInputs.County> counties, List<MapInputs.Shape> shapes,
            Diagnostics diags) {
        var parsed = yaml.readFile(f, GeoCollection.class, null, diags);
        if (parsed.isEmpty()) {
            return;
        }
        GeoCollection c = parsed.get().value();
        PositionIndex at = parsed.get().positions();
        if (!"FeatureCollection".equals(c.type()) || c.features() == null) {
            diags.error(at.at(""), "expected a GeoJSON FeatureCollection with 'features'");
            return;
        }
        for (int i = 0; i < c.features().size(); i++) {
            GeoFeature g = c.features().get(i);
            String p = "/features/" + i;
            Map<String, String> props = g.properties() == null ? Map.of() : g.properties();
            String geometry = GeoJsonGeometry.check(g.geometry() == null ? null : g.geometry().type(),
                    g.geometry() == null ? null : g.geometry().coordinates(), at.at(p + "/geometry"), diags);
            if (!"Feature".equals(g.type())) {
                diags.error(at.at(p), "expected a GeoJSON Feature (\"type\": \"Feature\")");
            } else if (props.containsKey("adcode")) {
                String code = props.get("adcode");
                if (!code.matches("\\d{6}") || props.get("name_zh") == null || props.get("name_en") == null) {
                    diags.error(at.at(p + "/properties"), "a county needs a six-digit 'adcode', 'name_zh' and"
                            + " 'name_en'");
                } else if (counties.stream().anyMatch(x -> x.adcode().equals(code))) {
                    diags.error(at.at(p + "/properties/adcode"), "duplicate county '" + code + "'");
                } else if (geometry != null) {
                    counties.add(new MapInputs.County(code, Localized.of("zh", props.get("name_zh"), "en",
                            props.get("name_en")), geometry));
                }
            } else if (props.get("id") != null) {
                if (geometry != null) {
                    shapes.add(new MapInputs.Shape(props.get("id"), geometry, at.at(p + "/properties/id")));
                }
            } else {
                diags.error(at.at(p + "/properties"), "a Feature of data/geo/ has either an 'adcode' (a county) or an"
                        + " 'id' (the code of a zone, area or block of the plan)");
            }
        }
    }

    private static byte[] bytes(InputFile f) {
        try {
            return Files.readAllBytes(f.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f.display(), e);
        }
    }

    private interface EntryCheck<T> {
        void check(T entry, String pointer);
    }

    private static <T> void each(List<T> list, String pointer, EntryCheck<T> check) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != null) {
                check.check(list.get(i), pointer + "/" + i);
            }
        }
    }
}
