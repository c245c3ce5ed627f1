package plansite;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import plansite.cache.BuildCache;
import plansite.cache.OutputKeys;
import plansite.diag.InputErrorsException;
import plansite.load.PlanLoader;
import plansite.load.ProjectLayout;
import plansite.render.SiteRenderer;
import plansite.site.SiteOutput;
import plansite.site.SiteTree;

/**
 * The whole pipeline on one screen: load → validate (inside the loader: nothing is rendered while
 * the input has errors) → render every page of every language → the finished files, into memory
 * ({@code serve}) or a staging folder ({@code build}). Reusable: the Markdown parser and
 * the template configuration are built once.
 */
public final class Generator {
    private final ProjectLayout layout;
    private final PlanLoader loader;
    private final BuildCache cache;
    private final boolean reuseUnchanged;
    /** The renderer with this build's templates read; each build's reading waits for the last one's. */
    private CompletableFuture<SiteRenderer> renderer;

    /** A generator that makes every file anew on every build. */
    public Generator(ProjectLayout layout) {
        this(layout, BuildCache.NONE);
    }

    /** A generator that keeps what it made from unchanged inputs between builds in {@code cache}. */
    public Generator(ProjectLayout layout, BuildCache cache) {
        this(layout, cache, false);
    }

    /**
     * As above; with {@code reuseUnchanged} ({@code serve}), a build renders only the pages whose model
     * or template changed since the last build of this generator, and the search index of a language only
     * when its documents changed; it takes the others as they were, and the cache's entries from memory.
     */
    public Generator(ProjectLayout layout, BuildCache cache, boolean reuseUnchanged) {
        this.layout = layout;
        this.cache = reuseUnchanged ? cache.remember() : cache;
        this.reuseUnchanged = reuseUnchanged;
        this.loader = new PlanLoader(cache);
        this.renderer = CompletableFuture.completedFuture(new SiteRenderer(
                layout.root().resolve(ProjectLayout.TEMPLATES), ProjectLayout.TEMPLATES, cache, reuseUnchanged));
    }

    /** The site's files, the warnings of the run, how long its phases took and which pages it rendered anew. */
    public record Result(SiteTree tree, PlanLoader.Loaded loaded, Timings timings, List<String> renderedPages) {}

    /** What a build into a {@link SiteOutput} reports: the warnings, the phases' times, the pages rendered anew. */
    public record Report(PlanLoader.Loaded loaded, Timings timings, List<String> renderedPages) {}

    /** Builds the site in memory. */
    public Result build() throws InputErrorsException {
        SiteTree tree = new SiteTree();
        Report report = buildInto(tree);
        return new Result(tree, report.loaded(), report.timings(), report.renderedPages());
    }

    /** Builds the site into {@code out}, file by file as they are made. */
    public Report buildInto(SiteOutput out) throws InputErrorsException {
        Timings timings = new Timings();
        // serve compares models in memory instead.
        CompletableFuture<Optional<String>> inputs = reuseUnchanged || !cache.isOn()
                ? CompletableFuture.completedFuture(Optional.empty())
                : CompletableFuture.supplyAsync(layout::fingerprint, BackgroundThreads.named("inputs"));
        CompletableFuture<OutputKeys> kept = inputs.thenApply(
                in -> in.map(fingerprint -> OutputKeys.forInputs(cache, fingerprint)).orElse(OutputKeys.NONE));
        // FreeMarker's set-up and the templates' parsing take a noticeable part of a cold start: done on
        // the other core while the input loads, unless the pages will come from the cache under kept keys.
        CompletableFuture<SiteRenderer> ready = renderer.thenCombineAsync(kept, (r, k) -> r.readTemplates(!k.known()),
                BackgroundThreads.named("templates"));
        renderer = ready;
        PlanLoader.Loaded loaded = loader.load(layout, timings);
        // Keys only for the files the loader read: unchanged from before it started to after it finished
        // (a file saved meanwhile gives no keys, and none are kept).
        Optional<String> before = inputs.join();
        OutputKeys keys = before.isPresent() && before.equals(layout.fingerprint()) ? kept.join() : OutputKeys.NONE;
        timings.mark("inputs: unchanged while read");
        SiteRenderer renderer = ready.join();
        timings.mark("wait for the templates");
        renderer.render(loaded, timings, out, keys);
        keys.keep();
        cache.removeUnused();
        timings.mark("cache: remove unused");
        return new Report(loaded, timings, renderer.renderedPages());
    }

    /**
     * Two builds whose results are dropped: the first parses every input file, cache or not, and renders
     * every page and index anew; the second is a rebuild as after an edit (input from the cache, every
     * model compared with the last). {@code serve} runs them before the first edit, so that the code of
     * a rebuild is compiled by the time an edit needs it.
     */
    public void warmUp() throws InputErrorsException {
        renderer = renderer.thenApply(SiteRenderer::forgetLastBuild);
        cache.ignore(true);
        try {
            build();
        } finally {
            cache.ignore(false);
        }
        build();
    }

    /** Loads and validates everything, renders in memory, writes nothing. */
    public PlanLoader.Loaded check() throws InputErrorsException {
        return build().loaded();
    }

    public ProjectLayout layout() {
        return layout;
    }
}
