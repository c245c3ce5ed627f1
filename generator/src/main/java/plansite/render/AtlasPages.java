package plansite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import plansite.model.Atlas;
import plansite.model.Language;
import plansite.model.MapInputs;

/** The map pages, the county pages and their two index pages; none when the plan has no atlas. */
final class AtlasPages implements PageKind {
    private final PageContext site;

    AtlasPages(PageContext site) {
        this.site = site;
    }

    @Override
    public List<Route> routes(Language lang) {
        if (site.atlas().isEmpty()) {
            return List.of();
        }
        Atlas atlas = site.atlas().get();
        PageFrame frame = site.frame();
        MapPages pages = new MapPages(site.plan(), atlas, lang);
        List<Route> routes = new ArrayList<>();
        String index = MapPages.mapPath(lang.code(), "index");
        Map<String, String> indexAlternates = MapPages.alternates(site.plan(), MapPages.MAPS, "index");
        routes.add(Route.page(index, "maps", indexAlternates, "maps.ftlh", () -> Map.of(
                "page", frame.mapPage(lang, index, "maps", null, null, indexAlternates), "maps", pages.index(index))));
        List<Atlas.ThematicMap> maps = atlas.maps();
        for (int i = 0; i < maps.size(); i++) {
            Atlas.ThematicMap m = maps.get(i);
            int at = i;
            String path = MapPages.mapPath(lang.code(), m.id());
            Map<String, String> alternates = MapPages.alternates(site.plan(), MapPages.MAPS, m.id());
            routes.add(Route.page(path, "map", alternates, "map.ftlh", () -> Map.of(
                    "page", frame.mapPage(lang, path, "map", index, title("mapsTitle", lang), alternates),
                    "map", pages.map(m, path),
                    "pager", Pager.of(maps, at, path, o -> MapPages.mapPath(lang.code(), o.id()), pages::title))));
        }
        String counties = MapPages.countyPath(lang.code(), "index");
        Map<String, String> countiesAlternates = MapPages.alternates(site.plan(), MapPages.COUNTIES, "index");
        routes.add(Route.page(counties, "counties", countiesAlternates, "counties.ftlh", () -> Map.of(
                "page", frame.mapPage(lang, counties, "counties", index, title("mapsTitle", lang), countiesAlternates),
                "counties", pages.countyIndex(counties))));
        List<MapInputs.County> all = atlas.counties();
        for (int i = 0; i < all.size(); i++) {
            MapInputs.County c = all.get(i);
            int at = i;
            String path = MapPages.countyPath(lang.code(), c.adcode());
            Map<String, String> alternates = MapPages.alternates(site.plan(), MapPages.COUNTIES, c.adcode());
            routes.add(Route.page(path, "county", alternates, "county.ftlh", () -> Map.of(
                    "page", frame.mapPage(lang, path, "county", counties, title("countiesTitle", lang), alternates),
                    "county", pages.county(c, path),
                    "pager", Pager.of(all, at, path, o -> MapPages.countyPath(lang.code(), o.adcode()),
                            o -> pages.countyName(o.adcode())))));
        }
        return routes;
    }

    /** The title of an index page, as its template heads it (site-templates/map-i18n.ftlh). */
    private String title(String key, Language lang) {
        return site.words().of(Words.MAP_MESSAGES, lang.code()).getOrDefault(key, key);
    }
}
