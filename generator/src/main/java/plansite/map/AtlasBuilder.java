package plansite.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import plansite.diag.Diagnostics;
import plansite.model.Cell;
import plansite.model.Chapter;
import plansite.model.Column;
import plansite.model.Atlas;
import plansite.model.Localized;
import plansite.model.MapInputs;
import plansite.model.Plan;
import plansite.model.Quotes;
import plansite.model.Row;
import plansite.model.Section;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * Gathers the plan's features onto its maps. Counties come from the plan itself: a column of county
 * names (专栏 10, 11: 所在行政区; 专栏 1, 2: 分布范围; 专栏 4, 5: 县区), or, where the tables do not
 * say, from data/maps.yaml (专栏 15's zones, 第九章's county sections), which quotes the plan. A
 * name it cannot place, a code no table has, or a table without the expected column is an error.
 */
public final class AtlasBuilder {
    public static final String KEY_AREAS = "key-areas";
    public static final String REMEDIATION_ZONES = "remediation-zones";
    public static final String REMEDIATION_BY_COUNTY = "remediation-by-county";
    public static final String COUNTY_SECTIONS = "county-sections";
    public static final String MINERALS = "minerals";

    private static final Localized KEY_ZONE = Localized.of("zh", "重点治理区", "en", "Key remediation zone");
    private static final Localized GENERAL_ZONE = Localized.of("zh", "一般治理区", "en", "General remediation zone");
    private static final Map<String, Localized> KINDS = Map.of(
            "permits", Localized.of("zh", "探矿权", "en", "Exploration permit"),
            "mines", Localized.of("zh", "矿山（采矿权）", "en", "Mine (mining right)"),
            "deposits", Localized.of("zh", "上表矿区", "en", "Registered deposit"),
            "exploration-block", Localized.of("zh", "勘查规划区块", "en", "Exploration planning block"),
            "concentrated-area", Localized.of("zh", "集中开采区", "en", "Concentrated mining area"),
            "key-exploration-area", Localized.of("zh", "重点勘查区", "en", "Key exploration area"),
            "remediation-zone", Localized.of("zh", "矿山地质环境治理区", "en", "Remediation zone"));

    private final Plan plan;
    private final MapInputs inputs;
    private final Diagnostics diags;
    private final String zh;
    private final CountyNames names;

    public AtlasBuilder(Plan plan, MapInputs inputs, Diagnostics diags) {
        this.plan = plan;
        this.inputs = inputs;
        this.diags = diags;
        this.zh = plan.site().defaultLanguage().code();
        this.names = new CountyNames(inputs.counties(), inputs.aliases(), zh);
    }

    public Atlas build() {
        List<Atlas.ThematicMap> maps = new ArrayList<>();
        maps.add(new Atlas.ThematicMap(KEY_AREAS, Atlas.Mode.COUNT, List.of(
                countyColumnGroup("zl-10", "编号", "名称", "所在行政区"),
                countyColumnGroup("zl-11", "编号", "名称", "所在行政区")).stream().flatMap(Optional::stream).toList(),
                List.of("zl-10", "zl-11")));
        zonesGroup().ifPresent(g -> maps.add(new Atlas.ThematicMap(REMEDIATION_ZONES, Atlas.Mode.COUNT, List.of(g),
                List.of("zl-15"))));
        maps.add(new Atlas.ThematicMap(REMEDIATION_BY_COUNTY, Atlas.Mode.MEASURE, List.of(
                measureGroup("zl-04", List.of("应修复面积", "已完成治理修复面积", "未修复面积")),
                measureGroup("zl-05", List.of("规划任务", "累计完成", "未完成"))).stream().flatMap(Optional::stream)
                .toList(), List.of("zl-04", "zl-05")));
        maps.add(new Atlas.ThematicMap(COUNTY_SECTIONS, Atlas.Mode.COUNT, List.of(countySectionsGroup(maps)),
                countySectionTables()));
        maps.add(new Atlas.ThematicMap(MINERALS, Atlas.Mode.COUNT, List.of(
                countyColumnGroup("zl-01", null, null, "分布范围"),
                countyColumnGroup("zl-02", null, null, "分布范围")).stream().flatMap(Optional::stream).toList(),
                List.of("zl-01", "zl-02")));
        Map<String, String> shapes = new TreeMap<>();
        Set<String> ids = new java.util.HashSet<>();
        maps.forEach(m -> m.groups().forEach(g -> g.features().forEach(f -> ids.add(f.id()))));
        for (MapInputs.Shape s : inputs.shapes()) {
            if (!ids.contains(s.id())) {
                diags.error(s.pos(), "no map has a feature '" + s.id() + "'; expected the code of a zone, area or"
                        + " block of the plan's tables (e.g. KZ04, III3)");
            } else if (shapes.put(s.id(), s.geometryJson()) != null) {
                diags.error(s.pos(), "a second shape for '" + s.id() + "'");
            }
        }
        maps.replaceAll(m -> withShapes(m, shapes.keySet()));
        Map<String, String> sections = new TreeMap<>();
        inputs.countySections().forEach(s -> sections.put(s.adcode(), s.section()));
        var boundaries = plan.site().map().boundaries();
        // The settings loader requires map.boundaries whenever data/geo/ has boundaries, as here.
        return new Atlas(inputs.counties(), maps, shapes, inputs.files(), mentions(), sections,
                boundaries == null ? "" : boundaries.attribution());
    }

