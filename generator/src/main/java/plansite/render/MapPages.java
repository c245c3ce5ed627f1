package plansite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plansite.model.Atlas;
import plansite.model.Chapter;
import plansite.model.Immutable;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.MapInputs;
import plansite.model.Plan;
import plansite.model.Section;

/**
 * View models of the map pages ({@code <lang>/maps/<id>.html}, an index) and the county pages
 * ({@code <lang>/counties/<adcode>.html}, an index). Every map's data is a table on its page; the
 * script draws the map from that table, so the two cannot disagree.
 */
final class MapPages {
    static final String MAPS = "maps/";
    static final String COUNTIES = "counties/";
    static final String GEO_SCRIPT = "assets/maps/geo.js";

    private final Plan plan;
    private final Atlas atlas;
    private final Language lang;
    private final String fallback;

    MapPages(Plan plan, Atlas atlas, Language lang) {
        this.plan = plan;
        this.atlas = atlas;
        this.lang = lang;
        this.fallback = plan.site().defaultLanguage().code();
    }

    static String mapPath(String lang, String id) {
        return lang + "/" + MAPS + id + ".html";
    }

    static String countyPath(String lang, String adcode) {
        return lang + "/" + COUNTIES + adcode + ".html";
    }

    /**
     * A map: its title and introduction (none on a county's page, whose map is the county's), its figure
     * (with what the script needs in data- attributes), the notes under it (drawn by county, by shapes;
     * where the boundaries come from), the city's seat it marks (null: none) and its data tables.
     */
    public record MapView(String id, String title, String intro, String mode, String focus, String countyHref,
            String geoScript, String tileUrl, String tileAttribution, String tileSubdomains, int tileMaxZoom,
            String reviewNumber, boolean byCounty, boolean shapes, String byCountyNote, String shapesNote,
            String credit, String shortCredit, SeatView seat, List<GroupView> groups, List<Measure> measures,
            List<Views.Link> tables) {
        public MapView {
            groups = List.copyOf(groups);
            measures = List.copyOf(measures);
            tables = List.copyOf(tables);
        }
    }

    public record Measure(String key, String label) {}

    /** The city's seat: its county, the legend's words for its mark, the note under the map and its source. */
    public record SeatView(String adcode, String label, String note, Views.Link source) {}

    /**
     * A map's data table. {@code source}: the one place in the plan of all its rows, said once under the
     * table (null when the rows come from several tables: each row then names its table by its short
     * label). {@code countyColumn}: false when each row is a county itself ({@code namesCounty}: its name then
     * links to the county's page), so that a row does not read "平城区 | 平城区", and on a county's page when
     * every row lies in that county alone.
     */
    public record GroupView(String key, String caption, List<String> columns, List<RowView> rows, Views.Link source,
            boolean countyColumn, boolean namesCounty) {
        public GroupView {
            columns = Immutable.listKeepingNulls(columns);
            rows = List.copyOf(rows);
        }
    }

    public record RowView(String id, String name, String counties, List<Views.Link> countyLinks,
            List<CellView> cells, Views.Link source, String shape) {
        public RowView {
            countyLinks = List.copyOf(countyLinks);
            cells = List.copyOf(cells);
        }
    }

    public record CellView(String text, String measure, String value) {}

    /** A map as the index lists it: its title, link and introduction. */
    public record MapLink(String title, String href, String intro) {}

    public record MapIndex(String intro, String byCounty, List<MapLink> maps, List<Views.Link> counties) {
        public MapIndex {
            maps = List.copyOf(maps);
            counties = List.copyOf(counties);
        }
    }

    /** The counties' index: its introduction, a map whose counties link to their pages, and their list. */
    public record CountyIndex(String intro, MapView map, List<Views.Link> counties) {
        public CountyIndex {
            counties = List.copyOf(counties);
        }
    }

    /**
     * A county page: the county's map, its section of the plan if any, what each map has there, the rows
     * naming it, and the words about this plan: its introduction ({@code {name}}: the county's), what it
     * says without a section, the introduction of the rows.
     */
    public record CountyView(String adcode, String name, String intro, String noSection, String rowsIntro,
            MapView map, Views.Link section, List<Views.Link> subsections, List<MapMentions> maps,
            List<RowMention> rows) {
        public CountyView {
            subsections = List.copyOf(subsections);
            maps = List.copyOf(maps);
            rows = List.copyOf(rows);
        }
    }

    public record MapMentions(String mapId, String title, Views.Link map, List<GroupView> groups) {
        public MapMentions {
            groups = List.copyOf(groups);
        }
    }

    public record RowMention(String table, String tableHref, String chapterHref, int row, String summary) {}

