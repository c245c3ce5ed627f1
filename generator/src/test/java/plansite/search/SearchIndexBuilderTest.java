package plansite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.FixtureSite;
import plansite.load.PlanLoader;
import plansite.load.ProjectLayout;
import plansite.model.Language;
import plansite.model.Plan;

class SearchIndexBuilderTest {
    @TempDir
    static Path dir;
    static FixtureSite site;
    static Plan plan;

    @BeforeAll
    static void build() throws Exception {
        site = FixtureSite.copy("basic", dir).build();
        plan = plansite.TestPlans.load(site.root()).plan();
    }

    private static SearchIndex index(String lang) {
        Language l = plan.languages().stream().filter(x -> x.code().equals(lang)).findFirst().orElseThrow();
        return new SearchIndexBuilder().build(plan, l);
    }

    private static SearchDocument doc(SearchIndex index, String href) {
        return index.docs().stream().filter(d -> d.href().equals(href)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + href + " in " + index.docs()));
    }

    /**
     * Whether search.js finds the document by the key: in the key's list, or, for a Han key the index leaves out
     * (only one document has it), in the document's folded names and text.
     */
    private static boolean has(SearchIndex index, String key, SearchDocument doc) {
        int[] ids = index.postings().get(key);
        if (ids != null) {
            return Arrays.stream(ids).anyMatch(i -> index.docs().get(i) == doc);
        }
        return key.codePoints().allMatch(SearchTokenizer::isHan) && doc.held().isEmpty() && scanned(doc).contains(key);
    }

    /** A document's names and text as search.js looks through them for what the lists leave out. */
    private static String scanned(SearchDocument doc) {
        return SearchTokenizer.fold(doc.title() + "\n" + String.join("\n", doc.forms()) + "\n" + doc.text());
    }

    @Test
    void aHanKeyOnlyOneDocumentHasIsLeftOutOfTheListsAndEveryOtherKeyIsListed() {
        SearchIndex zh = index("zh");
        java.util.Map<String, java.util.Set<Integer>> all = new java.util.HashMap<>();
        for (int d = 0; d < zh.docs().size(); d++) {
            for (String key : SearchIndexBuilder.keys(zh.docs().get(d))) {
                all.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(d);
            }
        }
        all.forEach((key, docs) -> {
            boolean leftOut = docs.size() == 1 && key.codePoints().allMatch(SearchTokenizer::isHan);
            assertEquals(!leftOut, zh.postings().containsKey(key), key);
            assertTrue(has(zh, key, zh.docs().get(docs.iterator().next())), key);
        });
        assertTrue(all.size() > zh.postings().size(), "some keys are left out");
    }

    @Test
    void everySectionIsADocumentOfItsOwnLinkingToItsAnchor() {
        SearchIndex zh = index("zh");
        SearchDocument s = doc(zh, "ch1.html#ch1-s2-1");
        assertEquals(SearchDocument.Kind.SECTION, s.kind());
        assertEquals("一、矿产资源概况", s.title());
        assertEquals("第一章 现状与形势", s.context());
        assertTrue(s.text().contains("煤：主要分布于大同煤田"), s.text());
        assertTrue(has(zh, "大同", s));
        assertTrue(!has(zh, "勘查", s), "the next section's words belong to the next section");
        assertTrue(has(zh, "勘查", doc(zh, "ch1.html#ch1-s2-2")));
        assertEquals("总则", doc(zh, "general.html").title(), "a chapter's lead before its first heading");
    }

    @Test
    void everyTableRowIsADocumentWithItsHeadersAndValuesIncludingCellsMergedFromAbove() {
        SearchIndex zh = index("zh");
        SearchDocument row = doc(zh, "tables/t1.html#t1-r2");
        assertEquals(SearchDocument.Kind.ROW, row.kind());
        assertEquals("黑色金属 锰", row.title(), "the row's labels, the merged one included");
        assertEquals("专栏 1 金属矿产资源储量表", row.context());
        assertEquals("矿产类型：黑色金属；矿种：锰；资源储量 / 保有 (万吨)：100.00；资源储量 / 矿山占用 (万吨)：5.07；分布范围：灵丘",
                row.text());
        assertTrue(has(zh, "灵丘", row), "灵丘 finds the row about Lingqiu");
        assertTrue(has(zh, "100.00", row));
        SearchIndex enIndex = index("en");
        SearchDocument en = doc(enIndex, "tables/t1.html#t1-r2");
        assertEquals("Type: Ferrous metals; Mineral: Manganese; Resources / Remaining (10⁴ t): 100.00; "
                + "Resources / Occupied by mines (10⁴ t): 5.07; Distribution: Lingqiu", en.text());
        assertTrue(has(enIndex, "lingqiu", en));
    }

    @Test
    void tableTitlesAndNotesAreDocuments() {
        SearchIndex zh = index("zh");
        SearchDocument t = doc(zh, "tables/t1.html");
        assertEquals(SearchDocument.Kind.TABLE, t.kind());
        assertEquals("专栏 1 金属矿产资源储量表", t.title());
        assertTrue(has(zh, "储量", t));
        assertTrue(has(zh, "相加", t), "its notes");
    }

    @Test
    void glossaryEntriesAreDocumentsWithTheirTranslationAndDefinition() {
        SearchIndex zh = index("zh");
        SearchDocument coal = doc(zh, "glossary.html#term-coal");
        assertEquals("煤", coal.title());
        assertTrue(has(zh, "煤", coal));
        assertTrue(has(zh, "coal", coal), "the English term finds the Chinese entry");
        assertTrue(has(zh, "沉积", coal));
        SearchIndex en = index("en");
        assertTrue(has(en, "sedimentari", doc(en, "glossary.html#term-coal")));
    }

    @Test
    void everyRunOfChineseInAnyDocumentIsFoundByItsPairs() {
        SearchIndex zh = index("zh");
        List<String> missed = new ArrayList<>();
        for (SearchDocument d : zh.docs()) {
            String folded = SearchTokenizer.fold(d.title() + " " + d.text());
            for (SearchTokenizer.Run run : SearchTokenizer.runs(folded)) {
                if (run.kind() != SearchTokenizer.Kind.HAN) {
                    continue;
                }
                // Every substring of the run, as a reader might type it, finds this document.
                for (int a = 0; a < run.text().length(); a++) {
                    for (int b = a + 1; b <= run.text().length(); b++) {
                        String query = run.text().substring(a, b);
                        // A lone character: any key with it, or (as search.js also looks) the text itself.
                        boolean found = query.length() == 1
                                ? zh.postings().keySet().stream().filter(k -> k.contains(query)).anyMatch(k -> has(zh, k, d))
                                        || scanned(d).contains(query)
                                : SearchTokenizer.keys(query).stream().allMatch(k -> has(zh, k.key(), d));
                        if (!found) {
                            missed.add(query + " in " + d.href());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void everyResultLinkLeadsToAnElementOnItsPage() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            for (SearchDocument d : index(lang).docs()) {
                String[] parts = d.href().split("#", 2);
                Path page = site.out().resolve(lang).resolve(parts[0]);
                if (!Files.isRegularFile(page)) {
                    broken.add(lang + "/" + d.href() + ": no page");
                    continue;
                }
                Document html = site.page(lang + "/" + parts[0]);
                if (parts.length == 2 && html.getElementById(parts[1]) == null) {
                    broken.add(lang + "/" + d.href() + ": no element with that id");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theBuiltIndexIsAScriptGivingItsLanguageEveryDocumentAndTheGapsBetweenThem() throws Exception {
        String js = Files.readString(site.out().resolve("assets/search-index-zh.js"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)^/\\*.*?\\*/\n\\(window\\.plansiteSearch = window\\.plansiteSearch \\|\\| \\{\\}\\)"
                + "\\[\"zh\"\\] = (.*);\n$").matcher(js);
        assertTrue(m.matches(), js.substring(0, 200));
        JsonNode json = new ObjectMapper().readTree(m.group(1));
        SearchIndex zh = index("zh");
        assertEquals(zh.docs().size(), json.get("docs").size());
        JsonNode first = json.get("docs").get(0);
        SearchDocument d = zh.docs().get(0);
        assertEquals(List.of(d.kind().code(), d.href(), d.title(), d.context(), d.text()),
                List.of(first.get(0).asText(), first.get(1).asText(), first.get(2).asText(), first.get(3).asText(),
                        first.get(4).asText()));
        zh.postings().forEach((key, ids) -> {
            JsonNode gaps = json.get("keys").get(key);
            int[] decoded = new int[gaps.size()];
            for (int i = 0, at = 0; i < gaps.size(); i++) {
                at += gaps.get(i).asInt();
                decoded[i] = at;
            }
            assertArrayEquals(ids, decoded, key);
        });
        assertEquals(zh.postings().size(), json.get("keys").size());
        assertTrue(Files.exists(site.out().resolve("assets/search-index-en.js")));
    }

    @Test
    void textThatJsonOrJavaScriptWouldReadOtherwiseIsWrittenEscapedAndReadsBackTheSame() throws Exception {
        String text = "a \"quote\", a back\\slash, a\nline, a\u2028separator, a \u0001 control, </script> 引号“”";
        SearchIndex index = new SearchIndex("zh", List.of(new SearchDocument(SearchDocument.Kind.SECTION, "x.html#a",
                "t", "c", text)), new java.util.TreeMap<>(java.util.Map.of("k", new int[] {0})));
        String js = new String(new SearchIndexWriter().write(index), StandardCharsets.UTF_8);
        assertTrue(js.indexOf('\u2028') < 0, "no raw line separator: JavaScript before 2019 ends a string there");
        JsonNode json = new ObjectMapper().readTree(js.substring(js.indexOf("] = ") + 4, js.lastIndexOf(';')));
        assertEquals(text, json.get("docs").get(0).get(4).asText());
    }
}
