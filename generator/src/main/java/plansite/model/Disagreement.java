package plansite.model;

import java.util.List;
import java.util.Map;
import plansite.diag.SourcePos;

/**
 * A place where the plan disagrees with itself (data/disagreements.yaml), recorded once: its kind, the
 * figures of the prose it concerns ({@code places}, each found by its exact text in every language, where
 * the site marks it), the prose checks that recompute it, the table notes that state it, and the note
 * that explains it (absent when a named check's note or a table note says it).
 */
public record Disagreement(String id, String kind, List<Place> places, List<String> checks, List<TableNote> tableNotes,
        Localized note, SourcePos pos) {

    /** The kinds, in the order the data notes explain them. */
    public static final List<String> KINDS = List.of("arithmetic", "cross-reference", "unit", "date", "wording");

    public Disagreement {
        places = List.copyOf(places);
        checks = List.copyOf(checks);
        tableNotes = List.copyOf(tableNotes);
    }

    /**
     * A figure of a chapter's section, by its text in each language: the marker follows it, at its
     * {@code spots} (by language; found by the check phase, which makes sure the text occurs there once;
     * empty before).
     */
    public record Place(String chapter, String section, Localized figure, SourcePos pos,
            Map<String, FigureLocator.Spot> spots) {
        public Place {
            spots = Immutable.orderedMap(new java.util.TreeMap<>(spots));
        }

        /** The place, found at {@code spots}. */
        public Place at(Map<String, FigureLocator.Spot> found) {
            return new Place(chapter, section, figure, pos, found);
        }
    }

    /** The disagreement with its places found. */
    public Disagreement withPlaces(List<Place> found) {
        return new Disagreement(id, kind, found, checks, tableNotes, note, pos);
    }

    /** A note of a table that states the disagreement; the table's citations of it are its markers. */
    public record TableNote(String table, String note, SourcePos pos) {}
}
