package plansite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plansite.FixtureSite;
import plansite.model.Language;

/** What the maps and county pages give the search, on the real plan. */
class MapSourceTest {
    static plansite.model.LoadedPlan plan;

    @BeforeAll
    static void load() throws Exception {
        plan = plansite.TestPlans.load(FixtureSite.repo());
    }

    private static List<SearchDocument> docs(String lang) {
        Language l = plan.plan().languages().stream().filter(x -> x.code().equals(lang)).findFirst().orElseThrow();
        return new SearchIndexBuilder(plan.atlas().orElse(null)).documents(plan.plan(), l);
    }

    private static List<SearchDocument> of(String lang, SearchDocument.Kind kind) {
        return docs(lang).stream().filter(d -> d.kind() == kind).toList();
    }

    @Test
    void aFeatureMadeFromATableRowIsNotADocumentOfItsOwnTheRowIs() {
        List<SearchDocument> kz04 = of("zh", SearchDocument.Kind.MAP).stream().filter(d -> d.title().startsWith("KZ04 ")).toList();
        assertFalse(kz04.stream().anyMatch(d -> d.href().startsWith("maps/key-areas.html")), kz04.toString());
        assertTrue(of("zh", SearchDocument.Kind.ROW).stream().anyMatch(d -> d.href().equals("tables/zl-10.html#zl-10-r4")));
    }

    @Test
    void aFeatureThePlanLocatesOutsideATableIsFoundWithItsValuesLabelledByTheirColumns() {
        SearchDocument kz04 = of("zh", SearchDocument.Kind.MAP).stream().filter(d -> d.title().startsWith("KZ04 "))
                .findFirst().orElseThrow();
        assertEquals("maps/county-sections.html#map-county-sections", kz04.href());
        assertTrue(kz04.text().startsWith("广灵县；类别：重点勘查区；"), kz04.text());
        SearchDocument en = of("en", SearchDocument.Kind.MAP).stream().filter(d -> d.title().startsWith("KZ04 "))
                .findFirst().orElseThrow();
        assertTrue(en.text().matches("Guangling County; \\S[^;]*: .*"), en.text());
    }

    @Test
    void everyMapPageIsADocumentFoundByItsTitle() {
        List<String> pages = of("en", SearchDocument.Kind.MAP).stream().map(SearchDocument::href)
                .filter(h -> !h.contains("#")).toList();
        assertEquals(plan.atlas().orElseThrow().maps().size(), pages.size(), pages.toString());
        assertTrue(pages.contains("maps/key-areas.html"), pages.toString());
    }

    @Test
    void everyCountyPageIsFoundByItsNameAndByWhatItHolds() {
        for (String lang : List.of("zh", "en")) {
            assertEquals(10, of(lang, SearchDocument.Kind.COUNTY).size(), lang);
        }
        SearchDocument lingqiu = of("en", SearchDocument.Kind.COUNTY).stream()
                .filter(d -> d.href().equals("counties/140224.html")).findFirst().orElseThrow();
        assertEquals("Lingqiu County", lingqiu.title());
        assertTrue(lingqiu.text().contains("灵丘县"), lingqiu.text());
        assertTrue(lingqiu.held().contains("KZ04"), "its key exploration area");
        assertTrue(lingqiu.held().contains("III7"), "its remediation zones");
        List<String> keys = SearchIndexBuilder.keys(lingqiu);
        assertTrue(keys.contains("kz04") && keys.contains("iii7"), keys.toString());
        SearchDocument guangling = of("zh", SearchDocument.Kind.COUNTY).stream()
                .filter(d -> d.href().equals("counties/140223.html")).findFirst().orElseThrow();
        assertTrue(guangling.text().contains("第三节 广灵县矿产资源规划"), "its section's title: " + guangling.text());
        assertTrue(guangling.held().contains("CFJ9-1 "), "the rows of its section's tables");
        assertTrue(guangling.held().contains("（一）矿产资源现状"), "its section's headings");
    }
}
