package plansite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
    public SearchIndexBuilder(plansite.model.Atlas atlas) {
        List<SearchSource> all = new ArrayList<>(SOURCES);
        if (atlas != null) {
            all.add(new MapSource(atlas));
        }
        this.sources = List.copyOf(all);
    }

    public SearchIndex build(Plan plan, Language lang) {
        return build(lang, documents(plan, lang));
    }

    /** Every document of {@code lang}, in the order of {@link #SOURCES}. */
    public List<SearchDocument> documents(Plan plan, Language lang) {
        List<SearchDocument> docs = new ArrayList<>();
        for (SearchSource source : sources) {
            docs.addAll(source.documents(plan, lang));
        }
        return docs;
    }

    /** The index of {@code docs}, the documents of {@code lang}. */
    public SearchIndex build(Language lang, List<SearchDocument> docs) {
        return build(lang, docs, SearchIndexBuilder::keys);
    }

    /** As above, with the keys of each document from {@code keysOf} (which may take them from earlier work). */
    public SearchIndex build(Language lang, List<SearchDocument> docs, Function<SearchDocument, List<String>> keysOf) {
        Map<String, IntList> lists = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            for (String key : keysOf.apply(docs.get(d))) {
                lists.computeIfAbsent(key, k -> new IntList()).add(d);
            }
        }
        TreeMap<String, int[]> postings = new TreeMap<>();
        lists.forEach((key, list) -> {
            if (!foundByItsText(key, list, docs)) {
                postings.put(key, Arrays.copyOf(list.ids, list.size));
            }
        });
        return new SearchIndex(lang.code(), docs, postings);
    }

    /**
     * Whether search.js finds a key's one document without its list: a pair of Han characters (or a lone one)
     * that only one document has, in its shown names or text (not in what it holds), is found by looking for
     * the characters in the documents' folded text, which the index carries anyway for the snippets. These
     * keys are most of a Chinese index (a pair that occurs once) and the least compressible part of it.
     */
    private static boolean foundByItsText(String key, IntList list, List<SearchDocument> docs) {
        if (list.size != 1 || !docs.get(list.ids[0]).held().isEmpty()) {
            return false;
        }
        return key.codePoints().allMatch(SearchTokenizer::isHan);
    }

    /** The distinct keys of a document's title, forms, text and what it holds, in the order they first appear. */
    public static List<String> keys(SearchDocument doc) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        SearchTokenizer.KeySink sink = (key, start, end) -> keys.add(key);
        SearchTokenizer.keys(SearchTokenizer.fold(doc.title()), sink);
        for (String form : doc.forms()) {
            SearchTokenizer.keys(SearchTokenizer.fold(form), sink);
        }
        SearchTokenizer.keys(SearchTokenizer.fold(doc.text()), sink);
        SearchTokenizer.keys(SearchTokenizer.fold(doc.held()), sink);
        return List.copyOf(keys);
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
