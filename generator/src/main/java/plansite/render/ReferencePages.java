package plansite.render;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.Term;
import plansite.model.Unit;

/** Models of the glossary and units pages, in the order each language's readers look things up. */
final class ReferencePages {
    private ReferencePages() {}

    static Views.GlossaryPage glossary(Plan plan, Language lang) {
        boolean chinese = "zh".equals(lang.code());
        String otherLang = chinese ? "en" : "zh-Hans";
        Comparator<Term> order = chinese
                ? Comparator.comparing((Term t) -> plain(t.pinyin())).thenComparing(Term::pinyin)
                : Comparator.comparing((Term t) -> t.en().toLowerCase(Locale.ROOT));
        return new Views.GlossaryPage(plan.glossary().stream().sorted(order)
                .map(t -> new Views.TermView(t.id(), chinese ? t.zh() : t.en(), chinese ? t.en() : t.zh(), otherLang,
                        t.pinyin(), t.definition().in(lang.code(), plan.site().defaultLanguage().code())))
                .toList());
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
        return Normalizer.normalize(pinyin, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace(" ", "");
    }
}
