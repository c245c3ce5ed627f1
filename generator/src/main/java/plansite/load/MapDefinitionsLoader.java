package plansite.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plansite.diag.Diagnostics;
import plansite.diag.Suggestion;
import plansite.model.Atlas;
import plansite.model.Localized;
import plansite.model.MapInputs;
import plansite.model.Plan;
import plansite.model.Table;

/**
 * The maps of {@code data/maps.yaml} ({@code maps}), the words of their pages ({@code pages}) and the
 * kinds of thing they list ({@code kinds}), checked against the plan: every table, every column header
 * (in the plan's language) and every county they name.
 */
final class MapDefinitionsLoader {
    static final List<String> MODES = List.of("count", "measure");

    record PagesEntry(Localized mapsIntro, Localized countiesIntro, Localized countyIntro, Localized rowsIntro,
            Localized noSection, Localized byCounty, Localized shapes) {}

    record KindEntry(String id, Localized name) {}

    record MapEntry(String id, String mode, Localized title, Localized intro, List<GroupEntry> groups,
            SectionsEntry countySections) {}

    record GroupEntry(String table, String code, String name, String county, List<String> omit,
            List<String> measures, Localized kindColumn, List<PlaceEntry> places) {}

    record PlaceEntry(String id, String kind, List<String> counties, String quote) {}

    record SectionsEntry(String key, Localized caption, Localized kindColumn, Localized seeAlsoColumn) {}

    private final Plan plan;
    private final PositionIndex at;
    private final Diagnostics diags;
    private final List<String> langs;
    private final String lang;
    private final CountyRefs refs;

    MapDefinitionsLoader(Plan plan, PositionIndex at, CountyRefs refs, Diagnostics diags) {
        this.plan = plan;
        this.at = at;
        this.refs = refs;
        this.diags = diags;
        this.langs = plan.languages().stream().map(l -> l.code()).toList();
        this.lang = plan.site().defaultLanguage().code();
    }

    MapInputs.Pages pages(PagesEntry p) {
        Required req = new Required(at, diags, "the words of the map pages");
        if (!req.value(p, "", "pages")) {
            return new MapInputs.Pages(null, null, null, null, null, null, null);
        }
        String pages = "/pages";
        req.localized(p.mapsIntro(), pages, "maps_intro", langs);
        req.localized(p.countiesIntro(), pages, "counties_intro", langs);
        req.localized(p.countyIntro(), pages, "county_intro", langs);
        req.localized(p.rowsIntro(), pages, "rows_intro", langs);
        req.localized(p.noSection(), pages, "no_section", langs);
        req.localized(p.byCounty(), pages, "by_county", langs);
        req.localized(p.shapes(), pages, "shapes", langs);
        return new MapInputs.Pages(p.mapsIntro(), p.countiesIntro(), p.countyIntro(), p.rowsIntro(), p.noSection(),
                p.byCounty(), p.shapes());
    }

    /** Kind id → its name, in the order given. */
    Map<String, Localized> kinds(List<KindEntry> kinds) {
        Map<String, Localized> out = new LinkedHashMap<>();
        MapInputsLoader.each(kinds, "/kinds", (k, p) -> {
            Required req = new Required(at, diags, "a kind");
            if (req.text(k.id(), p, "id") & req.localized(k.name(), p, "name", langs)
                    && out.putIfAbsent(k.id(), k.name()) != null) {
                diags.error(at.at(p + "/id"), "duplicate kind '" + k.id() + "'");
            }
        });
        return out;
    }

    /** An error unless {@code kind} is one of {@code kinds}. */
    static boolean knownKind(String kind, Map<String, Localized> kinds, PositionIndex at, String pointer,
            Diagnostics diags) {
        if (kinds.containsKey(kind)) {
            return true;
        }
        diags.error(at.at(pointer), "unknown kind '" + kind + "'; expected one of the ids of 'kinds'"
                + (kinds.isEmpty() ? " (there are none yet)" : ": " + String.join(", ", kinds.keySet()))
                + Suggestion.of(kind, kinds.keySet()));
        return false;
    }

