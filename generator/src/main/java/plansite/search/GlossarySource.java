package plansite.search;

import java.util.ArrayList;
import java.util.List;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.Term;

/**
 * Every glossary entry: the term, its translation and other forms, its definition; shown with its pinyin.
 * Its other forms in the language are also the document's forms: search.js takes them as synonyms.
 */
final class GlossarySource implements SearchSource {
    @Override
    public List<SearchDocument> documents(Plan plan, Language lang) {
        String fallback = plan.site().defaultLanguage().code();
        boolean zh = "zh".equals(lang.code());
        List<SearchDocument> out = new ArrayList<>();
        for (Term t : plan.glossary()) {
            List<String> forms = t.forms(lang.code());
            String other = zh ? t.en() : t.zh();
            List<String> text = new ArrayList<>();
            text.add(other);
            text.addAll(forms.subList(1, forms.size()));
            text.add(t.definition().in(lang.code(), fallback));
            out.add(new SearchDocument(SearchDocument.Kind.TERM, "glossary.html#term-" + t.id(), forms.get(0),
                    t.pinyin(), String.join(" ", text), forms.subList(1, forms.size()), ""));
        }
        return out;
    }
}
