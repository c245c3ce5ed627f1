package plansite;

import java.util.concurrent.CompletableFuture;
import plansite.cache.BuildCache;
import plansite.diag.InputErrorsException;
import plansite.load.PlanLoader;
import plansite.load.ProjectLayout;
import plansite.render.SiteRenderer;
import plansite.site.SiteTree;

/**
 * The whole pipeline on one screen: load → validate (inside the loader: nothing is rendered while
 * the input has errors) → render every page of every language → the finished tree. Writing is the
 * caller's choice (a folder, a zip, or memory for {@code serve}). Reusable: the Markdown parser and
 * the template configuration are built once.
 */
public final class Generator {
    private final ProjectLayout layout;
    private final PlanLoader loader;
    private final BuildCache cache;
    /** The renderer with this build's templates read; each build's reading waits for the last one's. */
    private CompletableFuture<SiteRenderer> renderer;

    /** A generator that makes every file anew on every build. */
    public Generator(ProjectLayout layout) {
        this(layout, BuildCache.NONE);
    }

    /** A generator that keeps what it made from unchanged inputs between builds in {@code cache}. */
    public Generator(ProjectLayout layout, BuildCache cache) {
        this.layout = layout;
        this.cache = cache;
        this.loader = new PlanLoader(cache);
        // FreeMarker's set-up and the templates' parsing take a noticeable part of a cold start: done on
        // the other core while the input loads.
        this.renderer = CompletableFuture.supplyAsync(() -> new SiteRenderer(
                layout.root().resolve(ProjectLayout.TEMPLATES), ProjectLayout.TEMPLATES, cache), BackgroundThreads.named("templates"));
    }

    /** The site's files, the warnings of the run, and how long its phases took. */
    public record Result(SiteTree tree, PlanLoader.Loaded loaded, Timings timings) {}

    public Result build() throws InputErrorsException {
        Timings timings = new Timings();
        CompletableFuture<SiteRenderer> ready = renderer.thenApplyAsync(r -> r.readTemplates(),
                BackgroundThreads.named("templates"));
        renderer = ready;
        PlanLoader.Loaded loaded = loader.load(layout, timings);
        SiteTree tree = ready.join().render(loaded, timings);
        cache.removeUnused();
        return new Result(tree, loaded, timings);
    }

    /** Loads and validates everything, renders in memory, writes nothing. */
    public PlanLoader.Loaded check() throws InputErrorsException {
        return build().loaded();
    }

    public ProjectLayout layout() {
        return layout;
    }
}
