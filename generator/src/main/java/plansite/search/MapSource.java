package plansite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import plansite.model.Atlas;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.MapInputs;
import plansite.model.Plan;

/**
 * The maps' features and the county pages: each feature of a thematic map (its code, name, counties
 * and cells) leads to its map; each county leads to its page.
 */
final class MapSource implements SearchSource {
    private final Atlas atlas;

    MapSource(Atlas atlas) {
        this.atlas = atlas;
    }

    @Override
    public List<SearchDocument> documents(Plan plan, Language lang) {
        String fallback = plan.site().defaultLanguage().code();
        Map<String, String> countyNames = atlas.counties().stream()
                .collect(Collectors.toMap(MapInputs.County::adcode, c -> c.name().in(lang.code(), fallback)));
        List<SearchDocument> out = new ArrayList<>();
        for (Atlas.ThematicMap m : atlas.maps()) {
            for (Atlas.Group g : m.groups()) {
                for (Atlas.Feature f : g.features()) {
                    String name = text(f.name(), lang, fallback);
                    List<String> words = new ArrayList<>();
                    f.adcodes().forEach(a -> words.add(countyNames.getOrDefault(a, a)));
                    f.cells().stream().filter(java.util.Objects::nonNull).forEach(c -> words.add(text(c, lang, fallback)));
                    out.add(new SearchDocument(SearchDocument.Kind.MAP, "maps/" + m.id() + ".html#map-" + m.id(),
                            f.id().isEmpty() ? name : f.id() + " " + name, text(f.source().label(), lang, fallback),
                            String.join(" ", words)));
                }
            }
        }
        for (MapInputs.County c : atlas.counties()) {
            String other = new java.util.TreeMap<>(c.name().byLang()).entrySet().stream()
                    .filter(e -> !e.getKey().equals(lang.code()))
                    .map(Map.Entry::getValue).collect(Collectors.joining(" "));
            out.add(new SearchDocument(SearchDocument.Kind.MAP, "counties/" + c.adcode() + ".html",
                    countyNames.get(c.adcode()), "", other));
        }
        return out;
    }

    private static String text(Localized l, Language lang, String fallback) {
        return l == null ? "" : l.in(lang.code(), fallback);
    }
}
