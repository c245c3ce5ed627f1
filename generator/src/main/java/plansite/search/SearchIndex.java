package plansite.search;

import java.util.List;
import java.util.SortedMap;

/**
 * The search index of one language: the documents in reading order, and for each key the numbers of
 * the documents whose title or text has it, ascending.
 */
public record SearchIndex(String lang, List<SearchDocument> docs, SortedMap<String, int[]> postings) {}
