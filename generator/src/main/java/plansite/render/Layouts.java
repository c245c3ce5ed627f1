package plansite.render;

import java.util.function.Supplier;
import plansite.memo.Fingerprint;
import plansite.model.Html;

/**
 * How the pages phase may take a table's layout (its HTML and chart, the largest part of the pages that
 * show it) from earlier work. A layout is a plain function of what its fingerprint holds; the driver
 * backs this with its memo in {@code serve}, where an edit leaves almost every table as it was, so that
 * the renderers need not know whether or where anything is kept.
 */
public interface Layouts {
    /** The layout that {@code key} fingerprints: from earlier work, or {@code make}'s now. */
    Html layout(Fingerprint key, Supplier<Html> make);

    /** Every layout made anew. */
    Layouts NONE = (key, make) -> make.get();
}
