package plansite.search;

import java.util.List;
import plansite.model.Language;
import plansite.model.Plan;

/**
 * One kind of thing the search finds. Adding another is one class implementing this, listed in
 * {@link SearchIndexBuilder#SOURCES} (or, like {@link MapSource}, added by the builder when it applies).
 */
public interface SearchSource {
    /** The documents of this kind in {@code lang}, in reading order. */
    List<SearchDocument> documents(Plan plan, Language lang);
}
