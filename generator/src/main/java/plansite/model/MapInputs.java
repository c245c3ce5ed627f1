package plansite.model;

import java.util.List;
import plansite.diag.SourcePos;

/**
 * The inputs of the maps: the county boundaries and any official zone or block shapes of
 * {@code data/geo/}, and what {@code data/maps.yaml} says about where the plan's features lie.
 */
public record MapInputs(
        List<County> counties,
        List<Shape> shapes,
        List<PublishedFile> files,
        List<Alias> aliases,
        List<Zone> zones,
        List<CountySection> countySections) {

    public MapInputs {
        counties = List.copyOf(counties);
        shapes = List.copyOf(shapes);
        files = List.copyOf(files);
        aliases = List.copyOf(aliases);
        zones = List.copyOf(zones);
        countySections = List.copyOf(countySections);
    }

    /** A county-level division: its code (adcode), its name per language and its outline as GeoJSON. */
    public record County(String adcode, Localized name, String geometryJson) {}

    /** An official shape of a zone, area or block, drawn instead of its counties; {@code id} is its code. */
    public record Shape(String id, String geometryJson, SourcePos pos) {}

    /** A file of {@code data/geo/} published in the site's data folder, under the same name. */
    public record PublishedFile(String name, byte[] bytes) {}

    /** Another name the plan gives one or more counties (all of them when {@code adcodes} is empty). */
    public record Alias(String name, List<String> adcodes, Localized reason, SourcePos pos) {
        public Alias {
            adcodes = List.copyOf(adcodes);
        }
    }

    /** A remediation zone of the plan: its code, kind (key or general) and the counties its name gives. */
    public record Zone(String id, String kind, List<String> adcodes, String quote, SourcePos pos) {
        public Zone {
            adcodes = List.copyOf(adcodes);
        }
    }

    /** A county section of the plan and what belongs to its county. */
    public record CountySection(String section, String adcode, List<String> permitTables, List<String> mineTables,
            List<String> depositTables, List<Item> items, SourcePos pos) {
        public CountySection {
            permitTables = List.copyOf(permitTables);
            mineTables = List.copyOf(mineTables);
            depositTables = List.copyOf(depositTables);
            items = List.copyOf(items);
        }
    }

    /** What a county section's text names: its own name, or the code of another map's feature. */
    public record Item(String kind, Localized name, String ref, String quote, SourcePos pos) {}
}