    List<MapInputs.MapDefinition> maps(List<MapEntry> maps, Map<String, Localized> kinds) {
        Required top = new Required(at, diags, "data/maps.yaml");
        if (top.value(maps, "", "maps") && maps.isEmpty()) {
            diags.error(at.at("/maps"), "'maps' must list at least one map");
        }
        List<MapInputs.MapDefinition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        MapInputsLoader.each(maps, "/maps", (m, p) -> {
            Required req = new Required(at, diags, "a map");
            boolean ok = req.text(m.id(), p, "id") & req.text(m.mode(), p, "mode")
                    & req.localized(m.title(), p, "title", langs) & req.localized(m.intro(), p, "intro", langs);
            if (m.id() != null && !m.id().isBlank()) {
                ok &= id(m.id(), p + "/id", ids);
            }
            Atlas.Mode mode = m.mode() == null || m.mode().isBlank() ? null : mode(m.mode(), p + "/mode");
            if (m.groups() == null && m.countySections() == null) {
                diags.error(at.at(p), "a map needs 'groups' (features from tables) or 'county_sections' (what the"
                        + " county sections list), or both");
                ok = false;
            }
            List<MapInputs.TableGroup> groups = new ArrayList<>();
            Atlas.Mode groupMode = mode == null ? Atlas.Mode.COUNT : mode;
            MapInputsLoader.each(m.groups(), p + "/groups", (g, gp) -> group(g, gp, groupMode, kinds)
                    .ifPresent(groups::add));
            MapInputs.SectionsGroup sections = m.countySections() == null ? null
                    : sections(m.countySections(), p + "/county_sections", mode);
            if (ok && mode != null) {
                out.add(new MapInputs.MapDefinition(m.id(), mode, m.title(), m.intro(), groups, sections, at.at(p)));
            }
        });
        return out;
    }

