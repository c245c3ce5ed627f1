package plansite.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import plansite.diag.Diagnostics;
import plansite.model.Atlas;
import plansite.model.Cell;
import plansite.model.Localized;
import plansite.model.MapInputs;
import plansite.model.Plan;
import plansite.model.Table;

/**
 * Gathers the plan's features onto its maps, as data/maps.yaml defines them. Counties come from the plan
 * itself, a column of county names, or, where the tables do not say, from data/maps.yaml, which quotes
 * the plan (places of a table's rows, the county sections). A name it cannot place or a code no table
 * has is an error.
 */
public final class AtlasBuilder {
    private final Plan plan;
    private final MapInputs inputs;
    private final Diagnostics diags;
    private final FeatureTexts texts;
    private final CountyNames names;

    public AtlasBuilder(Plan plan, MapInputs inputs, Diagnostics diags) {
        this.plan = plan;
        this.inputs = inputs;
        this.diags = diags;
        this.texts = new FeatureTexts(plan);
        this.names = new CountyNames(inputs.counties(), inputs.aliases(), inputs.shortFormEndings(), texts.lang());
    }

    public Atlas build() {
        // The tables' groups first: what the county sections name by code is their features.
        TableGroups tables = new TableGroups(plan, inputs.kinds(), names, texts, diags);
        Map<MapInputs.MapDefinition, List<Atlas.Group>> groups = new LinkedHashMap<>();
        Map<String, Atlas.Feature> byCode = new LinkedHashMap<>();
        for (MapInputs.MapDefinition m : inputs.maps()) {
            List<Atlas.Group> made = new ArrayList<>();
            for (MapInputs.TableGroup g : m.groups()) {
                Atlas.Group group = tables.group(g, m.mode());
                group.features().stream().filter(f -> !f.id().isEmpty()).forEach(f -> byCode.putIfAbsent(f.id(), f));
                made.add(group);
            }
            groups.put(m, made);
        }
        SectionsGroups sections = new SectionsGroups(plan, inputs, texts, diags);
        List<Atlas.ThematicMap> maps = new ArrayList<>();
        groups.forEach((m, made) -> {
            Set<String> tableIds = new LinkedHashSet<>();
            m.groups().forEach(g -> tableIds.add(g.tableId()));
            if (m.sections() != null) {
                made.add(sections.group(m.sections(), byCode));
                tableIds.addAll(sections.tableIds());
            }
            maps.add(new Atlas.ThematicMap(m.id(), m.mode(), m.title(), m.intro(), made, List.copyOf(tableIds)));
        });
        Map<String, String> shapes = shapes(maps);
        maps.replaceAll(m -> withShapes(m, shapes.keySet()));
        Map<String, String> countySections = new TreeMap<>();
        inputs.countySections().forEach(s -> countySections.put(s.adcode(), s.section()));
        var boundaries = plan.site().map().boundaries();
        // The settings loader requires map.boundaries whenever data/geo/ has boundaries, as here.
        MapInputs.Seat seat = inputs.seat();
        return new Atlas(inputs.counties(), maps, shapes, inputs.files(), mentions(), countySections,
                boundaries == null ? "" : boundaries.attribution(), inputs.pages(), seat == null ? null
                : new Atlas.Seat(seat.adcode(), seat.label(), seat.note(), sections.source(seat.section(), seat.quote())));
    }

    /** The official shapes of data/geo/ by the code of the feature each replaces; a code no map has is an error. */
    private Map<String, String> shapes(List<Atlas.ThematicMap> maps) {
        Set<String> codes = new LinkedHashSet<>();
        maps.forEach(m -> m.groups().forEach(g -> g.features().stream().filter(f -> !f.id().isEmpty())
                .forEach(f -> codes.add(f.id()))));
        Map<String, String> shapes = new TreeMap<>();
        for (MapInputs.Shape s : inputs.shapes()) {
            if (!codes.contains(s.id())) {
                List<String> first = codes.stream().limit(2).toList();
                diags.error(s.pos(), "no map has a feature '" + s.id() + "'; expected the code of a feature of a map"
                        + (first.isEmpty() ? " (no map has features with codes)" : " (e.g. " + String.join(", ", first)
                        + ")") + plansite.diag.Suggestion.of(s.id(), codes));
            } else if (shapes.put(s.id(), s.geometryJson()) != null) {
                diags.error(s.pos(), "a second shape for '" + s.id() + "'");
            }
        }
        return shapes;
    }

    private static Atlas.ThematicMap withShapes(Atlas.ThematicMap m, Set<String> shaped) {
        List<Atlas.Group> groups = m.groups().stream().map(g -> new Atlas.Group(g.key(), g.caption(), g.columns(),
                g.measureKeys(), g.features().stream().map(f -> shaped.contains(f.id()) && !f.id().isEmpty()
                        ? new Atlas.Feature(f.id(), f.name(), f.adcodes(), f.cells(), f.values(), f.source(), f.id())
                        : f).toList())).toList();
        return new Atlas.ThematicMap(m.id(), m.mode(), m.title(), m.intro(), groups, m.tableIds());
    }

    /** Every table row that names a county (by name, short name or alias), for the county pages. */
    private List<Atlas.RowMention> mentions() {
        List<Atlas.RowMention> out = new ArrayList<>();
        Map<String, String> sectionCounty = new LinkedHashMap<>();
        inputs.countySections().forEach(s -> sectionCounty.put(s.section(), s.adcode()));
        for (Table t : plan.tables()) {
            String inSection = sectionCounty.entrySet().stream()
                    .filter(e -> t.section().equals(e.getKey()) || t.section().startsWith(e.getKey() + "-"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            for (int r = 0; r < t.rows().size(); r++) {
                StringBuilder text = new StringBuilder();
                for (int c = 0; c < t.leafColumns().size(); c++) {
                    Localized l = FeatureTexts.text(t.origin(r, c));
                    if (l != null && t.rows().get(r).cells().get(c).merge() == Cell.Merge.NONE) {
                        text.append(l.in(texts.lang())).append('\n');
                    }
                }
                Set<String> counties = new LinkedHashSet<>(names.named(text.toString()));
                if (inSection != null) {
                    counties.add(inSection);
                }
                for (String adcode : counties) {
                    out.add(new Atlas.RowMention(adcode, texts.tableSource(t), r + 1, texts.rowSummary(t, r)));
                }
            }
        }
        return out;
    }
}