    MapView map(Atlas.ThematicMap m, String path) {
        List<GroupView> groups = m.groups().stream().map(g -> group(g, path, null)).toList();
        List<Measure> measures = new ArrayList<>();
        for (Atlas.Group g : m.groups()) {
            for (int i = 0; i < g.columns().size(); i++) {
                if (g.measureKeys().get(i) != null) {
                    String table = plan.table(g.key()).map(t -> text(t.label())).orElse(text(g.caption()));
                    measures.add(new Measure(g.measureKeys().get(i), table + ": " + text(g.columns().get(i))));
                }
            }
        }
        boolean byCounty = m.groups().stream().flatMap(g -> g.features().stream()).anyMatch(f -> f.shapeId() == null);
        boolean shapes = m.groups().stream().flatMap(g -> g.features().stream()).anyMatch(f -> f.shapeId() != null);
        List<Views.Link> tables = m.tableIds().stream().map(id -> plan.table(id).orElseThrow())
                .map(t -> new Views.Link(text(t.label()) + " " + text(t.title()),
                        Paths.link(path, TablePages.path(lang.code(), t.id())))).toList();
        return frame(m.id(), text(m.title()), text(m.intro()), m.mode().name().toLowerCase(java.util.Locale.ROOT),
                null, path, byCounty, shapes, groups, measures, tables);
    }

    private MapView frame(String id, String title, String intro, String mode, String focus, String path,
            boolean byCounty, boolean shapes, List<GroupView> groups, List<Measure> measures, List<Views.Link> tables) {
        var settings = plan.site().map();
        var tiles = settings.tileLayer();
        var boundaries = settings.boundaries();
        return new MapView(id, title, intro, mode, focus, Paths.link(path, countyPath(lang.code(), "{adcode}")),
                Paths.link(path, GEO_SCRIPT),
                tiles == null ? null : tiles.url().replace("{key}", tiles.key() == null ? "" : tiles.key()),
                tiles == null ? null : text(tiles.attribution()),
                tiles == null || tiles.subdomains() == null ? null : String.join(",", tiles.subdomains()),
                tiles == null ? 0 : tiles.maxZoom(),
                settings.reviewNumber() == null || settings.reviewNumber().isBlank() ? null : settings.reviewNumber(),
                byCounty, shapes, text(atlas.pages().byCounty()), text(atlas.pages().shapes()),
                boundaries == null ? null : text(boundaries.credit()),
                boundaries == null ? null : text(boundaries.shortCredit()), seat(path), groups, measures, tables);
    }

    private SeatView seat(String path) {
        Atlas.Seat s = atlas.seat();
        return s == null ? null : new SeatView(s.adcode(), text(s.label()), text(s.note()), source(s.source(), path));
    }

