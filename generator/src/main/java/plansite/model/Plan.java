package plansite.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole input, loaded and validated: settings, chapters per language (in order), tables. */
public record Plan(SiteSettings site, Map<String, List<Chapter>> chaptersByLang, List<Table> tables) {

    public Plan {
        chaptersByLang = Map.copyOf(chaptersByLang);
        tables = List.copyOf(tables);
    }

    public List<Language> languages() {
        return site.languages();
    }

    public List<Chapter> chapters(String lang) {
        return chaptersByLang.getOrDefault(lang, List.of());
    }

    public Optional<Table> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