    private boolean id(String id, String pointer, Set<String> ids) {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            diags.error(at.at(pointer), "map id '" + id + "' must be lower-case letters and digits joined by '-' (it"
                    + " names the map's page, maps/<id>.html), e.g. by-county");
        } else if (id.equals("index")) {
            diags.error(at.at(pointer), "map id 'index' is the name of the maps' index page; choose another");
        } else if (!ids.add(id)) {
            diags.error(at.at(pointer), "duplicate map id '" + id + "'");
        } else {
            return true;
        }
        return false;
    }

    private Atlas.Mode mode(String mode, String pointer) {
        if (MODES.contains(mode)) {
            return Atlas.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        }
        diags.error(at.at(pointer), "unknown mode '" + mode + "'; expected count (each county coloured by how"
                + " many features lie in it) or measure (by a column of numbers)" + Suggestion.of(mode, Set.copyOf(MODES)));
        return null;
    }

    /** A group of rows of a table; empty (after its errors) when any of it is wrong. */
    private Optional<MapInputs.TableGroup> group(GroupEntry g, String p, Atlas.Mode mode, Map<String, Localized> kinds) {
        Diagnostics local = new Diagnostics();
        Required req = new Required(at, local, "a group");
        if (mode == Atlas.Mode.MEASURE) {
            unused(g.code(), p, "code", local);
            unused(g.name(), p, "name", local);
            unused(g.omit(), p, "omit", local);
            unused(g.places(), p, "places", local);
            unused(g.kindColumn(), p, "kind_column", local);
            if (req.text(g.county(), p, "county") & req.value(g.measures(), p, "measures") && g.measures().isEmpty()) {
                local.error(at.at(p + "/measures"), "'measures' must list at least one column");
            }
        } else {
            if (g.measures() != null) {
                local.error(at.at(p + "/measures"), "'measures' are for a map of mode measure; this map counts"
                        + " features");
            }
            if (g.county() == null && g.places() == null) {
                local.error(at.at(p), "a group needs the column that names its rows' counties ('county'), or"
                        + " their counties by code ('places')");
            } else if (g.county() != null && g.places() != null) {
                local.error(at.at(p), "a group gives its rows' counties by a column ('county') or by code"
                        + " ('places'), not both");
            }
            if (g.places() != null) {
                req.text(g.code(), p, "code");
            }
            if (g.kindColumn() != null && g.places() == null) {
                local.error(at.at(p + "/kind_column"), "'kind_column' heads the kinds of a group's 'places'; this"
                        + " group has none");
            } else if (g.kindColumn() != null) {
                req.localized(g.kindColumn(), p, "kind_column", langs);
            }
        }
        MapInputs.TableGroup out = null;
        if (req.text(g.table(), p, "table")) {
            Optional<Table> table = plan.table(g.table());
            if (table.isEmpty()) {
                local.error(at.at(p + "/table"), "unknown table '" + g.table() + "'; expected the id of a file in"
                        + " data/tables/" + Suggestion.of(g.table(), tableIds()));
            } else {
                out = tableGroup(g, p, table.get(), kinds, local);
            }
        }
        diags.addAll(local);
        return local.hasErrors() ? Optional.empty() : Optional.ofNullable(out);
    }

    private MapInputs.TableGroup tableGroup(GroupEntry g, String p, Table t, Map<String, Localized> kinds,
            Diagnostics local) {
        TableHeaders headers = new TableHeaders(t, lang);
        int code = g.code() == null ? -1 : headers.column(g.code(), at.at(p + "/code"), local).orElse(-1);
        List<Integer> name = g.name() == null ? List.of()
                : headers.columns(g.name(), at.at(p + "/name"), local).orElse(List.of());
        int county = g.county() == null ? -1 : headers.column(g.county(), at.at(p + "/county"), local).orElse(-1);
        List<Integer> omit = columns(headers, g.omit(), p + "/omit", local);
        List<Integer> measures = columns(headers, g.measures(), p + "/measures", local);
        List<MapInputs.Place> places = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // A mistake in a place is its own: the group is still made, so that what names its rows is not wrong too.
        MapInputsLoader.each(g.places(), p + "/places", (pl, pp) -> {
            Required req = new Required(at, diags, "a place");
            if (!(req.text(pl.id(), pp, "id") & req.value(pl.counties(), pp, "counties")
                    & req.text(pl.quote(), pp, "quote"))) {
                return;
            }
            if (g.kindColumn() != null) {
                if (req.text(pl.kind(), pp, "kind")) {
                    knownKind(pl.kind(), kinds, at, pp + "/kind", diags);
                }
            } else if (pl.kind() != null) {
                diags.error(at.at(pp + "/kind"), "a place has a 'kind' only when its group has a 'kind_column' (the"
                        + " heading of the column of kinds)");
            }
            if (!seen.add(pl.id())) {
                diags.error(at.at(pp), "a second place for '" + pl.id() + "'");
                return;
            }
            places.add(new MapInputs.Place(pl.id(), pl.kind(), refs.resolve(pl.counties(), pp + "/counties"),
                    pl.quote(), at.at(pp)));
        });
        return new MapInputs.TableGroup(t.id(), code, name, county, g.county(), omit, measures, g.kindColumn(),
                places, at.at(p));
    }

    private List<Integer> columns(TableHeaders headers, List<String> names, String pointer, Diagnostics local) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            headers.columns(names.get(i), at.at(pointer + "/" + i), local).ifPresent(out::addAll);
        }
        return out;
    }

    private void unused(Object value, String p, String key, Diagnostics local) {
        if (value != null) {
            local.error(at.at(p + "/" + key), "'" + key + "' is not used in a map of mode measure, whose features"
                    + " are the rows of its county column");
        }
    }

    /** The group of what the county sections list; null (after its errors) when any of it is wrong. */
    private MapInputs.SectionsGroup sections(SectionsEntry s, String p, Atlas.Mode mode) {
        Diagnostics local = new Diagnostics();
        Required req = new Required(at, local, "the group of the county sections");
        if (mode == Atlas.Mode.MEASURE) {
            local.error(at.at(p), "'county_sections' is for a map of mode count; what they list has no measures");
        }
        if (req.text(s.key(), p, "key") && !s.key().matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*")) {
            local.error(at.at(p + "/key"), "'key' must be letters and digits joined by '-' (it names the group in"
                    + " the page's anchors)");
        }
        req.localized(s.caption(), p, "caption", langs);
        req.localized(s.kindColumn(), p, "kind_column", langs);
        req.localized(s.seeAlsoColumn(), p, "see_also_column", langs);
        diags.addAll(local);
        return local.hasErrors() ? null
                : new MapInputs.SectionsGroup(s.key(), s.caption(), s.kindColumn(), s.seeAlsoColumn());
    }

    private Set<String> tableIds() {
        Set<String> out = new HashSet<>();
        plan.tables().forEach(t -> out.add(t.id()));
        return out;
    }
}
