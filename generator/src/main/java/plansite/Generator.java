package plansite;

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
    private final PlanLoader loader = new PlanLoader();
    private final SiteRenderer renderer;

    public Generator(ProjectLayout layout) {
        this.layout = layout;
        this.renderer = new SiteRenderer(layout.root().resolve(ProjectLayout.TEMPLATES), ProjectLayout.TEMPLATES);
    }

    /** The site's files and the warnings of the run. */
    public record Result(SiteTree tree, PlanLoader.Loaded loaded) {}

    public Result build() throws InputErrorsException {
        renderer.reloadTemplates();
        var templatesReady = java.util.concurrent.CompletableFuture.runAsync(
                () -> renderer.prepare(java.util.List.of("layout.ftlh", "chapter.ftlh", "home.ftlh", "root.ftlh")));
        PlanLoader.Loaded loaded = loader.load(layout);
        templatesReady.join();
        SiteTree tree = renderer.render(loaded);
        return new Result(tree, loaded);
    }

    /** Loads and validates everything, renders in memory, writes nothing. */
    public PlanLoader.Loaded check() throws InputErrorsException {
        return build().loaded();
    }

    public ProjectLayout layout() {
        return layout;
    }
}
