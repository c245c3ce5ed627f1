package plansite.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plansite.diag.Diagnostics;
import plansite.diag.Suggestion;
import plansite.model.Atlas;
import plansite.model.Cell;
import plansite.model.Localized;
import plansite.model.MapInputs;
import plansite.model.Plan;
import plansite.model.Quotes;
import plansite.model.Row;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * The features of a map from the rows of a table, as data/maps.yaml defines its group: one per row that
 * names counties in its county column (a row whose cell there is empty or merged is left out: an
 * ore-quantity row under its mineral, a total row whose 合计 spans the column), or one per row, placed by
 * its code, when the counties are in data/maps.yaml. A county name the build cannot place is an error at
 * its row.
 */
final class TableGroups {
    private final Plan plan;
    private final Map<String, Localized> kinds;
    private final CountyNames names;
    private final FeatureTexts texts;
    private final Diagnostics diags;

    TableGroups(Plan plan, Map<String, Localized> kinds, CountyNames names, FeatureTexts texts, Diagnostics diags) {
        this.plan = plan;
        this.kinds = kinds;
        this.names = names;
        this.texts = texts;
        this.diags = diags;
    }

    Atlas.Group group(MapInputs.TableGroup g, Atlas.Mode mode) {
        Table t = plan.table(g.tableId()).orElseThrow();
        return mode == Atlas.Mode.MEASURE ? measures(g, t) : g.county() >= 0 ? byCountyColumn(g, t) : byPlaces(g, t);
    }

