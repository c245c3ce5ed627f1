package plansite.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import plansite.model.Atlas;
import plansite.model.Chapter;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.MapInputs;
import plansite.model.Plan;
import plansite.model.Section;

/**
 * The maps and the county pages. Each map page is found by its title and introduction. A feature is a
 * document of its own only when the plan locates it outside a table (a mine named in a county's section):
 * a feature made from a table row would only repeat that row, which is found already and leads to the
 * plan's own text. Such a feature's snippet labels each value with its column (所在县区：灵丘县).
 * A county page holds the rows that name the county, the features that lie in it and its section's
 * headings: it is indexed with all of them, so that the page that gathers a county is found by anything
 * on it, and shows its name in the other languages and its section's title.
 */
final class MapSource implements SearchSource {
    private final Atlas atlas;

    MapSource(Atlas atlas) {
        this.atlas = atlas;
    }

    @Override
    public List<SearchDocument> documents(Plan plan, Language lang) {
        String code = lang.code();
        String fallback = plan.site().defaultLanguage().code();
        boolean zh = "zh".equals(code);
        String labelEnd = zh ? "：" : ": ";
        String valueEnd = zh ? "；" : "; ";
        Map<String, String> countyNames = atlas.counties().stream()
                .collect(Collectors.toMap(MapInputs.County::adcode, c -> c.name().in(code, fallback)));
        Map<String, Set<String>> held = new TreeMap<>();
        atlas.counties().forEach(c -> held.put(c.adcode(), new LinkedHashSet<>()));
        List<SearchDocument> out = new ArrayList<>();
        for (Atlas.ThematicMap m : atlas.maps()) {
            String page = "maps/" + m.id() + ".html";
            out.add(new SearchDocument(SearchDocument.Kind.MAP, page, text(m.title(), code, fallback), "",
                    text(m.intro(), code, fallback)));
            for (Atlas.Group g : m.groups()) {
                for (Atlas.Feature f : g.features()) {
                    String name = text(f.name(), code, fallback);
                    String title = f.id().isEmpty() ? name : f.id() + " " + name;
                    List<String> labelled = new ArrayList<>();
                    for (int c = 0; c < f.cells().size(); c++) {
                        String value = text(f.cells().get(c), code, fallback);
                        if (!value.isBlank()) {
                            String column = c < g.columns().size() ? text(g.columns().get(c), code, fallback) : "";
                            labelled.add(column.isEmpty() ? value : column + labelEnd + value);
                        }
                    }
                    // Its counties first (the map page heads them with a word of the templates, not of the
                    // plan, so they go unlabelled here), then each value with its column's header.
                    String counties = f.adcodes().stream().map(a -> countyNames.getOrDefault(a, a))
                            .collect(Collectors.joining(zh ? "、" : ", "));
                    String values = (counties.isEmpty() ? "" : counties + (labelled.isEmpty() ? "" : valueEnd))
                            + String.join(valueEnd, labelled);
                    for (String a : f.adcodes()) {
                        held.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(title + " " + values);
                    }
                    if (f.source().tableId() == null) {
                        out.add(new SearchDocument(SearchDocument.Kind.MAP, page + "#map-" + m.id(), title,
                                text(f.source().label(), code, fallback), values));
                    }
                }
            }
        }
        Map<String, String> rows = new java.util.HashMap<>();
        for (SearchDocument d : new TableSource().documents(plan, lang)) {
            if (d.kind() == SearchDocument.Kind.ROW) {
                rows.put(d.href(), d.title() + " " + d.text());
            }
        }
        for (Atlas.RowMention mention : atlas.mentions()) {
            String row = rows.get("tables/" + mention.source().tableId() + ".html#"
                    + TableSource.rowAnchor(mention.source().tableId(), mention.row() - 1));
            held.computeIfAbsent(mention.adcode(), k -> new LinkedHashSet<>())
                    .add(row != null ? row : text(mention.summary(), code, fallback));
        }
        for (MapInputs.County c : atlas.counties()) {
            List<String> shown = new ArrayList<>();
            new TreeMap<>(c.name().byLang()).forEach((l, name) -> {
                if (!l.equals(code)) {
                    shown.add(name);
                }
            });
            String sectionId = atlas.countySections().get(c.adcode());
            Set<String> holds = held.getOrDefault(c.adcode(), Set.of());
            if (sectionId != null) {
                List<String> headings = new ArrayList<>();
                for (Chapter ch : plan.chapters(code)) {
                    for (Section s : ch.sections()) {
                        if (s.id().equals(sectionId)) {
                            shown.add(ch.title() + " · " + s.title());
                        } else if (s.id().startsWith(sectionId + "-")) {
                            headings.add(s.title());
                        }
                    }
                }
                holds = new LinkedHashSet<>(holds);
                holds.addAll(headings);
            }
            out.add(new SearchDocument(SearchDocument.Kind.COUNTY, "counties/" + c.adcode() + ".html",
                    countyNames.get(c.adcode()), "", String.join(" ", shown), List.of(),
                    holds.stream().filter(Objects::nonNull).collect(Collectors.joining("\n"))));
        }
        return out;
    }

    private static String text(Localized l, String lang, String fallback) {
        String s = l == null ? null : l.in(lang, fallback);
        return s == null ? "" : s;
    }
}