    private static Atlas.ThematicMap withShapes(Atlas.ThematicMap m, Set<String> shaped) {
        List<Atlas.Group> groups = m.groups().stream().map(g -> new Atlas.Group(g.key(), g.caption(), g.columns(),
                g.measureKeys(), g.features().stream().map(f -> shaped.contains(f.id()) && !f.id().isEmpty()
                        ? new Atlas.Feature(f.id(), f.name(), f.adcodes(), f.cells(), f.values(), f.source(), f.id())
                        : f).toList())).toList();
        return new Atlas.ThematicMap(m.id(), m.mode(), groups, m.tableIds());
    }

    /**
     * A table with a column that names counties: one feature per row that has some. {@code idLabel},
     * {@code nameLabel}: the columns of the feature's code and name; null: the row's header cells name it.
     */
    private Optional<Atlas.Group> countyColumnGroup(String tableId, String idLabel, String nameLabel,
            String countyLabel) {
        Optional<Table> table = table(tableId);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Table t = table.get();
        int idCol = idLabel == null ? -1 : column(t, idLabel);
        int nameCol = nameLabel == null ? -1 : column(t, nameLabel);
        int countyCol = column(t, countyLabel);
        if ((idLabel != null && idCol < 0) || (nameLabel != null && nameCol < 0) || countyCol < 0) {
            return Optional.empty();
        }
        int numberCol = column(t, "序号", false);
        List<Integer> shown = new ArrayList<>();
        for (int c = nameLabel == null ? t.headerColumns() : 0; c < t.leafColumns().size(); c++) {
            if (c != idCol && c != nameCol && c != numberCol) {
                shown.add(c);
            }
        }
        UnitResolver units = new UnitResolver(t);
        List<Atlas.Feature> features = new ArrayList<>();
        for (PlacedRow placed : placedRows(t, countyCol, countyLabel)) {
            int r = placed.index();
            Row row = placed.row();
            List<String> adcodes = placed.adcodes();
            String id = idCol < 0 ? "" : display(t.origin(r, idCol));
            Localized name = nameCol >= 0 ? text(t.origin(r, nameCol)) : headerName(t, r);
            List<Localized> cells = new ArrayList<>();
            for (int c : shown) {
                cells.add(withUnit(t.origin(r, c), units.resolve(row, c).unit()));
            }
            features.add(new Atlas.Feature(id, name, adcodes, cells, List.of(), tableSource(t), null));
        }
        List<Localized> columns = shown.stream().map(c -> columnLabel(t, c)).toList();
        List<String> noMeasures = new ArrayList<>();
        shown.forEach(c -> noMeasures.add(null));
        return Optional.of(new Atlas.Group(t.id(), caption(t), columns, noMeasures, features));
    }

