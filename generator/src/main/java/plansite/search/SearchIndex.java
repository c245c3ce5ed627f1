package plansite.search;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The search index of one language: the documents in reading order, and for each key the numbers of
 * the documents whose title or text has it, ascending.
 */
public record SearchIndex(String lang, List<SearchDocument> docs, SortedMap<String, int[]> postings) {

    public SearchIndex {
        docs = List.copyOf(docs);
        postings = Collections.unmodifiableSortedMap(new TreeMap<>(postings));
    }
}
