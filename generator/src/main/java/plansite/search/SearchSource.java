package plansite.search;

import java.util.List;
import plansite.model.Language;
import plansite.model.Plan;

/**
 * One kind of thing the search finds. Adding another (the features of map pages, say) is one class
 * implementing this, listed in {@link SearchIndexBuilder#SOURCES}.
 */
public interface SearchSource {
    /** The documents of this kind in {@code lang}, in reading order. */
    List<SearchDocument> documents(Plan plan, Language lang);
}
