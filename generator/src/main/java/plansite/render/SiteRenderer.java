package plansite.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;
import plansite.export.DataFiles;
import plansite.cache.BuildCache;
import plansite.cache.OutputKeys;
import plansite.load.PlanLoader;
import plansite.model.BodyPart;
import plansite.model.Chapter;
import plansite.model.Html;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.Plan;
import plansite.model.Section;
import plansite.model.SiteSettings;
import plansite.search.SearchDocument;
import plansite.search.SearchIndexBuilder;
import plansite.search.SearchIndexWriter;
import plansite.site.SiteOutput;

/**
 * Renders a loaded plan into a {@link SiteOutput}: the root language chooser, a home page and one page
 * per chapter for each language, 404, sitemap, robots and the site's assets. All links are relative.
 */
public final class SiteRenderer {
    private final TemplateEngine templates;
    private final BuildCache cache;
    /** Whether the site being rendered has maps (then every page links to them). */
    private volatile boolean hasMaps;
    /**
     * When on ({@code serve}), a page whose template and model equal those of the last build is not
     * rendered again, nor a search index whose documents are those of the last build: models and
     * documents are immutable records, so equal ones give the same bytes.
     */
    private final boolean reuseUnchanged;
    /** The last build's pages by path, with what they were rendered from; empty when reuse is off. */
    private Map<String, RenderedPage> lastPages = Map.of();
    /** The fingerprint of the templates the last build used: when they change, no page is reused. */
    private String lastTemplates = "";
    private String templatesNow = "";
    /** The paths of the pages the last build rendered anew (all of them unless pages were reused). */
    private List<String> rendered = List.of();

    private record RenderedPage(String template, Map<String, Object> model, String html) {}

    /** The last build's search index of each language, with the documents it indexes. */
    private final Map<String, IndexedDocuments> lastIndexes = new java.util.concurrent.ConcurrentHashMap<>();

    private record IndexedDocuments(List<SearchDocument> documents, byte[] index,
            Map<SearchDocument, String[]> keysByDocument) {}

    public SiteRenderer(Path templatesDir, String templatesDisplay, BuildCache cache, boolean reuseUnchanged) {
        this.templates = new TemplateEngine(templatesDir, templatesDisplay);
        this.cache = cache;
        this.reuseUnchanged = reuseUnchanged;
    }

    /** Makes the next {@link #render} render every page and index anew. */
    public SiteRenderer forgetLastBuild() {
        lastPages = Map.of();
        lastIndexes.clear();
        return this;
    }

    /** The paths of the pages that the last {@link #render} rendered anew, in the order of the site. */
    public List<String> renderedPages() {
        return rendered;
    }

