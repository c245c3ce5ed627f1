package plansite.model;

import java.util.List;
import java.util.Map;
import plansite.diag.SourcePos;

/**
 * The inputs of the maps: the county boundaries and any official zone or block shapes of
 * {@code data/geo/}, and what {@code data/maps.yaml} says: the maps and where their rows come from, the
 * words of the map pages about this plan, the kinds of thing the maps list, other names of counties and
 * the county sections of the plan, and the city's seat ({@code null}: the maps mark none).
 */
public record MapInputs(
        List<County> counties,
        List<Shape> shapes,
        List<PublishedFile> files,
        Pages pages,
        List<MapDefinition> maps,
        Map<String, Localized> kinds,
        List<String> shortFormEndings,
        List<Alias> aliases,
        List<CountySection> countySections,
        Seat seat) {

    public MapInputs {
        counties = List.copyOf(counties);
        shapes = List.copyOf(shapes);
        files = List.copyOf(files);
        maps = List.copyOf(maps);
        kinds = Immutable.orderedMap(kinds);
        shortFormEndings = List.copyOf(shortFormEndings);
        aliases = List.copyOf(aliases);
        countySections = List.copyOf(countySections);
    }

    /** A county-level division: its code (adcode), its name per language and its outline as GeoJSON. */
    public record County(String adcode, Localized name, String geometryJson) {}

    /** An official shape of a zone, area or block, drawn instead of its counties; {@code id} is its code. */
    public record Shape(String id, String geometryJson, SourcePos pos) {}

    /** A file of {@code data/geo/} published in the site's data folder, under the same name. */
    public record PublishedFile(String name, byte[] bytes) {}

    /**
     * The words of the map and county pages that are about this plan: the introductions of the two index
     * pages and of a county's page ({@code {name}}: the county's), of its table rows, what a county page
     * says when the plan has no section on it, and the notes under a map drawn by county or by shapes.
     */
    public record Pages(Localized mapsIntro, Localized countiesIntro, Localized countyIntro, Localized rowsIntro,
            Localized noSection, Localized byCounty, Localized shapes) {}

    /**
     * A map page: its id (the page's file name), how it colours counties, its title and introduction, its
     * groups of features from tables, and, after them, the group of what the county sections list.
     */
    public record MapDefinition(String id, Atlas.Mode mode, Localized title, Localized intro,
            List<TableGroup> groups, SectionsGroup sections, SourcePos pos) {
        public MapDefinition {
            groups = List.copyOf(groups);
        }
    }

    /**
     * The rows of a table as features of a map. Columns are leaf column indices (-1: none): {@code code} and
     * {@code name} name a feature (several name columns: their cells joined); its counties are in
     * {@code county} (headed {@code countyHeader}) or, when that is -1, in {@code places} by its code.
     * A count map shows every other column but {@code omit}, after the places' kinds when {@code
     * kindColumn} heads them; a measure map shows the {@code measures}.
     */
    public record TableGroup(String tableId, int code, List<Integer> name, int county, String countyHeader,
            List<Integer> omit, List<Integer> measures, Localized kindColumn, List<Place> places, SourcePos pos) {
        public TableGroup {
            name = List.copyOf(name);
            omit = List.copyOf(omit);
            measures = List.copyOf(measures);
            places = List.copyOf(places);
        }
    }

    /** A row of a table without a county column, by its code: its kind (or null), counties and the words they rest on. */
    public record Place(String id, String kind, List<String> adcodes, String quote, SourcePos pos) {
        public Place {
            adcodes = List.copyOf(adcodes);
        }
    }

    /**
     * What the county sections list, as one group: {@code key} names it in the page's anchors; the headings
     * of its two columns: each feature's kind, and where else the plan describes it.
     */
    public record SectionsGroup(String key, Localized caption, Localized kindColumn, Localized seeAlsoColumn) {}

    /** Another name the plan gives one or more counties (all of them when {@code adcodes} is empty). */
    public record Alias(String name, List<String> adcodes, Localized reason, SourcePos pos) {
        public Alias {
            adcodes = List.copyOf(adcodes);
        }
    }

    /**
     * The city's seat, marked on every map by a star before its county's name: the county, the section of the
     * plan and its words that say so, the legend's words for the mark and the note under the map.
     */
    public record Seat(String adcode, String section, String quote, Localized label, Localized note, SourcePos pos) {}

    /** A county section of the plan and what belongs to its county: its tables and what its text names. */
    public record CountySection(String section, String adcode, List<SectionTable> tables, List<Item> items,
            SourcePos pos) {
        public CountySection {
            tables = List.copyOf(tables);
            items = List.copyOf(items);
        }
    }

    /** A table of a county section, each row a thing of one kind: its code and name columns (-1: none). */
    public record SectionTable(String kind, String tableId, int code, int name) {}

    /** What a county section's text names: its own name, or the code of another map's feature. */
    public record Item(String kind, Localized name, String ref, String quote, SourcePos pos) {}
}
