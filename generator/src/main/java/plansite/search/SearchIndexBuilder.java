package plansite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import plansite.model.Language;
import plansite.model.Plan;

/** Gathers every document of a language from {@link #SOURCES} and lists, per key, the documents that have it. */
public final class SearchIndexBuilder {
    /** What is searched, in the order results of equal rank are shown. */
    static final List<SearchSource> SOURCES = List.of(new SectionSource(), new TableSource(), new GlossarySource());

    private final List<SearchSource> sources;

    /** A builder of the plan's text only. */
    public SearchIndexBuilder() {
        this(null);
    }

    /** With {@code atlas} (null when the site has no maps): the maps' features and the county pages too. */
    public SearchIndexBuilder(plansite.map.Atlas atlas) {
        List<SearchSource> all = new ArrayList<>(SOURCES);
        if (atlas != null) {
            all.add(new MapSource(atlas));
        }
        this.sources = List.copyOf(all);
    }

    public SearchIndex build(Plan plan, Language lang) {
        List<SearchDocument> docs = new ArrayList<>();
        for (SearchSource source : sources) {
            docs.addAll(source.documents(plan, lang));
        }
        Map<String, IntList> lists = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            int id = d;
            SearchTokenizer.KeySink sink = (key, start, end) -> {
                IntList list = lists.computeIfAbsent(key, k -> new IntList());
                if (list.size == 0 || list.ids[list.size - 1] != id) {
                    list.add(id);
                }
            };
            SearchTokenizer.keys(SearchTokenizer.fold(doc.title()), sink);
            SearchTokenizer.keys(SearchTokenizer.fold(doc.text()), sink);
        }
        TreeMap<String, int[]> postings = new TreeMap<>();
        lists.forEach((key, list) -> postings.put(key, Arrays.copyOf(list.ids, list.size)));
        return new SearchIndex(lang.code(), docs, postings);
    }

    /** A growing list of document numbers, without boxing each. */
    private static final class IntList {
        int[] ids = new int[4];
        int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }
}