    /**
     * Renders into {@code out} as it goes: a page is put there once rendered, not kept, so a large
     * edition never has to fit in memory at once. On a template error some files may have been put:
     * the caller throws {@code out} away.
     */
    public void render(PlanLoader.Loaded loaded, plansite.Timings timings, SiteOutput out, OutputKeys keys)
            throws InputErrorsException {
        Plan plan = loaded.plan();
        hasMaps = loaded.atlas() != null;
        Diagnostics diags = new Diagnostics();
        List<SitemapWriter.Entry> sitemap = new ArrayList<>();

        // The downloads go out at once; the pages need only their sizes. (Made on the other core while the
        // pages render, they were 3 % faster at N = 1 but ran an edition of 100 plans out of a 512 MB heap.)
        Map<String, Integer> dataFiles = new HashMap<>();
        if (!plan.tables().isEmpty()) {
            new DataFiles(plan, loaded.atlas() == null ? List.of() : loaded.atlas().files(), cache, keys).files()
                    .forEach((name, bytes) -> {
                        out.put(DataFiles.FOLDER + name, bytes);
                        dataFiles.put(name, bytes.length);
                    });
        }
        timings.mark("render: downloads");
        TableHtml tableHtml = new TableHtml(plan, loaded.atlas(), diags);
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(new PageJob("index.html", "root.ftlh", () -> rootModel(plan)));
        for (Language lang : plan.languages()) {
            String homePath = Paths.home(lang.code());
            jobs.add(new PageJob(homePath, "home.ftlh", () -> homeModel(plan, lang)));
            sitemap.add(new SitemapWriter.Entry(homePath, alternatesFor(plan, null)));
            List<Chapter> chapters = plan.chapters(lang.code());
            for (int i = 0; i < chapters.size(); i++) {
                int index = i;
                String path = Paths.chapter(lang.code(), chapters.get(i).id());
                jobs.add(new PageJob(path, "chapter.ftlh", () -> chapterModel(plan, lang, chapters, index, tableHtml)));
                sitemap.add(new SitemapWriter.Entry(path, alternatesFor(plan, chapters.get(i).id())));
            }
            String fullPath = lang.code() + "/" + FULL + ".html";
            jobs.add(new PageJob(fullPath, FULL + ".ftlh", () -> fullModel(plan, lang, fullPath, tableHtml)));
            sitemap.add(new SitemapWriter.Entry(fullPath, pageInEveryLanguage(plan, FULL)));
            if (!plan.tables().isEmpty()) {
                String cataloguePath = lang.code() + "/" + DATA + ".html";
                jobs.add(new PageJob(cataloguePath, DATA + ".ftlh", () -> Map.of("page",
                        editionPage(plan, lang, cataloguePath, DATA),
                        "catalogue", new TablePages(plan, lang, dataFiles, v -> tableHtml.render(lang, v)).catalogue(cataloguePath))));
                sitemap.add(new SitemapWriter.Entry(cataloguePath, pageInEveryLanguage(plan, DATA)));
                for (plansite.model.Table t : plan.tables()) {
                    String path = TablePages.path(lang.code(), t.id());
                    jobs.add(new PageJob(path, "table-page.ftlh", () -> tablePageModel(plan, lang, t, path, dataFiles, tableHtml)));
                    Map<String, String> alternates = new java.util.LinkedHashMap<>();
                    plan.languages().forEach(l -> alternates.put(l.code(), TablePages.path(l.code(), t.id())));
                    sitemap.add(new SitemapWriter.Entry(path, alternates));
                }
            }
            if (!plan.glossary().isEmpty()) {
                String path = lang.code() + "/" + GLOSSARY + ".html";
                jobs.add(new PageJob(path, GLOSSARY + ".ftlh", () -> Map.of("page", editionPage(plan, lang, path, GLOSSARY),
                        "glossary", ReferencePages.glossary(plan, lang))));
                sitemap.add(new SitemapWriter.Entry(path, pageInEveryLanguage(plan, GLOSSARY)));
            }
            if (!plan.units().isEmpty()) {
                String path = lang.code() + "/" + UNITS + ".html";
                jobs.add(new PageJob(path, UNITS + ".ftlh", () -> Map.of("page", editionPage(plan, lang, path, UNITS),
                        "units", ReferencePages.units(plan, lang))));
                sitemap.add(new SitemapWriter.Entry(path, pageInEveryLanguage(plan, UNITS)));
            }
            if (loaded.atlas() != null) {
                mapJobs(plan, loaded.atlas(), lang, jobs, sitemap);
            }
            String searchPath = lang.code() + "/" + SEARCH + ".html";
            jobs.add(new PageJob(searchPath, SEARCH + ".ftlh", () -> Map.of("page",
                    editionPage(plan, lang, searchPath, SEARCH), "searchIndex",
                    Paths.link(searchPath, SearchIndexWriter.path(lang.code())))));
            for (String page : List.of(ABOUT, DATA_NOTES)) {
                String path = lang.code() + "/" + page + ".html";
                jobs.add(new PageJob(path, page + ".ftlh", () -> {
                    Views.Page view = editionPage(plan, lang, path, page);
                    EditionPages pages = new EditionPages(plan, lang);
                    return ABOUT.equals(page) ? pages.about(view) : pages.dataNotes(view);
                }));
                sitemap.add(new SitemapWriter.Entry(path, pageInEveryLanguage(plan, page)));
            }
        }
        jobs.add(new PageJob("404.html", "404.ftlh", () -> notFoundModel(plan)));
        Map<String, RenderedPage> before = templatesNow.equals(lastTemplates) ? lastPages : Map.of();
        Map<String, RenderedPage> now = new java.util.concurrent.ConcurrentHashMap<>();
        List<Boolean> renderedAnew = renderPages(jobs, before, now, out, keys, diags);
        List<String> renderedNow = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (renderedAnew.get(i)) {
                renderedNow.add(jobs.get(i).path());
            }
        }
        rendered = List.copyOf(renderedNow);
        if (reuseUnchanged) {
            lastPages = now;
            lastTemplates = templatesNow;
        }
        timings.mark("render: pages (" + renderedNow.size() + " rendered)");
        if (diags.hasErrors()) {
            throw new InputErrorsException(diags);
        }
        // Per language in parallel.
        SearchIndexBuilder searchIndexes = new SearchIndexBuilder(loaded.atlas());
        plan.languages().parallelStream().forEach(l -> searchIndex(searchIndexes, plan, l, out, keys));
        timings.mark("render: search index");
        SiteSettings site = plan.site();
        out.put("sitemap.xml", new SitemapWriter().write(site.baseUrl(), sitemap, plan.languages()));
        out.put("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + site.baseUrl() + "sitemap.xml\n");
        if (loaded.atlas() != null) {
            MapAssets.files(loaded.atlas()).forEach(out::put);
        }
        for (PlanLoader.AssetSource asset : loaded.assets()) {
            out.put(asset.outputPath(), read(asset.path()));
        }
        timings.mark("render: sitemap, assets");
    }

