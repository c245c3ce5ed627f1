package plansite.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the site's maps show: the counties, the thematic maps, the official shapes that replace
 * a feature's counties, for each county the table rows that name it, and the county sections of the
 * plan (adcode → section id); {@code attribution}, the notice of where the boundaries come from (from the
 * site settings, {@code map.boundaries}); {@code pages}, the words of the map pages about this plan;
 * {@code seat}, the city's seat that every map marks ({@code null}: none).
 */
public record Atlas(
        List<MapInputs.County> counties,
        List<ThematicMap> maps,
        Map<String, String> shapes,
        List<MapInputs.PublishedFile> files,
        List<RowMention> mentions,
        Map<String, String> countySections,
        String attribution,
        MapInputs.Pages pages,
        Seat seat) {

    public Atlas {
        counties = List.copyOf(counties);
        maps = List.copyOf(maps);
        shapes = Immutable.orderedMap(shapes);
        files = List.copyOf(files);
        mentions = List.copyOf(mentions);
        countySections = Immutable.orderedMap(countySections);
    }

    public Optional<MapInputs.County> county(String adcode) {
        return counties.stream().filter(c -> c.adcode().equals(adcode)).findFirst();
    }

    /** How a map colours its counties: by how many features lie in each, or by a measure of a table. */
    public enum Mode { COUNT, MEASURE }

    /**
     * A map page: its id (the page's file name), how it colours counties, its title and introduction, its
     * features in groups (one per source table), and the tables it illustrates.
     */
    public record ThematicMap(String id, Mode mode, Localized title, Localized intro, List<Group> groups,
            List<String> tableIds) {
        public ThematicMap {
            groups = List.copyOf(groups);
            tableIds = List.copyOf(tableIds);
        }
    }

    /**
     * Features of one source, shown as one data table: {@code columns} head the feature's cells;
     * {@code measureKeys} names, per column, the measure it is (null: not a measure).
     */
    public record Group(String key, Localized caption, List<Localized> columns, List<String> measureKeys,
            List<Feature> features) {
        public Group {
            columns = List.copyOf(columns);
            measureKeys = Immutable.listKeepingNulls(measureKeys);
            features = List.copyOf(features);
        }
    }

    /**
     * One thing the plan locates: its code (may be empty), name, counties, cells (aligned with its
     * group's columns), numeric values of measure cells (null where the table is empty), where in the
     * plan it comes from, and the id of an official shape if data/geo/ has one.
     */
    public record Feature(String id, Localized name, List<String> adcodes, List<Localized> cells,
            List<String> values, Source source, String shapeId) {
        public Feature {
            adcodes = List.copyOf(adcodes);
            // A cell may be null: nothing to say in that column for this row.
            cells = Immutable.listKeepingNulls(cells);
            values = Immutable.listKeepingNulls(values);
        }
    }

    /** A place in the plan: a chapter and an anchor (a table's or a section's id), and the table if any. */
    public record Source(String chapterId, String anchor, String tableId, Localized label) {}

    /** The city's seat: its county, the words of the mark and of the note, and the section that says so. */
    public record Seat(String adcode, Localized label, Localized note, Source source) {}

    /** A table row that names a county: the table, the row's number (from 1) and its header cells. */
    public record RowMention(String adcode, Source source, int row, Localized summary) {}
}
