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
 * Features with an {@code id}) and {@code data/maps.yaml}, and checks every county name, section, table,
 * column and quote they give against the plan (the maps themselves: {@link MapDefinitionsLoader}).
 */
final class MapInputsLoader {
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

    record MapsFile(MapDefinitionsLoader.PagesEntry pages, List<MapDefinitionsLoader.MapEntry> maps,
            List<MapDefinitionsLoader.KindEntry> kinds, List<String> shortFormEndings, List<AliasEntry> aliases,
            List<SectionEntry> countySections, SeatEntry seat) {}

    /** The city's seat: its county, and the words of a section of the plan that say so. */
    record SeatEntry(String county, String section, String quote, Localized label, Localized note) {}

    /** {@code counties} is the word {@code all} or a list of county names (as YAML gives them: a String or a List). */
    record AliasEntry(String name, Object counties, Localized reason) {}

    record SectionEntry(String section, String county, String quote, List<SectionTableEntry> tables,
            List<ItemEntry> items) {}

    /** A table of a county section: the kind of thing each row is, and the headers of its code and name columns. */
    record SectionTableEntry(String kind, String table, String code, String name) {}

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
            diags.error(SourcePos.of("data/maps.yaml"), "the maps need data/maps.yaml (the maps, and where their"
                    + " features lie); see docs/editing.md, \"Maps\"");
            return Optional.empty();
        }
        var parsed = yaml.readFile(mapsFile, MapsFile.class, plan.site().defaultLanguage().code(), diags);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        MapsFile m = parsed.get().value();
        PositionIndex at = parsed.get().positions();
        CountyRefs refs = new CountyRefs(byName, at, diags);
        List<String> langs = plan.languages().stream().map(l -> l.code()).toList();
        MapDefinitionsLoader definitions = new MapDefinitionsLoader(plan, at, refs, diags);
        MapInputs.Pages pages = definitions.pages(m.pages());
        Map<String, Localized> kinds = definitions.kinds(m.kinds());
        List<MapInputs.MapDefinition> maps = definitions.maps(m.maps(), kinds);
        List<String> endings = new ArrayList<>();
        each(m.shortFormEndings(), "/short_form_endings", (e, p) -> {
            if (e.isBlank()) {
                diags.error(at.at(p), "an ending of 'short_form_endings' must not be empty");
            } else {
                endings.add(e);
            }
        });
        List<MapInputs.Alias> aliases = new ArrayList<>();
        List<MapInputs.CountySection> sections = new ArrayList<>();
        each(m.aliases(), "/aliases", (a, p) -> {
            Required req = new Required(at, diags, "an alias");
            if (req.text(a.name(), p, "name") & req.value(a.counties(), p, "counties")
                    & req.localized(a.reason(), p, "reason", langs)) {
                List<String> codes = "all".equals(a.counties()) ? List.of()
                        : refs.resolve(a.counties(), p + "/counties");
                aliases.add(new MapInputs.Alias(a.name(), codes, a.reason(), at.at(p)));
            }
        });
        String lang = plan.site().defaultLanguage().code();
        each(m.countySections(), "/county_sections", (s, p) -> {
            Required req = new Required(at, diags, "a county section");
            if (!(req.text(s.section(), p, "section") & req.text(s.county(), p, "county")
                    & req.text(s.quote(), p, "quote"))) {
                return;
            }
            Optional<String> county = refs.one(s.county(), p + "/county");
            List<Section> within = sectionAndParts(s.section(), plan, at.at(p + "/section"), diags);
            if (within.isEmpty()) {
                return;
            }
            String title = within.get(0).title();
            if (!Quotes.contains(title, s.quote())) {
                diags.error(at.at(p + "/quote"), "the quote '" + s.quote() + "' is not the title of section '"
                        + s.section() + "' ('" + title + "')");
            }
            Quotes.Text text = Quotes.of(String.join("\n", within.stream().map(Section::text).toList()));
            List<MapInputs.SectionTable> tables = new ArrayList<>();
            each(s.tables(), p + "/tables", (t, tp) -> sectionTable(t, tp, s.section(), kinds, plan, at, diags)
                    .ifPresent(tables::add));
            List<MapInputs.Item> items = new ArrayList<>();
            each(s.items(), p + "/items", (i, ip) -> {
                Required ireq = new Required(at, diags, "an item");
                if (!(ireq.text(i.kind(), ip, "kind") & ireq.text(i.quote(), ip, "quote"))) {
                    return;
                }
                MapDefinitionsLoader.knownKind(i.kind(), kinds, at, ip + "/kind", diags);
                if ((i.name() == null) == (i.ref() == null)) {
                    diags.error(at.at(ip), "an item has either a 'name' or a 'ref' (the code of another map's feature)");
                    return;
                }
                if (i.name() != null && ireq.localized(i.name(), ip, "name", langs)
                        && !text.contains(i.name().in(lang))) {
                    diags.error(at.at(ip + "/name"), "the name '" + i.name().in(lang) + "' is not in the text of"
                            + " section '" + s.section() + "'");
                }
                if (text.count(i.quote()) == 0) {
                    diags.error(at.at(ip + "/quote"), "the quote '" + i.quote() + "' is not in the text of section '"
                            + s.section() + "'");
                }
                items.add(new MapInputs.Item(i.kind(), i.name(), i.ref(), i.quote(), at.at(ip)));
            });
            county.ifPresent(c -> sections.add(new MapInputs.CountySection(s.section(), c, tables, items, at.at(p))));
        });
        MapInputs.Seat seat = m.seat() == null ? null : seat(m.seat(), refs, plan, at, diags);
        return Optional.of(new MapInputs(counties, geo.shapes(), geo.files(), pages, maps, kinds, endings, aliases,
                sections, seat));
    }

    /** The city's seat, in a county the plan's section says it is, with the words that say so. */
    private static MapInputs.Seat seat(SeatEntry e, CountyRefs refs, Plan plan, PositionIndex at, Diagnostics diags) {
        String p = "/seat";
        List<String> langs = plan.languages().stream().map(l -> l.code()).toList();
        Required req = new Required(at, diags, "the seat");
        if (!(req.text(e.county(), p, "county") & req.text(e.section(), p, "section") & req.text(e.quote(), p, "quote")
                & req.localized(e.label(), p, "label", langs) & req.localized(e.note(), p, "note", langs))) {
            return null;
        }
        Optional<String> county = refs.one(e.county(), p + "/county");
        List<Section> within = sectionAndParts(e.section(), plan, at.at(p + "/section"), diags);
        if (within.isEmpty() || county.isEmpty()) {
            return null;
        }
        String text = String.join("\n", within.stream().map(Section::text).toList());
        if (!Quotes.contains(text, e.quote())) {
            diags.error(at.at(p + "/quote"), "the quote '" + e.quote() + "' is not in the text of section '"
                    + e.section() + "'");
            return null;
        }
        return new MapInputs.Seat(county.get(), e.section(), e.quote(), e.label(), e.note(), at.at(p));
    }

    /**
     * A section of the plan in its language and its sub-sections (the section first); empty, with an error
     * at {@code pos}, when no chapter has it.
     */
    private static List<Section> sectionAndParts(String section, Plan plan, SourcePos pos, Diagnostics diags) {
        String lang = plan.site().defaultLanguage().code();
        Optional<Chapter> chapter = plan.chapters(lang).stream().filter(c -> c.section(section).isPresent())
                .findFirst();
        if (chapter.isEmpty()) {
            diags.error(pos, "unknown section '" + section + "'; expected the id of a section of content/" + lang + "/");
            return List.of();
        }
        return chapter.get().sections().stream()
                .filter(x -> x.id().equals(section) || x.id().startsWith(section + "-")).toList();
    }

    /** A table of a county section: known, in that section, of a known kind, with the columns it names. */
    private static Optional<MapInputs.SectionTable> sectionTable(SectionTableEntry e, String p, String section,
            Map<String, Localized> kinds, Plan plan, PositionIndex at, Diagnostics diags) {
        Diagnostics local = new Diagnostics();
        Required req = new Required(at, local, "a table of a county section");
        if (req.text(e.kind(), p, "kind")) {
            MapDefinitionsLoader.knownKind(e.kind(), kinds, at, p + "/kind", local);
        }
        MapInputs.SectionTable out = null;
        if (req.text(e.table(), p, "table")) {
            Optional<Table> t = plan.table(e.table());
            if (t.isEmpty()) {
                local.error(at.at(p + "/table"), "unknown table '" + e.table() + "'; expected the id of a file in"
                        + " data/tables/");
            } else if (!(t.get().section().equals(section) || t.get().section().startsWith(section + "-"))) {
                local.error(at.at(p + "/table"), "table '" + e.table() + "' is in section '" + t.get().section()
                        + "', not in section '" + section + "'");
            } else {
                TableHeaders headers = new TableHeaders(t.get(), plan.site().defaultLanguage().code());
                int code = e.code() == null ? -1 : headers.column(e.code(), at.at(p + "/code"), local).orElse(-1);
                int name = e.name() == null ? -1 : headers.column(e.name(), at.at(p + "/name"), local).orElse(-1);
                out = new MapInputs.SectionTable(e.kind(), e.table(), code, name);
            }
        }
        diags.addAll(local);
        return local.hasErrors() ? Optional.empty() : Optional.ofNullable(out);
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

    interface EntryCheck<T> {
        void check(T entry, String pointer);
    }

    static <T> void each(List<T> list, String pointer, EntryCheck<T> check) {
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