    /** Every column but the code's, the name's and those left out, left to right. */
    private static List<Integer> shown(MapInputs.TableGroup g, Table t) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < t.leafColumns().size(); c++) {
            if (c != g.code() && !g.name().contains(c) && !g.omit().contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The name of row {@code r}: its name columns, else its header cells. */
    private Localized name(MapInputs.TableGroup g, Table t, int r) {
        List<Integer> columns = g.name();
        if (columns.isEmpty()) {
            columns = new ArrayList<>();
            for (int c = 0; c < t.headerColumns(); c++) {
                columns.add(c);
            }
        }
        return texts.name(t, r, columns);
    }

    private Atlas.Group byCountyColumn(MapInputs.TableGroup g, Table t) {
        List<Integer> shown = shown(g, t);
        UnitResolver units = new UnitResolver(t);
        List<Atlas.Feature> features = new ArrayList<>();
        List<PlacedRow> placedRows = placedRows(t, g.county(), g.countyHeader());
        Map<Integer, Localized> shared = sharedUnits(t, shown, placedRows.stream().map(PlacedRow::row).toList(), units);
        for (PlacedRow placed : placedRows) {
            int r = placed.index();
            String id = g.code() < 0 ? "" : texts.display(t.origin(r, g.code()));
            List<Localized> cells = new ArrayList<>();
            for (int c : shown) {
                cells.add(texts.withUnit(t.origin(r, c), shared.containsKey(c) ? null : units.resolve(placed.row(), c).unit()));
            }
            features.add(new Atlas.Feature(id, name(g, t, r), placed.adcodes(), cells, List.of(), texts.tableSource(t),
                    null));
        }
        List<Localized> columns = shown.stream().map(c -> texts.withUnitLabel(texts.columnLabel(t, c), shared.get(c)))
                .toList();
        return new Atlas.Group(t.id(), texts.caption(t), columns, noMeasures(columns.size()), features);
    }

    /** Rows placed by their code: each row needs a place, each place a row, and its quote is in the row's name. */
    private Atlas.Group byPlaces(MapInputs.TableGroup g, Table t) {
        Map<String, MapInputs.Place> places = new LinkedHashMap<>();
        g.places().forEach(p -> places.putIfAbsent(p.id(), p));
        List<Integer> shown = shown(g, t);
        UnitResolver units = new UnitResolver(t);
        List<Atlas.Feature> features = new ArrayList<>();
        Map<Integer, Localized> shared = sharedUnits(t, shown, t.rows(), units);
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            String id = texts.display(t.origin(r, g.code()));
            Localized name = name(g, t, r);
            MapInputs.Place place = places.get(id);
            seen.add(id);
            if (place == null) {
                diags.error(row.pos(), "row '" + id + "' of " + t.id() + " has no place in data/maps.yaml (the"
                        + " 'places' of its group): give the counties it lies in");
                continue;
            }
            if (name == null || !Quotes.contains(name.in(texts.lang()), place.quote())) {
                diags.error(place.pos(), "the quote '" + place.quote() + "' is not in the name of '" + id + "' in "
                        + t.id());
            }
            List<Localized> cells = new ArrayList<>();
            if (g.kindColumn() != null) {
                cells.add(kinds.get(place.kind()));
            }
            for (int c : shown) {
                cells.add(texts.withUnit(t.origin(r, c), shared.containsKey(c) ? null : units.resolve(row, c).unit()));
            }
            features.add(new Atlas.Feature(id, name, place.adcodes(), cells, List.of(), texts.tableSource(t), null));
        }
        places.values().stream().filter(p -> !seen.contains(p.id())).forEach(p -> diags.error(p.pos(),
                "unknown code '" + p.id() + "'; no row of " + t.id() + " has it" + Suggestion.of(p.id(), seen)));
        List<Localized> columns = new ArrayList<>();
        if (g.kindColumn() != null) {
            columns.add(g.kindColumn());
        }
        shown.forEach(c -> columns.add(texts.withUnitLabel(texts.columnLabel(t, c), shared.get(c))));
        return new Atlas.Group(t.id(), texts.caption(t), columns, noMeasures(columns.size()), features);
    }

    /** A table by county: one feature per county row, its measures as numbers (the total row is left out). */
    private Atlas.Group measures(MapInputs.TableGroup g, Table t) {
        UnitResolver units = new UnitResolver(t);
        List<Atlas.Feature> features = new ArrayList<>();
        for (PlacedRow placed : placedRows(t, g.county(), g.countyHeader())) {
            int r = placed.index();
            List<Localized> cells = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int c : g.measures()) {
                Cell cell = t.origin(r, c);
                cells.add(texts.withUnit(cell, null));
                values.add(cell.isNumeric() ? cell.value() : null);
            }
            features.add(new Atlas.Feature("", placed.place(), placed.adcodes(), cells, values, texts.tableSource(t),
                    null));
        }
        List<Localized> columns = g.measures().stream().map(c -> texts.withUnitLabel(texts.columnLabel(t, c),
                units.resolve(t.rows().get(0), c).unit())).toList();
        List<String> keys = g.measures().stream().map(c -> t.id() + "-c" + (c + 1)).toList();
        return new Atlas.Group(t.id(), texts.caption(t), columns, keys, features);
    }

    /**
     * The columns whose numbers all have one unit in the rows shown, with that unit: it heads the column
     * ("Existing exploration rights (count)") instead of following every number ("22 count").
     */
    private static Map<Integer, Localized> sharedUnits(Table t, List<Integer> shown, List<Row> rows, UnitResolver units) {
        Map<Integer, Localized> out = new LinkedHashMap<>();
        for (int c : shown) {
            Localized unit = null;
            boolean one = true;
            for (Row row : rows) {
                Localized u = units.resolve(row, c).unit();
                if (u == null) {
                    continue;
                }
                if (unit == null) {
                    unit = u;
                } else if (!unit.equals(u)) {
                    one = false;
                }
            }
            if (one && unit != null) {
                out.put(c, unit);
            }
        }
        return out;
    }

    private static List<String> noMeasures(int columns) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            out.add(null);
        }
        return out;
    }

    /** A row whose county column has a text of its own, and the counties that text names. */
    private record PlacedRow(int index, Row row, Localized place, List<String> adcodes) {}

    /** The rows of {@code t} that name counties in column {@code countyCol}. */
    private List<PlacedRow> placedRows(Table t, int countyCol, String countyHeader) {
        List<PlacedRow> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            Localized place = FeatureTexts.text(t.origin(r, countyCol));
            if (place == null || row.cells().get(countyCol).merge() != Cell.Merge.NONE) {
                continue;
            }
            out.add(new PlacedRow(r, row, place, names.resolve(place.in(texts.lang()), row.pos(), t.id() + " row "
                    + (r + 1) + ", column '" + countyHeader + "'", diags)));
        }
        return out;
    }
}
