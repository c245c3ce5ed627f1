package plansite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plansite.check.ArithmeticChecker;
import plansite.check.DisagreementChecker;
import plansite.check.FoundPlaces;
import plansite.diag.Diagnostic;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;
import plansite.internal.PhaseFailure;
import plansite.internal.Phases;
import plansite.internal.Timings;
import plansite.internal.Workers;
import plansite.load.PlanLoader;
import plansite.load.PlanValidator;
import plansite.load.ProjectLayout;
import plansite.load.Reuse;
import plansite.map.AtlasBuilder;
import plansite.memo.Fingerprint;
import plansite.memo.Memo;
import plansite.model.Atlas;
import plansite.model.LoadedPlan;
import plansite.model.Plan;
import plansite.render.Renderer;
import plansite.render.Route;
import plansite.render.Routes;
import plansite.search.SearchDocument;
import plansite.search.SearchIndexBuilder;
import plansite.search.SearchIndexWriter;
import plansite.site.SiteOutput;
import plansite.site.SiteTree;

/**
 * The pipeline: load → validate → check → atlas → downloads → routes → pages → search → files, each a
 * phase of {@link #build}. The memo is applied here, at the phases' edges, and nowhere else (the downloads
 * phase, the longest, in {@link DownloadsPhase} beside it): the whole site under the fingerprint of the input
 * files, the downloads under the plan's settings and tables, each page under its model, each search index
 * under its documents (docs/architecture.md).
 */
public final class Generator {
    private static final String SITE = "site";
    private static final String PAGE = "page";
    private static final String SEARCH = "search";
    private static final String TERMS = "terms";
    private static final String LAYOUT = "layout";
    private static final String PLACES = "places";
    private static final Memo.Codec<plansite.model.Html> HTML = Memo.record(plansite.model.Html.class);
    private static final Memo.Codec<FoundPlaces.Found> FOUND = Memo.record(FoundPlaces.Found.class);
    /** Search indexes of documents up to this many characters (the plan's: about 0.7 million) are memoized. */
    private static final long MEMOIZED_INDEX_CHARS = 8_000_000;

    private final ProjectLayout layout;
    private final Memo memo;
    private final PlanLoader loader;
    private final Renderer renderer;
    private final Workers workers = Workers.shared();
    /**
     * What the last build left running when it returned ({@code serve}'s search indexes, made after open
     * pages are told to reload): the next build waits for it, then the memo forgets what that build did not use.
     */
    private final List<Workers.Task<byte[]>> behind = new java.util.ArrayList<>();

    /** A generator that makes everything anew on every build. */
    public Generator(ProjectLayout layout) {
        this(layout, Memo.off("this generator was made without a memo"));
    }

    /** A generator that reuses, through {@code memo}, what earlier builds made from the same inputs. */
    public Generator(ProjectLayout layout, Memo memo) {
        this.layout = layout;
        this.memo = memo;
        // The load phase's edge: each file's parse, under what it is made from.
        this.loader = new PlanLoader(Reuse.through(memo));
        this.renderer = new Renderer(layout.root().resolve(ProjectLayout.TEMPLATES), ProjectLayout.TEMPLATES);
    }

    /**
     * What a build reports: the warnings, the site's routes (empty when the whole site came from the
     * memo), the paths of the pages it rendered anew, the phases' times, why the memo was off, and what
     * went wrong with its entries (each was made anew).
     */
    public record Report(List<Diagnostic> warnings, List<Route> routes, List<String> renderedPages,
            Timings timings, Optional<String> memoOff, List<String> memoProblems) {
        public Report {
            warnings = List.copyOf(warnings);
            routes = List.copyOf(routes);
            renderedPages = List.copyOf(renderedPages);
            memoProblems = List.copyOf(memoProblems);
        }
    }

    /** The site in memory, with its report. */
    public record Result(SiteTree tree, Report report) {}

    /** Builds the site in memory. */
    public Result build() throws InputErrorsException {
        SiteTree tree = new SiteTree();
        return new Result(tree, build(tree));
    }