    private static final String SEARCH_CACHE_KIND = "search";
    /** Indexes of documents up to this many characters (the plan's are about 0.7 million) go through the build cache. */
    private static final long CACHED_INDEX_CHARS = 8_000_000;

    private void searchIndex(SearchIndexBuilder builder, Plan plan, Language lang, SiteOutput out, OutputKeys keys) {
        String path = SearchIndexWriter.path(lang.code());
        if (!reuseUnchanged) {
            Supplier<List<SearchDocument>> documents = once(() -> builder.documents(plan, lang));
            String key = keys.key(path, () -> {
                long chars = 0;
                for (SearchDocument d : documents.get()) {
                    chars += d.title().length() + d.text().length();
                }
                // Made from the documents alone: an earlier build's index of the same documents is this one.
                return cache.isOn() && chars <= CACHED_INDEX_CHARS
                        ? cache.key(SEARCH_CACHE_KIND, lang.code(), SearchIndexWriter.fingerprint(documents.get()))
                        : null;
            });
            if (key != null) {
                out.put(path, cache.bytes(SEARCH_CACHE_KIND, key,
                        () -> Optional.of(new SearchIndexWriter().write(builder.build(lang, documents.get()))))
                        .orElseThrow());
                return;
            }
            // A large edition's index is written as it is made, never held in memory whole.
            writeAsMade(out, path, js -> new SearchIndexWriter().write(builder.build(lang, documents.get()), js));
            return;
        }
        List<SearchDocument> docs = builder.documents(plan, lang);
        IndexedDocuments last = lastIndexes.get(lang.code());
        if (last != null && last.documents().equals(docs)) {
            out.put(path, last.index());
            return;
        }
        // An edit changes a few documents: the others' keys are those found last time.
        Map<SearchDocument, String[]> searchKeys = new HashMap<>();
        if (last != null) {
            docs.forEach(d -> {
                String[] known = last.keysByDocument().get(d);
                if (known != null) {
                    searchKeys.put(d, known);
                }
            });
        }
        byte[] index = new SearchIndexWriter().write(builder.build(lang, docs, searchKeys));
        lastIndexes.put(lang.code(), new IndexedDocuments(docs, index, searchKeys));
        out.put(path, index);
    }

