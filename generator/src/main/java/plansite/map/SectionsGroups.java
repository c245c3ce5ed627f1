package plansite.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plansite.diag.Diagnostics;
import plansite.diag.Suggestion;
import plansite.model.Atlas;
import plansite.model.Cell;
import plansite.model.Chapter;
import plansite.model.Localized;
import plansite.model.MapInputs;
import plansite.model.Plan;
import plansite.model.Quotes;
import plansite.model.Section;
import plansite.model.Table;

/**
 * What the county sections of the plan list, as one group of features: for each section, the rows of
 * its tables (each a thing of the kind data/maps.yaml gives the table), then what its text names, by name
 * or by the code of another map's feature (whose table must agree on the county).
 */
final class SectionsGroups {
    private final Plan plan;
    private final MapInputs inputs;
    private final FeatureTexts texts;
    private final Diagnostics diags;
    /** Each section's text made ready for quotes once (by identity: a record's hash would read its whole text). */
    private final java.util.Map<Section, Quotes.Text> sectionTexts = new java.util.IdentityHashMap<>();

    SectionsGroups(Plan plan, MapInputs inputs, FeatureTexts texts, Diagnostics diags) {
        this.plan = plan;
        this.inputs = inputs;
        this.texts = texts;
        this.diags = diags;
    }

    /** The tables of the county sections, in order. */
    List<String> tableIds() {
        List<String> out = new ArrayList<>();
        inputs.countySections().forEach(s -> s.tables().forEach(t -> out.add(t.tableId())));
        return out;
    }

    /** {@code byCode}: the features of the other maps that have a code, by code. */
    Atlas.Group group(MapInputs.SectionsGroup g, Map<String, Atlas.Feature> byCode) {
        List<Atlas.Feature> features = new ArrayList<>();
        for (MapInputs.CountySection s : inputs.countySections()) {
            List<String> county = List.of(s.adcode());
            s.tables().forEach(t -> addRows(features, t, county));
            for (MapInputs.Item item : s.items()) {
                Atlas.Source source = source(s.section(), item.quote());
                Localized kind = inputs.kinds().get(item.kind());
                if (item.ref() == null) {
                    features.add(new Atlas.Feature("", item.name(), county, Arrays.asList(kind, null), List.of(),
                            source, null));
                    continue;
                }
                Atlas.Feature ref = byCode.get(item.ref());
                if (ref == null) {
                    diags.error(item.pos(), "unknown code '" + item.ref() + "'; expected the code of a feature of"
                            + " another map" + examples(byCode) + Suggestion.of(item.ref(), byCode.keySet()));
                    continue;
                }
                if (!ref.adcodes().contains(s.adcode())) {
                    diags.error(item.pos(), "'" + item.ref() + "' does not lie in the county of section '"
                            + s.section() + "' according to its table");
                }
                // Its source is the section that names it; its own box is where the plan describes it.
                features.add(new Atlas.Feature(ref.id(), ref.name(), county, Arrays.asList(kind, ref.source().label()),
                        List.of(), source, null));
            }
        }
        List<Localized> columns = List.of(g.kindColumn(), g.seeAlsoColumn());
        return new Atlas.Group(g.key(), g.caption(), columns, Arrays.asList(null, null), features);
    }

    /** " (e.g. A, B)": the first two codes, or nothing when there are none. */
    static String examples(Map<String, Atlas.Feature> byCode) {
        List<String> first = byCode.keySet().stream().limit(2).toList();
        return first.isEmpty() ? "" : " (e.g. " + String.join(", ", first) + ")";
    }

    private void addRows(List<Atlas.Feature> features, MapInputs.SectionTable st, List<String> county) {
        Table t = plan.table(st.tableId()).orElseThrow();
        Localized kind = inputs.kinds().get(st.kind());
        for (int r = 0; r < t.rows().size(); r++) {
            // A number in the code column is the row's number, not a code.
            String code = "";
            if (st.code() >= 0) {
                Cell first = t.origin(r, st.code());
                code = first.isNumeric() ? "" : texts.display(first);
            }
            Localized name = st.name() >= 0 ? FeatureTexts.text(t.origin(r, st.name())) : null;
            features.add(new Atlas.Feature(code, name, county, Arrays.asList(kind, null),
                    List.of(), texts.tableSource(t), null));
        }
    }

    /** The section (or sub-section) whose text has the quote. */
    Atlas.Source source(String sectionId, String quote) {
        String zh = texts.lang();
        Chapter chapter = plan.chapters(zh).stream().filter(c -> c.section(sectionId).isPresent()).findFirst()
                .orElseThrow();
        Section where = chapter.sections().stream()
                .filter(s -> s.id().equals(sectionId) || s.id().startsWith(sectionId + "-"))
                .filter(s -> sectionTexts.computeIfAbsent(s, k -> Quotes.of(s.text())).contains(quote)).findFirst()
                .orElse(chapter.section(sectionId).orElseThrow());
        Map<String, String> label = new LinkedHashMap<>();
        for (String lang : texts.langs()) {
            Chapter c = plan.chapter(lang, chapter.id()).orElse(chapter);
            String title = c.section(where.id()).map(Section::title).orElse(where.title());
            label.put(lang, c.title() + " · " + title);
        }
        return new Atlas.Source(chapter.id(), where.id(), null, new Localized(label));
    }
}