    /** Builds the site into {@code out}, file by file as they are made. On input errors some files may have been put. */
    public Report build(SiteOutput out) throws InputErrorsException {
        settle();
        Phases phases = new Phases();
        // In memory (serve) an edit always changes the inputs: no site to replay, nor to keep.
        Optional<Fingerprint> inputs = phases.run("inputs",
                () -> memo.isOn() && !memo.keepsInMemory() ? layout.fingerprint() : Optional.empty());
        Optional<Manifest> earlier = inputs.flatMap(in -> memo.find(SITE, in, Memo.record(Manifest.class)));
        if (earlier.isPresent() && phases.run("replay", () -> replay(earlier.get(), out))) {
            return report(earlier.get().warnings(), List.of(), List.of(), phases);
        }
        Workers.Task<Renderer> templates = workers.start(renderer::readTemplates);
        Diagnostics diags = new Diagnostics();
        PlanLoader.Input input = phases.run("load", () -> loader.load(layout, diags));
        phases.run("validate", () -> new PlanValidator().validate(input, diags));
        Plan plan = phases.run("check", () -> {
            List<plansite.model.Finding> findings = new ArithmeticChecker(input.plan()).check(diags);
            List<plansite.model.Disagreement> disagreements = new DisagreementChecker(input.plan(), foundPlaces())
                    .check(findings, input.disagreementsRecorded(), diags);
            return input.plan().withFindings(findings).withDisagreements(disagreements);
        });
        Optional<Atlas> atlas = phases.run("atlas", () -> atlas(input, plan, diags));
        LoadedPlan loaded = new LoadedPlan(plan, atlas, input.assets());
        Manifest.Maker manifest = new Manifest.Maker(diags, inputs.isPresent());
        Map<String, Integer> downloads = phases.run("downloads",
                () -> new DownloadsPhase(memo, workers).put(loaded, templates.join(), out, manifest, diags));
        List<Route> routes = phases.run("routes", () -> Routes.of(loaded, downloads, templates.join(), layouts(), diags));
        List<String> rendered = phases.run("pages", () -> pages(routes, out, diags, manifest, inputs));
        phases.run("search", () -> search(loaded, routes, out, manifest, inputs));
        phases.run("files", () -> files(routes, out, manifest));
        // Kept only when no input file was saved while they were read: then these files are those inputs' site.
        inputs.filter(in -> manifest.complete() && in.equals(layout.fingerprint().orElse(null)))
                .ifPresent(in -> memo.put(SITE, in, Memo.record(Manifest.class), manifest.make()));
        return report(diags.all(), routes, rendered, phases);
    }

    /** Ends a build: the memo forgets what this build did not use, once what it left running has ended. */
    private Report report(List<Diagnostic> warnings, List<Route> routes, List<String> rendered, Phases phases) {
        List<String> problems = memo.problems();
        if (behind.isEmpty()) {
            memo.sweep();
        }
        return new Report(warnings, routes, rendered, phases.timings(), memo.offReason(), problems);
    }

    /** Waits for what the last build left running, then ends it as {@link #report} would have. */
    private void settle() {
        if (behind.isEmpty()) {
            return;
        }
        for (Workers.Task<byte[]> task : behind) {
            try {
                task.join();
            } catch (RuntimeException e) {
                // Already told to whoever read the file it was making (the server's request, the folder's write).
            }
        }
        behind.clear();
        memo.sweep();
    }

    /** Loads, validates and checks everything and renders in memory; writes nothing, keeps nothing. */
    public Report check() throws InputErrorsException {
        return new Generator(layout, Memo.off("check keeps nothing")).build(new SiteTree());
    }

    /**
     * Two builds whose results are dropped, so that the code of every phase is compiled by the time an
     * edit needs it ({@code serve} runs them before the first edit): one without the memo, which makes
     * everything, and one with it, which takes everything from it as a rebuild does.
     */
    public void warmUp() throws InputErrorsException {
        new Generator(layout, Memo.off("warm-up")).build(new SiteTree());
        build(new SiteTree());
    }

    public ProjectLayout layout() {
        return layout;
    }