    private Optional<Atlas.Group> zonesGroup() {
        Optional<Table> table = table("zl-15");
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Table t = table.get();
        int idCol = column(t, "序号");
        int nameCol = column(t, "分区名称");
        if (idCol < 0 || nameCol < 0) {
            return Optional.empty();
        }
        Map<String, MapInputs.Zone> zones = new LinkedHashMap<>();
        for (MapInputs.Zone z : inputs.zones()) {
            if (zones.put(z.id(), z) != null) {
                diags.error(z.pos(), "a second entry for zone '" + z.id() + "'");
            }
        }
        UnitResolver units = new UnitResolver(t);
        List<Atlas.Feature> features = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            String id = display(t.origin(r, idCol));
            Localized name = text(t.origin(r, nameCol));
            MapInputs.Zone zone = zones.get(id);
            seen.add(id);
            if (zone == null) {
                diags.error(row.pos(), "zone '" + id + "' of " + t.id() + " has no entry in data/maps.yaml (zones):"
                        + " give the counties its name says it lies in");
                continue;
            }
            if (name == null || !Quotes.contains(name.in(zh), zone.quote())) {
                diags.error(zone.pos(), "the quote '" + zone.quote() + "' is not in the name of zone '" + id + "' in "
                        + t.id());
            }
            List<Localized> cells = new ArrayList<>();
            cells.add("key".equals(zone.kind()) ? KEY_ZONE : GENERAL_ZONE);
            for (int c = 0; c < t.leafColumns().size(); c++) {
                if (c != idCol && c != nameCol) {
                    cells.add(withUnit(t.origin(r, c), units.resolve(row, c).unit()));
                }
            }
            features.add(new Atlas.Feature(id, name, zone.adcodes(), cells, List.of(), tableSource(t), null));
        }
        zones.values().stream().filter(z -> !seen.contains(z.id())).forEach(z -> diags.error(z.pos(),
                "unknown zone '" + z.id() + "'; " + t.id() + " has no such code"));
        List<Localized> columns = new ArrayList<>();
        columns.add(Localized.of("zh", "类别", "en", "Kind"));
        List<String> noMeasures = new ArrayList<>();
        noMeasures.add(null);
        for (int c = 0; c < t.leafColumns().size(); c++) {
            if (c != idCol && c != nameCol) {
                columns.add(columnLabel(t, c));
                noMeasures.add(null);
            }
        }
        return Optional.of(new Atlas.Group(t.id(), caption(t), columns, noMeasures, features));
    }

    /** A table by county (专栏 4, 5): one feature per county row, its measures as numbers (the total row is left out). */
    private Optional<Atlas.Group> measureGroup(String tableId, List<String> measureLabels) {
        Optional<Table> table = table(tableId);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Table t = table.get();
        int countyCol = column(t, "县区");
        List<Integer> cols = measureLabels.stream().map(l -> column(t, l)).toList();
        if (countyCol < 0 || cols.contains(-1)) {
            return Optional.empty();
        }
        UnitResolver units = new UnitResolver(t);
        List<Atlas.Feature> features = new ArrayList<>();
        for (PlacedRow placed : placedRows(t, countyCol, "县区")) {
            int r = placed.index();
            Localized county = placed.place();
            List<String> adcodes = placed.adcodes();
            List<Localized> cells = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int c : cols) {
                Cell cell = t.origin(r, c);
                cells.add(withUnit(cell, null));
                values.add(cell.isNumeric() ? cell.value() : null);
            }
            features.add(new Atlas.Feature("", county, adcodes, cells, values, tableSource(t), null));
        }
        List<Localized> columns = cols.stream().map(c -> withUnitLabel(columnLabel(t, c),
                units.resolve(t.rows().get(0), c).unit())).toList();
        List<String> keys = cols.stream().map(c -> t.id() + "-c" + (c + 1)).toList();
        return Optional.of(new Atlas.Group(t.id(), caption(t), columns, keys, features));
    }

    /** A row whose county column has a text of its own, and the counties that text names. */
    private record PlacedRow(int index, Row row, Localized place, List<String> adcodes) {}

    /**
     * The rows of {@code t} that name counties in column {@code countyCol}. Rows whose cell there is empty
     * or merged are left out: an ore-quantity row under its mineral, or a total row whose 合计 spans the
     * county column.
     */
    private List<PlacedRow> placedRows(Table t, int countyCol, String countyLabel) {
        List<PlacedRow> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            Localized place = text(t.origin(r, countyCol));
            if (place == null || row.cells().get(countyCol).merge() != Cell.Merge.NONE) {
                continue;
            }
            out.add(new PlacedRow(r, row, place, names.resolve(place.in(zh), row.pos(), t.id() + " row " + (r + 1)
                    + ", column '" + countyLabel + "'", diags)));
        }
        return out;
    }

    private List<String> countySectionTables() {
        List<String> out = new ArrayList<>();
        for (MapInputs.CountySection s : inputs.countySections()) {
            out.addAll(s.permitTables());
            out.addAll(s.mineTables());
            out.addAll(s.depositTables());
        }
        return out;
    }

    /** 第九章: for each county section, its permits, mines, registered deposits and what its text names. */
    private Atlas.Group countySectionsGroup(List<Atlas.ThematicMap> others) {
        Map<String, Atlas.Feature> byCode = new LinkedHashMap<>();
        others.forEach(m -> m.groups().forEach(g -> g.features().stream().filter(f -> !f.id().isEmpty())
                .forEach(f -> byCode.putIfAbsent(f.id(), f))));
        List<Atlas.Feature> features = new ArrayList<>();
        for (MapInputs.CountySection s : inputs.countySections()) {
            List<String> county = List.of(s.adcode());
            addRows(features, s.permitTables(), "permits", county);
            addRows(features, s.mineTables(), "mines", county);
            addRows(features, s.depositTables(), "deposits", county);
            for (MapInputs.Item item : s.items()) {
                Atlas.Source source = sectionSource(s.section(), item.quote());
                if (item.ref() != null) {
                    Atlas.Feature ref = byCode.get(item.ref());
                    if (ref == null) {
                        diags.error(item.pos(), "unknown code '" + item.ref() + "'; expected a code of 专栏 10, 11 or 15"
                                + " (e.g. KZ03, III4)");
                        continue;
                    }
                    if (!ref.adcodes().contains(s.adcode())) {
                        diags.error(item.pos(), "'" + item.ref() + "' does not lie in the county of section '"
                                + s.section() + "' according to its table");
                    }
                    // Its source is the section that names it; its own box is where the plan describes it.
                    features.add(new Atlas.Feature(ref.id(), ref.name(), county,
                            java.util.Arrays.asList(KINDS.get(item.kind()), ref.source().label()), List.of(), source,
                            null));
                } else {
                    features.add(new Atlas.Feature("", item.name(), county,
                            java.util.Arrays.asList(KINDS.get(item.kind()), null), List.of(), source, null));
                }
            }
        }
        List<Localized> columns = List.of(Localized.of("zh", "类别", "en", "Kind"),
                Localized.of("zh", "另见", "en", "See also"));
        List<String> noMeasures = new ArrayList<>();
        columns.forEach(c -> noMeasures.add(null));
        return new Atlas.Group("ch9", null, columns, noMeasures, features);
    }

    private void addRows(List<Atlas.Feature> features, List<String> tableIds, String kind, List<String> county) {
        for (String id : tableIds) {
            Table t = plan.table(id).orElseThrow();
            int nameCol = -1;
            for (int c = 0; c < t.leafColumns().size() && nameCol < 0; c++) {
                Localized label = t.leafColumns().get(c).label();
                if (label != null && label.in(zh) != null && label.in(zh).contains("名称")) {
                    nameCol = c;
                }
            }
            int codeCol = column(t, "编号", false);
            for (int r = 0; r < t.rows().size(); r++) {
                Cell first = t.origin(r, codeCol >= 0 ? codeCol : 0);
                String code = first.isNumeric() ? "" : display(first);
                Localized name = nameCol >= 0 ? text(t.origin(r, nameCol)) : null;
                features.add(new Atlas.Feature(code == null ? "" : code, name, county,
                        java.util.Arrays.asList(KINDS.get(kind), null), List.of(), tableSource(t), null));
            }
        }
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
                    Localized l = text(t.origin(r, c));
                    if (l != null && t.rows().get(r).cells().get(c).merge() == Cell.Merge.NONE) {
                        text.append(l.in(zh)).append('\n');
                    }
                }
                Set<String> counties = new LinkedHashSet<>(names.named(text.toString()));
                if (inSection != null) {
                    counties.add(inSection);
                }
                for (String adcode : counties) {
                    out.add(new Atlas.RowMention(adcode, tableSource(t), r + 1, rowSummary(t, r)));
                }
            }
        }
        return out;
    }

    private Localized rowSummary(Table t, int r) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (String lang : langs()) {
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < Math.max(t.headerColumns(), 1) && c < t.leafColumns().size(); c++) {
                String s = t.origin(r, c).display(lang, zh);
                if (s != null && !texts.contains(s)) {
                    texts.add(s);
                }
            }
            parts.put(lang, texts);
        }
        Map<String, String> out = new LinkedHashMap<>();
        parts.forEach((lang, texts) -> out.put(lang, String.join(" · ", texts)));
        return new Localized(out);
    }

    private List<String> langs() {
        return plan.languages().stream().map(l -> l.code()).toList();
    }

    private Optional<Table> table(String id) {
        return plan.table(id);
    }

    private int column(Table t, String zhLabel) {
        return column(t, zhLabel, true);
    }

    /** The leaf column whose own label is {@code zhLabel}, or -1 (an error when required). */
    private int column(Table t, String zhLabel, boolean required) {
        List<Column> leaves = t.leafColumns();
        for (int c = 0; c < leaves.size(); c++) {
            Localized label = leaves.get(c).label();
            if (label != null && zhLabel.equals(label.in(zh))) {
                return c;
            }
        }
        if (required) {
            diags.error(t.pos(), "the maps need a column '" + zhLabel + "' in table " + t.id());
        }
        return -1;
    }

    /** A leaf column's label with its parents' ("历史遗留矿山生态修复面积 / 规划任务"). */
    private Localized columnLabel(Table t, int c) {
        List<Column> path = t.leafPaths().get(c);
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : langs()) {
            List<String> parts = new ArrayList<>();
            for (Column col : path) {
                if (col.label() != null && col.label().in(lang, zh) != null) {
                    parts.add(col.label().in(lang, zh));
                }
            }
            out.put(lang, String.join(" / ", parts));
        }
        return new Localized(out);
    }

    private Localized withUnitLabel(Localized label, Localized unit) {
        if (unit == null) {
            return label;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : langs()) {
            out.put(lang, label.in(lang, zh) + " (" + unit.in(lang, zh) + ")");
        }
        return new Localized(out);
    }

    private Localized caption(Table t) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : langs()) {
            out.put(lang, t.label().in(lang, zh) + " " + t.title().in(lang, zh));
        }
        return new Localized(out);
    }

    private Atlas.Source tableSource(Table t) {
        return new Atlas.Source(t.chapter(), t.id(), t.id(), caption(t));
    }

    /** The section (or sub-section) whose text has the quote. */
    private Atlas.Source sectionSource(String sectionId, String quote) {
        Chapter chapter = plan.chapters(zh).stream().filter(c -> c.section(sectionId).isPresent()).findFirst()
                .orElseThrow();
        Section where = chapter.sections().stream()
                .filter(s -> s.id().equals(sectionId) || s.id().startsWith(sectionId + "-"))
                .filter(s -> Quotes.contains(s.text(), quote)).findFirst()
                .orElse(chapter.section(sectionId).orElseThrow());
        Map<String, String> label = new LinkedHashMap<>();
        for (String lang : langs()) {
            Chapter c = plan.chapter(lang, chapter.id()).orElse(chapter);
            String title = c.section(where.id()).map(Section::title).orElse(where.title());
            label.put(lang, c.title() + " · " + title);
        }
        return new Atlas.Source(chapter.id(), where.id(), null, new Localized(label));
    }

    private static Localized text(Cell cell) {
        if (cell.value() != null && !cell.value().isEmpty()) {
            return Localized.neutral(cell.value());
        }
        return cell.text();
    }

    /**
     * A cell as one text (a feature's code): its neutral value, else its text in the plan's language, else
     * the first by language code; never the first its map holds, whose order a text read from the build
     * cache does not keep.
     */
    private String display(Cell cell) {
        Localized l = text(cell);
        if (l == null) {
            return "";
        }
        if (l.in(Localized.NEUTRAL) != null) {
            return l.in(Localized.NEUTRAL);
        }
        return l.in(zh) != null ? l.in(zh) : new TreeMap<>(l.byLang()).values().iterator().next();
    }

    /** A cell as shown, with the unit of a number beside it; an empty cell stays empty. */
    private Localized withUnit(Cell cell, Localized unit) {
        Localized l = text(cell);
        if (l == null) {
            return Localized.neutral("");
        }
        if (unit == null || !cell.isNumeric()) {
            return l;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : langs()) {
            out.put(lang, cell.value() + " " + unit.in(lang, zh));
        }
        return new Localized(out);
    }

    private Localized headerName(Table t, int r) {
        return rowSummaryFrom(t, r, 1);
    }

    /** The row's header cells from column {@code from} (the mineral and what is measured, for 专栏 1, 2). */
    private Localized rowSummaryFrom(Table t, int r, int from) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : langs()) {
            List<String> texts = new ArrayList<>();
            for (int c = from; c < t.headerColumns(); c++) {
                String s = t.origin(r, c).display(lang, zh);
                if (s != null && !texts.contains(s)) {
                    texts.add(s);
                }
            }
            out.put(lang, String.join(" ", texts));
        }
        return new Localized(out);
    }
}
