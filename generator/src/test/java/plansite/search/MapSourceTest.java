package plansite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plansite.FixtureSite;
import plansite.load.PlanLoader;
import plansite.load.ProjectLayout;
import plansite.model.Language;

class MapSourceTest {
    static plansite.model.LoadedPlan plan;

    @BeforeAll
    static void load() throws Exception {
        plan = plansite.TestPlans.load(FixtureSite.repo());
    }

    private static List<SearchDocument> maps(String lang) {
        Language l = plan.plan().languages().stream().filter(x -> x.code().equals(lang)).findFirst().orElseThrow();
        return new SearchIndexBuilder(plan.atlas().orElse(null)).build(plan.plan(), l).docs().stream()
                .filter(d -> d.kind() == SearchDocument.Kind.MAP).toList();
    }

    @Test
    void everyFeatureOfAMapLeadsToItsMapWithItsCodeNameAndCounties() {
        SearchDocument kz04 = maps("zh").stream().filter(d -> d.title().startsWith("KZ04 ")).findFirst().orElseThrow();
        assertEquals("maps/key-areas.html#map-key-areas", kz04.href());
        assertTrue(kz04.text().contains("灵丘县"), kz04.text());
        SearchDocument zone = maps("en").stream().filter(d -> d.title().startsWith("III5 ")).findFirst().orElseThrow();
        assertEquals("maps/remediation-zones.html#map-remediation-zones", zone.href());
        assertTrue(zone.text().contains("Guangling"), zone.text());
    }

    @Test
    void everyCountyPageIsFoundByItsNameInBothLanguages() {
        for (String lang : List.of("zh", "en")) {
            List<SearchDocument> counties = maps(lang).stream().filter(d -> d.href().startsWith("counties/")).toList();
            assertEquals(10, counties.size(), lang);
        }
        SearchDocument lingqiu = maps("en").stream().filter(d -> d.href().equals("counties/140224.html"))
                .findFirst().orElseThrow();
        assertEquals("Lingqiu County", lingqiu.title());
        assertTrue(lingqiu.text().contains("灵丘县"));
    }
}