    /** The maps the at-a-glance page links to exist: data/maps.yaml is read in this phase, after the glance. */
    private static void checkGlanceMaps(Plan plan, Optional<Atlas> atlas, Diagnostics diags) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        atlas.ifPresent(a -> a.maps().forEach(m -> ids.add(m.id())));
        plan.glanceOf().ifPresent(g -> g.sections().forEach(s -> {
            List<plansite.model.Glance.MapRef> refs = new java.util.ArrayList<>(s.maps());
            s.figures().stream().filter(f -> f.map() != null).forEach(f -> refs.add(f.map()));
            for (var ref : refs) {
                if (!ids.contains(ref.id())) {
                    diags.error(ref.pos(), atlas.isEmpty() ? "the site has no maps (no data/geo/); leave out map '"
                            + ref.id() + "'" : "unknown map '" + ref.id() + "'; expected one of " + String.join(", ", ids));
                }
            }
        }));
    }

    /** data/maps.yaml read against the checked plan, and the plan's features gathered by county. */
    private static Optional<Atlas> atlas(PlanLoader.Input input, Plan plan, Diagnostics diags)
            throws InputErrorsException {
        Optional<Atlas> atlas = input.maps().against(plan, diags).map(m -> new AtlasBuilder(plan, m, diags).build());
        checkGlanceMaps(plan, atlas, diags);
        if (diags.hasErrors()) {
            throw new InputErrorsException(diags);
        }
        return atlas;
    }

    /**
     * Parts of pages (tables, charts, the one-page edition's prose) from the memo in memory ({@code serve}),
     * where an edit leaves almost every part as it was. A build on disk makes them anew: its pages are
     * memoized whole, and keeping the parts too would have a first build encode their HTML once more.
     */
    private plansite.render.Layouts layouts() {
        return !memo.keepsInMemory() ? plansite.render.Layouts.NONE
                : (key, make) -> memo.get(LAYOUT, key, HTML, make);
    }

    /**
     * The disagreements' places in the text from the memo in memory ({@code serve}), where an edit leaves
     * almost every chapter as it was; a build on disk finds them anew, as it checks everything anew.
     */
    private FoundPlaces foundPlaces() {
        return !memo.keepsInMemory() ? FoundPlaces.NONE
                : (key, find) -> memo.get(PLACES, key, FOUND, find);
    }

    /** Renders every page on the workers, each from the memo when its fingerprint is there; says which were rendered. */
    private List<String> pages(List<Route> routes, SiteOutput out, Diagnostics diags, Manifest.Maker manifest,
            Optional<Fingerprint> inputs) throws InputErrorsException {
        List<Route> pages = routes.stream().filter(r -> r.content() instanceof Route.Page).toList();
        List<Optional<String>> rendered = workers.map(pages, route -> {
            try {
                Renderer.Page page = renderer.page(route);
                Fingerprint key = page.fingerprint();
                if (!memo.canKeep(PAGE, key)) {
                    // A model too large for a key on disk (a large edition's one-page plan): written as it
                    // renders, and kept for a replay under what it is made from, the input files.
                    page.renderInto(out, diags);
                    keepWritten(route, out, manifest, inputs, PAGE);
                    return Optional.of(route.path());
                }
                Optional<byte[]> kept = memo.find(PAGE, key, Memo.BYTES);
                Optional<byte[]> bytes = kept.isPresent() ? kept : page.render(diags);
                bytes.ifPresent(b -> {
                    out.put(route.path(), b);
                    manifest.entry(route.path(), PAGE, key);
                    if (kept.isEmpty()) {
                        memo.put(PAGE, key, Memo.BYTES, b);
                    }
                });
                return kept.isPresent() ? Optional.<String>empty() : Optional.of(route.path());
            } catch (RuntimeException e) {
                throw new PhaseFailure("pages", route.path() + ": " + e.getMessage(), e);
            }
        });
        if (diags.hasErrors()) {
            throw new InputErrorsException(diags);
        }
        return rendered.stream().flatMap(Optional::stream).toList();
    }

    /**
     * A file written as it was made (too large to hold, or to key by what it is made from), kept for a
     * replay under what the whole site is made from: the input files and its path. In memory, where the
     * inputs are not fingerprinted, nothing.
     */
    private void keepWritten(Route route, SiteOutput out, Manifest.Maker manifest, Optional<Fingerprint> inputs,
            String kind) {
        if (inputs.isEmpty()) {
            manifest.incomplete();
            return;
        }
        Fingerprint key = Fingerprint.of(kind).fingerprint(inputs.get()).text(route.path()).build();
        manifest.keep(memo, route.path(), kind, key, out);
    }

    /** Each language's index, made from its documents alone; a large edition's written as it is made. */
    private void search(LoadedPlan loaded, List<Route> routes, SiteOutput out, Manifest.Maker manifest,
            Optional<Fingerprint> inputs) {
        SearchIndexBuilder builder = new SearchIndexBuilder(loaded.atlas().orElse(null));
        List<Route> indexes = routes.stream().filter(r -> r.content() instanceof Route.SearchIndex).toList();
        if (memo.keepsInMemory()) {
            // serve: open pages reload without waiting for the indexes; a request for one waits until it is made.
            for (Route route : indexes) {
                Workers.Task<byte[]> index = workers.start(() -> indexInMemory(builder, loaded.plan(), route));
                behind.add(index);
                out.putLater(route.path(), index::join);
            }
            return;
        }
        workers.map(indexes, route -> {
            var lang = ((Route.SearchIndex) route.content()).lang();
            List<SearchDocument> docs = builder.documents(loaded.plan(), lang);
            long chars = docs.stream().mapToLong(d -> d.title().length() + d.text().length()).sum();
            Fingerprint key = SearchIndexWriter.fingerprint(lang.code(), docs);
            if (chars > MEMOIZED_INDEX_CHARS || !memo.canKeep(SEARCH, key)) {
                try (Writer js = out.open(route.path())) {
                    new SearchIndexWriter().write(builder.build(lang, docs), js);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                keepWritten(route, out, manifest, inputs, SEARCH);
                return null;
            }
            out.put(route.path(), memo.get(SEARCH, key, Memo.BYTES,
                    () -> new SearchIndexWriter().write(builder.build(lang, docs))));
            manifest.entry(route.path(), SEARCH, key);
            return null;
        });
    }

    /**
     * A language's index in memory, where an edit changes a few documents: the others' terms are those
     * found last time, and an index whose documents are all unchanged is the last one.
     */
    private byte[] indexInMemory(SearchIndexBuilder builder, Plan plan, Route route) {
        try {
            var lang = ((Route.SearchIndex) route.content()).lang();
            List<SearchDocument> docs = builder.documents(plan, lang);
            java.util.function.Function<SearchDocument, List<String>> terms = d -> memo.get(TERMS,
                    Fingerprint.of(TERMS).text(lang.code()).text(d.href()).text(d.title()).value(d).build(),
                    Memo.TEXTS, () -> SearchIndexBuilder.keys(d));
            return memo.get(SEARCH, SearchIndexWriter.fingerprint(lang.code(), docs), Memo.BYTES,
                    () -> new SearchIndexWriter().write(builder.build(lang, docs, terms)));
        } catch (RuntimeException e) {
            throw new PhaseFailure("search", route.path() + ": " + e.getMessage(), e);
        }
    }

    /** The downloads, the sitemap, robots.txt, the map scripts and the assets. */
    private static void files(List<Route> routes, SiteOutput out, Manifest.Maker manifest) {
        for (Route route : routes) {
            if (route.content() instanceof Route.File file) {
                byte[] bytes = file.bytes().get();
                out.put(route.path(), bytes);
                manifest.file(route.path(), bytes);
            }
        }
    }

    /** Puts the files of an earlier build of the same inputs; false (nothing put) when any is gone from the memo. */
    private boolean replay(Manifest manifest, SiteOutput out) {
        for (Manifest.Entry e : manifest.entries()) {
            if (e.bytes() == null && !memo.has(e.kind(), Fingerprint.ofHex(e.key()))) {
                return false;
            }
        }
        for (Manifest.Entry e : manifest.entries()) {
            if (e.bytes() != null) {
                out.put(e.path(), e.bytes());
            } else if (DownloadsPhase.KIND.equals(e.kind())) {
                // A set of files under the entry's folder.
                memo.find(e.kind(), Fingerprint.ofHex(e.key()), Memo.FILES).orElseThrow(() -> gone(e))
                        .forEach((name, bytes) -> out.put(e.path() + name, bytes));
            } else {
                out.put(e.path(), memo.find(e.kind(), Fingerprint.ofHex(e.key()), Memo.BYTES).orElseThrow(() -> gone(e)));
            }
        }
        return true;
    }

    private static PhaseFailure gone(Manifest.Entry e) {
        return new PhaseFailure("replay", e.path() + ": gone from the memo while it was read", null);
    }
}