    /**
     * A group as a data table; with {@code onlyCounty}, only its features in that county. A column that
     * is not a measure and is empty in every row shown is left out.
     */
    private GroupView group(Atlas.Group g, String path, String onlyCounty) {
        List<Atlas.Feature> shown = g.features().stream()
                .filter(f -> onlyCounty == null || f.adcodes().contains(onlyCounty)).toList();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < g.columns().size(); i++) {
            int column = i;
            if (g.measureKeys().get(i) != null || shown.stream().anyMatch(f -> !blank(text(f.cells().get(column))))) {
                kept.add(i);
            }
        }
        List<RowView> rows = new ArrayList<>();
        for (Atlas.Feature f : shown) {
            List<Views.Link> counties = f.adcodes().stream().map(a -> new Views.Link(countyName(a),
                    Paths.link(path, countyPath(lang.code(), a)))).toList();
            List<CellView> cells = new ArrayList<>();
            for (int i : kept) {
                String key = g.measureKeys().get(i);
                cells.add(new CellView(text(f.cells().get(i)), key, key == null ? null : f.values().get(i)));
            }
            rows.add(new RowView(f.id(), text(f.name()), String.join(" ", f.adcodes()), counties, cells,
                    source(f.source(), path), f.shapeId()));
        }
        String caption = g.caption() == null ? null : text(g.caption());
        boolean oneSource = rows.stream().map(r -> r.source().href()).distinct().count() <= 1;
        Views.Link source = oneSource && !rows.isEmpty() ? rows.get(0).source() : null;
        if (!oneSource) {
            // Several tables: each row says which, by the table's short label ("Table 1").
            List<RowView> labelled = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                RowView r = rows.get(i);
                Atlas.Source s = shown.get(i).source();
                String label = plan.table(s.tableId()).map(t -> text(t.label())).orElse(r.source().text());
                labelled.add(new RowView(r.id(), r.name(), r.counties(), r.countyLinks(), r.cells(),
                        new Views.Link(label, r.source().href()), r.shape()));
            }
            rows = labelled;
        }
        boolean namesCounty = rows.stream().allMatch(r -> r.countyLinks().size() == 1
                && r.countyLinks().get(0).text().equals(r.name()));
        boolean onlyThis = onlyCounty != null && shown.stream().allMatch(f -> f.adcodes().equals(List.of(onlyCounty)));
        return new GroupView(g.key(), caption, kept.stream().map(i -> text(g.columns().get(i))).toList(), rows,
                source, !namesCounty && !onlyThis, namesCounty && onlyCounty == null);
    }

    private Views.Link source(Atlas.Source s, String path) {
        String href = Paths.link(path, Paths.chapter(lang.code(), s.chapterId())) + "#" + s.anchor();
        return new Views.Link(text(s.label()), href);
    }

    MapIndex index(String path) {
        List<MapLink> maps = atlas.maps().stream().map(m -> new MapLink(text(m.title()),
                Paths.link(path, mapPath(lang.code(), m.id())), text(m.intro()))).toList();
        return new MapIndex(text(atlas.pages().mapsIntro()), text(atlas.pages().byCounty()), maps, countyLinks(path));
    }

    CountyIndex countyIndex(String path) {
        MapView map = frame("counties", null, null, "index", null, path, false, false, List.of(), List.of(), List.of());
        return new CountyIndex(text(atlas.pages().countiesIntro()), map, countyLinks(path));
    }

    private List<Views.Link> countyLinks(String path) {
        return atlas.counties().stream().map(c -> new Views.Link(text(c.name()),
                Paths.link(path, countyPath(lang.code(), c.adcode())))).toList();
    }

    CountyView county(MapInputs.County c, String path) {
        List<MapMentions> maps = new ArrayList<>();
        for (Atlas.ThematicMap m : atlas.maps()) {
            List<GroupView> groups = m.groups().stream().map(g -> group(g, path, c.adcode()))
                    .filter(g -> !g.rows().isEmpty()).toList();
            if (!groups.isEmpty()) {
                maps.add(new MapMentions(m.id(), text(m.title()),
                        new Views.Link(m.id(), Paths.link(path, mapPath(lang.code(), m.id()))), groups));
            }
        }
        List<RowMention> rows = atlas.mentions().stream().filter(r -> r.adcode().equals(c.adcode()))
                .map(r -> {
                    var t = plan.table(r.source().tableId()).orElseThrow();
                    return new RowMention(text(r.source().label()), Paths.link(path, TablePages.path(lang.code(), t.id())),
                            Paths.link(path, Paths.chapter(lang.code(), t.chapter())) + "#" + t.id(), r.row(),
                            text(r.summary()));
                }).toList();
        Views.Link section = null;
        List<Views.Link> subsections = List.of();
        Optional<Section> own = countySection(c.adcode());
        if (own.isPresent()) {
            Chapter chapter = chapterOf(own.get().id());
            String href = Paths.link(path, Paths.chapter(lang.code(), chapter.id()));
            section = new Views.Link(chapter.title() + " · " + own.get().title(), href + "#" + own.get().id());
            subsections = chapter.sections().stream().filter(s -> s.id().startsWith(own.get().id() + "-")
                    && s.level() <= own.get().level() + 2)
                    .map(s -> new Views.Link(s.title(), href + "#" + s.id())).toList();
        }
        // The county's map: the county picked out, its features listed beside it.
        List<GroupView> all = maps.stream().flatMap(m -> m.groups().stream()).toList();
        MapView map = frame("county-" + c.adcode(), null, null, "focus", c.adcode(), path, true, false, all, List.of(),
                List.of());
        var pages = atlas.pages();
        return new CountyView(c.adcode(), text(c.name()), text(pages.countyIntro()), text(pages.noSection()),
                text(pages.rowsIntro()), map, section, subsections, maps, rows);
    }

    /** The county's own section of the plan, in this page's language. */
    private Optional<Section> countySection(String adcode) {
        return Optional.ofNullable(atlas.countySections().get(adcode)).map(id -> chapterOf(id).section(id).orElseThrow());
    }

    private Chapter chapterOf(String sectionId) {
        return plan.chapters(lang.code()).stream().filter(ch -> ch.section(sectionId).isPresent()).findFirst()
                .orElseGet(() -> plan.chapters(fallback).stream().filter(ch -> ch.section(sectionId).isPresent())
                        .findFirst().orElseThrow());
    }

    /** A map's title in this page's language. */
    String title(Atlas.ThematicMap m) {
        return text(m.title());
    }

    String countyName(String adcode) {
        return atlas.county(adcode).map(c -> text(c.name())).orElse(adcode);
    }

    /** The alternates of a map or county page: the same page in every language. */
    static Map<String, String> alternates(Plan plan, String folder, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        plan.languages().forEach(l -> out.put(l.code(), l.code() + "/" + folder + name + ".html"));
        return out;
    }

    private String text(Localized l) {
        return l == null ? null : l.in(lang.code(), fallback);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
