package plansite.render;

import java.util.function.Supplier;
import plansite.memo.Fingerprint;
import plansite.model.Html;

/**
 * How the pages phase may take parts of pages from earlier work: a table's layout (its HTML), its chart
 * (the figure and the SVG file), the glance's chart of targets and each prose part of the one-page
 * edition, the largest parts of the pages that show them. A part is a plain function of what its
 * fingerprint holds; the driver backs this with its memo in {@code serve}, where an edit leaves almost
 * every part as it was, so that the renderers need not know whether or where anything is kept.
 *
 * <p>In memory an entry is named by its fingerprint's texts and numbers, and its values are compared to
 * tell a hit: so a key's texts must name its part uniquely (kind, language, id, page), or parts overwrite
 * each other and always miss. That costs speed only, never a wrong page.
 */
public interface Layouts {
    /** The part that {@code key} fingerprints: from earlier work, or {@code make}'s now. */
    Html layout(Fingerprint key, Supplier<Html> make);

    /** Every part made anew. */
    Layouts NONE = (key, make) -> make.get();
}
