package plansite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import plansite.diag.Diagnostics;
import plansite.export.DataFiles;
import plansite.model.Asset;
import plansite.model.Language;
import plansite.model.LoadedPlan;
import plansite.model.Plan;

/**
 * Every file of the site as a {@link Route}, made in this one place: the language chooser, each page
 * kind in each language, 404, then the downloads (put out by the downloads phase), the sitemap (of the
 * listed routes), robots.txt, the map scripts and the assets. The order is the site's order, the sitemap's included.
 */
public final class Routes {
    private Routes() {}

    /**
     * @param downloads the size of each download by its name under data/: the downloads phase has put
     *     them out (the table pages list them with their sizes)
     * @param templates the templates, whose words the tables written in Java use
     * @param layouts where the tables' layouts may come from earlier work
     * @param diags where a missing template's words are reported
     */
    public static List<Route> of(LoadedPlan loaded, Map<String, Integer> downloads, Renderer templates,
            Layouts layouts, Diagnostics diags) {
        Plan plan = loaded.plan();
        PageFrame frame = new PageFrame(plan, loaded.atlas().isPresent());
        Words words = new Words(templates.engine(), diags);
        PageContext site = new PageContext(plan, loaded.atlas(), frame, new TableHtml(plan, loaded.atlas(), words, layouts),
                words, downloads, layouts);
        List<PageKind> kinds = List.of(new HomePages(site), new ChapterPages(site), new FullEditionPages(site),
                new DataPages(site), new GlossaryPages(site), new AtlasPages(site), new SearchPages(site),
                new AboutPages(site), new GlancePages(site));
        RootPages root = new RootPages(site);
        List<Route> routes = new ArrayList<>();
        routes.add(root.chooser());
        for (Language lang : plan.languages()) {
            kinds.forEach(kind -> routes.addAll(kind.routes(lang)));
        }
        routes.add(root.notFound());
        downloads.keySet().forEach(name -> routes.add(new Route(DataFiles.FOLDER + name, "download", Map.of(), false,
                new Route.Download())));
        List<Route> pages = List.copyOf(routes);
        routes.add(Route.file("sitemap.xml", "sitemap", () -> sitemap(plan, pages)));
        routes.add(Route.file("robots.txt", "robots", () -> ("User-agent: *\nAllow: /\n\nSitemap: "
                + plan.site().baseUrl() + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8)));
        loaded.atlas().ifPresent(atlas -> MapAssets.files(atlas)
                .forEach((path, bytes) -> routes.add(Route.file(path, "map-script", () -> bytes))));
        for (Asset asset : loaded.assets()) {
            routes.add(Route.file(asset.outputPath(), "asset", () -> read(asset)));
        }
        return List.copyOf(routes);
    }

    private static byte[] sitemap(Plan plan, List<Route> routes) {
        List<SitemapWriter.Entry> entries = routes.stream().filter(Route::listed)
                .map(r -> new SitemapWriter.Entry(r.path(), r.alternates())).toList();
        return new SitemapWriter().write(plan.site().baseUrl(), entries, plan.languages())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Asset asset) {
        try {
            return java.nio.file.Files.readAllBytes(asset.source());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read asset " + asset.source(), e);
        }
    }
}
