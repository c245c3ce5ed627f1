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

    /** The site's files, the warnings of the run, and how long its phases took. */
    public record Result(SiteTree tree, PlanLoader.Loaded loaded, Timings timings) {}

    public Result build() throws InputErrorsException {
        Timings timings = new Timings();
        renderer.reloadTemplates();
        PlanLoader.Loaded loaded = loader.load(layout, timings);
        SiteTree tree = renderer.render(loaded, timings);
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