    /**
     * Renders the pages on all cores and puts each out when done (where a file lands does not depend on
     * timing); says for each job, in job order, whether its page was rendered anew or taken from {@code before}.
     */
    private List<Boolean> renderPages(List<PageJob> jobs, Map<String, RenderedPage> before, Map<String, RenderedPage> now,
            SiteOutput out, OutputKeys keys, Diagnostics diags) {
        return jobs.parallelStream().map(j -> {
            if (!reuseUnchanged) {
                return renderPage(j, keys, out, diags);
            }
            Map<String, Object> model = j.model().get();
            RenderedPage last = before.get(j.path());
            if (last != null && last.template().equals(j.template()) && last.model().equals(model)) {
                out.put(j.path(), last.html());
                now.put(j.path(), last);
                return false;
            }
            templates.render(j.template(), model, diags).ifPresent(html -> {
                out.put(j.path(), html);
                now.put(j.path(), new RenderedPage(j.template(), model, html));
            });
            return true;
        }).toList();
    }

    /** Puts one page out from the build cache, or rendered (and kept there); says whether it was rendered. */
    private boolean renderPage(PageJob j, OutputKeys keys, SiteOutput out, Diagnostics diags) {
        Supplier<Map<String, Object>> model = once(j.model());
        String key = keys.key(j.path(), () -> pageKey(j, model.get()));
        if (key == null) {
            writeAsMade(out, j.path(), page -> templates.render(j.template(), model.get(), page, diags));
            return true;
        }
        boolean[] rendered = {false};
        cache.bytes(PAGE_CACHE_KIND, key, () -> {
            rendered[0] = true;
            return templates.render(j.template(), model.get(), diags)
                    .map(html -> html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }).ifPresent(bytes -> out.put(j.path(), bytes));
        return rendered[0];
    }

    /** The file at {@code path}, written by {@code body} as it makes it rather than made in memory first. */
    private static void writeAsMade(SiteOutput out, String path, java.util.function.Consumer<java.io.Writer> body) {
        try (java.io.Writer writer = out.open(path)) {
            body.accept(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code make}'s value, made on first use and then kept (for one thread). */
    private static <T> Supplier<T> once(Supplier<T> make) {
        List<T> made = new ArrayList<>(1);
        return () -> {
            if (made.isEmpty()) {
                made.add(make.get());
            }
            return made.get(0);
        };
    }

    private static final String PAGE_CACHE_KIND = "pages";
    /** Pages whose model takes more than this many bytes (a large edition's) are not cached but written as they render. */
    private static final int CACHED_MODEL_BYTES = 4 << 20;

    /**
     * The key under which the build cache keeps a page: a page is made from its template (and the
     * templates it imports) and its model alone, so the same templates and an equal model give the same
     * page. Null when the cache is off, or the model is too large or holds a value the codec cannot write.
     */
    private String pageKey(PageJob job, Map<String, Object> model) {
        if (!cache.isOn()) {
            return null;
        }
        try {
            return plansite.cache.RecordCodec.encode(model, CACHED_MODEL_BYTES)
                    .map(encoded -> cache.key(PAGE_CACHE_KIND, templatesNow, job.path(), job.template(),
                            BuildCache.fingerprint(encoded)))
                    .orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The templates' words per language, also used for the tables that are written in Java. */
    static final String MESSAGES = "i18n.ftlh";
    /** The words of the map pages, also used for a table's links to its maps. */
    static final String MAP_MESSAGES = "map-i18n.ftlh";

    /** The map pages, the county pages and their two index pages of one language. */
    private void mapJobs(Plan plan, plansite.map.Atlas atlas, Language lang, List<PageJob> jobs,
            List<SitemapWriter.Entry> sitemap) {
        MapPages pages = new MapPages(plan, atlas, lang);
        String index = MapPages.mapPath(lang.code(), "index");
        jobs.add(new PageJob(index, "maps.ftlh", () -> Map.of("page", mapPage(plan, lang, index, "maps", null,
                MapPages.alternates(plan, MapPages.MAPS, "index")), "maps", pages.index(index))));
        sitemap.add(new SitemapWriter.Entry(index, MapPages.alternates(plan, MapPages.MAPS, "index")));
        for (plansite.map.Atlas.ThematicMap m : atlas.maps()) {
            String path = MapPages.mapPath(lang.code(), m.id());
            Map<String, String> alternates = MapPages.alternates(plan, MapPages.MAPS, m.id());
            jobs.add(new PageJob(path, "map.ftlh", () -> Map.of("page", mapPage(plan, lang, path, "map", index,
                    alternates), "map", pages.map(m, path))));
            sitemap.add(new SitemapWriter.Entry(path, alternates));
        }
        String counties = MapPages.countyPath(lang.code(), "index");
        jobs.add(new PageJob(counties, "counties.ftlh", () -> Map.of("page", mapPage(plan, lang, counties, "counties",
                index, MapPages.alternates(plan, MapPages.COUNTIES, "index")), "counties", pages.countyLinks(counties))));
        sitemap.add(new SitemapWriter.Entry(counties, MapPages.alternates(plan, MapPages.COUNTIES, "index")));
        for (plansite.model.MapInputs.County c : atlas.counties()) {
            String path = MapPages.countyPath(lang.code(), c.adcode());
            Map<String, String> alternates = MapPages.alternates(plan, MapPages.COUNTIES, c.adcode());
            jobs.add(new PageJob(path, "county.ftlh", () -> Map.of("page", mapPage(plan, lang, path, "county",
                    counties, alternates), "county", pages.county(c, path))));
            sitemap.add(new SitemapWriter.Entry(path, alternates));
        }
    }

    /** The frame of a map or county page; its title comes from the template, its crumbs lead up to {@code up}. */
    private Views.Page mapPage(Plan plan, Language lang, String path, String kind, String up,
            Map<String, String> alternates) {
        List<Views.Link> crumbs = new ArrayList<>();
        crumbs.add(new Views.Link(text(plan.site().title(), lang), Paths.link(path, Paths.home(lang.code()))));
        if (up != null) {
            crumbs.add(new Views.Link(MapPages.indexTitle(up, lang), Paths.link(path, up)));
        }
        return page(plan, lang, path, kind, null, null, alternates, crumbs);
    }

    static final String ABOUT = "about";
    static final String FULL = "full";
    static final String GLOSSARY = "glossary";
    static final String DATA = "data";
    static final String UNITS = "units";
    static final String SEARCH = "search";

    /**
     * The page frame of a page that is the same in every language (about, glossary…): its title and
     * description are words of the interface, so the template supplies them.
     */
    private Views.Page editionPage(Plan plan, Language lang, String path, String kind) {
        List<Views.Link> crumbs = List.of(new Views.Link(text(plan.site().title(), lang), "index.html"));
        return page(plan, lang, path, kind, null, null, null, crumbs);
    }
    static final String DATA_NOTES = "data-notes";

    private static Map<String, String> pageInEveryLanguage(Plan plan, String page) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        plan.languages().forEach(l -> out.put(l.code(), l.code() + "/" + page + ".html"));
        return out;
    }

    /**
     * Reads the templates anew (a rebuild in {@code serve} sees edited ones) and, with {@code parseAhead},
     * parses them ahead of rendering; otherwise each is parsed when a page first needs it. A template
     * that does not parse is reported when a page uses it.
     */
    public SiteRenderer readTemplates(boolean parseAhead) {
        String now = templates.fingerprint();
        if (!reuseUnchanged || !now.equals(templatesNow)) {
            templates.clearCache();
            if (parseAhead) {
                templates.parseAll();
            }
            templatesNow = now;
        }
        return this;
    }

    /**
     * Each table laid out in HTML once per language and link, then shared by the chapter page, the
     * one-page edition and the table's own page, which would otherwise render it again and again.
     */
    private final class TableHtml {
        private final Plan plan;
        private final Diagnostics diags;
        private final java.util.concurrent.ConcurrentHashMap<String, Html> cache =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<String, TableHtmlWriter> writers =
                new java.util.concurrent.ConcurrentHashMap<>();

        private final plansite.map.Atlas atlas;

        TableHtml(Plan plan, plansite.map.Atlas atlas, Diagnostics diags) {
            this.plan = plan;
            this.atlas = atlas;
            this.diags = diags;
        }

        Html render(Language lang, String tableId, String pageHref) {
            return cache.computeIfAbsent(lang.code() + "|" + tableId + "|" + pageHref, k -> {
                Language fallback = plan.site().defaultLanguage();
                TableViews views = new TableViews(lang.code(), fallback.code(), fallback.htmlLang());
                return fragment(lang, views.view(plan.table(tableId).orElseThrow(), pageHref));
            });
        }

        Html render(Language lang, Views.TableView view) {
            return cache.computeIfAbsent(lang.code() + "|" + view.id() + "|" + view.pageHref(), k -> fragment(lang, view));
        }

        private Html fragment(Language lang, Views.TableView view) {
            // A table links to the maps that show it; from a table's own page (no pageHref) one folder up.
            String mapsFolder = (view.pageHref() == null ? "../" : "") + MapPages.MAPS;
            List<Views.Link> mapLinks = atlas == null ? List.of() : atlas.maps().stream()
                    .filter(m -> m.tableIds().contains(view.id()))
                    .map(m -> new Views.Link(m.id(), mapsFolder + m.id() + ".html")).toList();
            TableHtmlWriter writer = writers.computeIfAbsent(lang.code(), code -> new TableHtmlWriter(
                    templates.messages(MESSAGES, code, diags).orElse(Map.of()),
                    atlas == null ? Map.of() : templates.messages(MAP_MESSAGES, code, diags).orElse(Map.of())));
            return new Html(writer.write(view, mapLinks));
        }
    }

    /** One page to render: where it goes, with which template, and its model (built on the worker). */
    private record PageJob(String path, String template, Supplier<Map<String, Object>> model) {}

    private Map<String, Object> rootModel(Plan plan) {
        Language first = plan.site().defaultLanguage();
        List<Views.RootLanguage> langs = plan.languages().stream()
                .map(l -> new Views.RootLanguage(l.code(), l.htmlLang(), l.name(), text(plan.site().title(), l),
                        text(plan.site().description(), l), Paths.home(l.code())))
                .toList();
        Views.Page page = page(plan, first, "index.html", "root", text(plan.site().title(), first),
                text(plan.site().description(), first), alternatesFor(plan, null), List.of());
        return Map.of("page", page, "root", new Views.RootPage(langs));
    }

    private Map<String, Object> homeModel(Plan plan, Language lang) {
        String path = Paths.home(lang.code());
        List<Views.ContentsEntry> contents = new ArrayList<>();
        for (Chapter c : plan.chapters(lang.code())) {
            String href = Paths.link(path, Paths.chapter(lang.code(), c.id()));
            List<Views.ContentsSection> sections = c.sections().stream()
                    .filter(s -> s.level() == 2)
                    .map(s -> new Views.ContentsSection(s.title(), href + "#" + s.id(), s.level()))
                    .toList();
            contents.add(new Views.ContentsEntry(c.title(), href, sections));
        }
        Views.Page page = page(plan, lang, path, "home", text(plan.site().title(), lang),
                text(plan.site().description(), lang), alternatesFor(plan, null), List.of());
        return Map.of("page", page, "home", new Views.HomePage(contents));
    }

    private Map<String, Object> chapterModel(Plan plan, Language lang, List<Chapter> chapters, int index,
            TableHtml tableHtml) {
        Chapter c = chapters.get(index);
        String path = Paths.chapter(lang.code(), c.id());
        List<Views.ContentsSection> toc = c.sections().stream()
                .filter(s -> s.level() <= 3)
                .map(s -> new Views.ContentsSection(s.title(), "#" + s.id(), s.level()))
                .toList();
        Language fallback = plan.site().defaultLanguage();
        List<Views.Part> body = new ArrayList<>();
        for (BodyPart part : c.body()) {
            if (part instanceof BodyPart.Prose prose) {
                body.add(new Views.Part(prose.html()));
            } else if (part instanceof BodyPart.TablePlacement placement) {
                body.add(new Views.Part(tableHtml.render(lang, placement.tableId(),
                        TablePages.PAGE_FOLDER + placement.tableId() + ".html")));
            }
        }
        Views.Link previous = index > 0 ? chapterLink(path, lang, chapters.get(index - 1)) : null;
        Views.Link next = index + 1 < chapters.size() ? chapterLink(path, lang, chapters.get(index + 1)) : null;
        String siteTitle = text(plan.site().title(), lang);
        List<Views.Link> breadcrumb = List.of(
                new Views.Link(siteTitle, Paths.link(path, Paths.home(lang.code()))),
                new Views.Link(c.title(), null));
        Views.Page page = page(plan, lang, path, "chapter", c.title() + " - " + siteTitle,
                siteTitle + " " + c.title() + sectionSummary(c), alternatesFor(plan, c.id()), breadcrumb);
        Views.Stale stale = null;
        if (c.translation() != null) {
            Chapter original = plan.chapter(fallback.code(), c.id()).orElseThrow();
            if (!original.contentHash().equals(c.translation().sourceHash())) {
                stale = new Views.Stale(Paths.link(path, Paths.chapter(fallback.code(), c.id())), fallback.htmlLang());
            }
        }
        return Map.of("page", page, "chapter", new Views.ChapterPage(c.id(), c.title(), toc, body, previous, next,
                stale));
    }

    private Map<String, Object> tablePageModel(Plan plan, Language lang, plansite.model.Table t, String path,
            Map<String, Integer> dataFiles, TableHtml tableHtml) {
        Views.TablePage view = new TablePages(plan, lang, dataFiles, v -> tableHtml.render(lang, v)).page(t, path);
        String title = view.table().label() + " " + view.table().title();
        List<Views.Link> crumbs = List.of(new Views.Link(text(plan.site().title(), lang), Paths.link(path,
                Paths.home(lang.code()))), new Views.Link(title, null));
        Map<String, String> alternates = new java.util.LinkedHashMap<>();
        plan.languages().forEach(l -> alternates.put(l.code(), TablePages.path(l.code(), t.id())));
        Views.Page page = page(plan, lang, path, "table", title + " - " + text(plan.site().title(), lang),
                title + " — " + text(plan.site().title(), lang), alternates, crumbs);
        return Map.of("page", page, "tablePage", view);
    }

    private Map<String, Object> fullModel(Plan plan, Language lang, String path, TableHtml tableHtml) {
        List<Chapter> chapters = plan.chapters(lang.code());
        Views.Page view = editionPage(plan, lang, path, FULL);
        return Map.of("page", view, "full", new Views.FullPage(OnePageEdition.contents(chapters),
                OnePageEdition.chapters(plan, chapters, (id, href) -> tableHtml.render(lang, id, href))));
    }

    private static String sectionSummary(Chapter c) {
        List<String> titles = c.sections().stream().filter(s -> s.level() == 2).map(Section::title).toList();
        return titles.isEmpty() ? "" : ": " + String.join(", ", titles);
    }

    private static Views.Link chapterLink(String from, Language lang, Chapter c) {
        return new Views.Link(c.title(), Paths.link(from, Paths.chapter(lang.code(), c.id())));
    }

    private Map<String, Object> notFoundModel(Plan plan) {
        Language first = plan.site().defaultLanguage();
        Views.Page page = page(plan, first, "404.html", "404", text(plan.site().title(), first),
                text(plan.site().description(), first), alternatesFor(plan, null), List.of());
        List<Views.RootLanguage> langs = plan.languages().stream()
                .map(l -> new Views.RootLanguage(l.code(), l.htmlLang(), l.name(), text(plan.site().title(), l),
                        text(plan.site().description(), l), Paths.home(l.code())))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("root", new Views.RootPage(langs));
        model.put("basePath", basePath(plan.site().baseUrl()));
        return model;
    }

    /** The path part of the base URL: a 404 page is served at any depth, so it links from there. */
    private static String basePath(String baseUrl) {
        int start = baseUrl.indexOf('/', baseUrl.indexOf("//") + 2);
        return start < 0 ? "/" : baseUrl.substring(start);
    }

    /** Site paths of one page in every language: the chapter where it exists, else that language's home. */
    private static Map<String, String> alternatesFor(Plan plan, String chapterId) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Language l : plan.languages()) {
            boolean exists = chapterId != null
                    && plan.chapters(l.code()).stream().anyMatch(c -> c.id().equals(chapterId));
            out.put(l.code(), exists ? Paths.chapter(l.code(), chapterId) : Paths.home(l.code()));
        }
        return out;
    }

    Views.Page page(Plan plan, Language lang, String path, String kind, String title, String description,
            Map<String, String> alternatePaths, List<Views.Link> breadcrumb) {
        SiteSettings s = plan.site();
        if (alternatePaths == null) {
            alternatePaths = pageInEveryLanguage(plan, kind);
        }
        Map<String, String> alternates0 = alternatePaths;
        List<Views.Alternate> alternates = plan.languages().stream()
                .map(l -> {
                    String target = "root".equals(kind) || "404".equals(kind)
                            ? Paths.home(l.code()) : alternates0.get(l.code());
                    return new Views.Alternate(l.code(), l.htmlLang(), l.name(), Paths.link(path, target),
                            s.baseUrl() + target, l.code().equals(lang.code()) && !"root".equals(kind));
                })
                .toList();
        return new Views.Page(lang.code(), lang.htmlLang(), ogLocale(lang), Paths.root(path), Paths.root(path) + lang.code() + "/",
                path, kind, title, description, s.baseUrl() + ("index.html".equals(path) ? "" : path), alternates,
                siteView(plan, lang), breadcrumb);
    }

    /** Open Graph wants language_TERRITORY; Simplified Chinese is read in zh_CN. */
    private static String ogLocale(Language lang) {
        return switch (lang.code()) {
            case "zh" -> "zh_CN";
            case "en" -> "en_US";
            default -> lang.htmlLang().replace('-', '_');
        };
    }

    private Views.Site siteView(Plan plan, Language lang) {
        SiteSettings s = plan.site();
        var pub = s.publication();
        var p = s.period();
        return new Views.Site(text(s.title(), lang), text(s.description(), lang), text(s.publisher(), lang),
                text(s.siteName(), lang), s.siteDomain(), s.siteIdCode(), text(s.columnName(), lang),
                text(s.contentSource(), lang), s.pubDate().toString(),
                s.footer().stream().map(f -> text(f, lang)).toList(),
                s.map().reviewNumber(),
                new Views.Publication(text(pub.issuedBy(), lang), DateText.format(pub.issueDate(), lang.code()),
                        text(pub.issueNote(), lang), pub.copyTo().stream().map(c -> text(c, lang)).toList()),
                new Views.Period(p.baseYear(), p.startYear(), p.endYear(), p.outlookYear()),
                s.figures().stream().map(f -> text(f, lang)).toList(),
                text(s.figuresNote(), lang), text(s.searchExample(), lang), !plan.glossary().isEmpty(),
                !plan.units().isEmpty(), hasMaps);
    }

    private static String text(Localized l, Language lang) {
        return l == null ? null : l.in(lang.code());
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asset " + p, e);
        }
    }
}
