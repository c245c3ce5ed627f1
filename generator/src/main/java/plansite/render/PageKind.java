package plansite.render;

import java.util.List;
import plansite.model.Language;

/**
 * A kind of page: the routes it adds to the site in one language, each with the template and the
 * model of its page. {@link Routes} asks every kind in turn, so a new kind of page is one more class.
 */
interface PageKind {
    List<Route> routes(Language lang);
}
