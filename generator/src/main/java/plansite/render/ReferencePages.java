package plansite.render;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.Term;
import plansite.model.Unit;

/** Models of the glossary and units pages, in the order each language's readers look things up. */
final class ReferencePages {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private ReferencePages() {}

    static Views.GlossaryPage glossary(Plan plan, Language lang) {
        boolean chinese = "zh".equals(lang.code());
        // Each term's sort key made once, not at every comparison (a large glossary sorts in n log n).
        Function<Term, String> key = chinese ? t -> plain(t.pinyin()) : t -> t.en().toLowerCase(Locale.ROOT);
        Comparator<Map.Entry<String, Term>> order = Map.Entry.comparingByKey();
        if (chinese) {
            order = order.thenComparing(e -> e.getValue().pinyin());
        }
        return new Views.GlossaryPage(plan.glossary().stream().map(t -> Map.entry(key.apply(t), t)).sorted(order)
                .map(e -> view(plan, lang, e.getValue())).toList());
    }

    /** One term as the pages show it in {@code lang}. */
    static Views.TermView view(Plan plan, Language lang, Term t) {
        boolean chinese = "zh".equals(lang.code());
        return new Views.TermView(t.id(), chinese ? t.zh() : t.en(), chinese ? t.en() : t.zh(),
                chinese ? "en" : "zh-Hans", t.pinyin(), t.definition().in(lang.code(), plan.site().defaultLanguage().code()));
    }

    static Views.UnitsPage units(Plan plan, Language lang) {
        boolean chinese = "zh".equals(lang.code());
        List<Views.UnitView> units = plan.units().stream()
                .map((Unit u) -> new Views.UnitView(u.name().in(lang.code()), u.name().in(chinese ? "en" : "zh"),
                        chinese ? "en" : "zh-Hans", u.meaning().in(lang.code(), plan.site().defaultLanguage().code())))
                .toList();
        return new Views.UnitsPage(units);
    }

    /** Pinyin without tone marks, for sorting: zhōng → zhong. */
    static String plain(String pinyin) {
        return MARKS.matcher(Normalizer.normalize(pinyin, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)
                .replace(" ", "");
    }
}
