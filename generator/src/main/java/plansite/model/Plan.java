package plansite.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole input, loaded and validated: settings, chapters per language (in order), tables; and the
 * at-a-glance page's figures ({@code data/glance.yaml}), or null when the plan has none.
 */
public record Plan(
        SiteSettings site,
        Map<String, List<Chapter>> chaptersByLang,
        List<Table> tables,
        List<Erratum> errata,
        List<ProseCheck> proseChecks,
        List<Disagreement> disagreements,
        List<Term> glossary,
        List<Unit> units,
        List<Finding> findings,
        Glance glance) {

    public Plan {
        chaptersByLang = Immutable.orderedMap(chaptersByLang, List::copyOf);
        tables = TableList.of(tables);
        errata = List.copyOf(errata);
        proseChecks = List.copyOf(proseChecks);
        disagreements = List.copyOf(disagreements);
        glossary = List.copyOf(glossary);
        units = List.copyOf(units);
        findings = List.copyOf(findings);
    }

    public Plan withFindings(List<Finding> computed) {
        return new Plan(site, chaptersByLang, tables, errata, proseChecks, disagreements, glossary, units, computed,
                glance);
    }

    /** The plan with every disagreement: those recorded, and those the check phase found on its own. */
    public Plan withDisagreements(List<Disagreement> all) {
        return new Plan(site, chaptersByLang, tables, errata, proseChecks, all, glossary, units, findings, glance);
    }

    public Optional<Chapter> chapter(String lang, String id) {
        return chapters(lang).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Language> languages() {
        return site.languages();
    }

    public List<Chapter> chapters(String lang) {
        return chaptersByLang.getOrDefault(lang, List.of());
    }

    public Optional<Glance> glanceOf() {
        return Optional.ofNullable(glance);
    }

    public Optional<Table> table(String id) {
        return ((TableList) tables).byId(id);
    }
}
