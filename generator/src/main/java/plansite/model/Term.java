package plansite.model;

import java.util.List;
import plansite.diag.SourcePos;

/**
 * A glossary entry: the Chinese term with its pinyin, the English term, the other forms the texts use
 * for it, and a one-sentence definition in each language.
 */
public record Term(String id, String zh, String pinyin, String en, List<String> variants, List<String> zhVariants,
        Localized definition, SourcePos pos) {

    public Term {
        variants = variants == null ? List.of() : List.copyOf(variants);
        zhVariants = zhVariants == null ? List.of() : List.copyOf(zhVariants);
    }

    /** The forms of the term in a language: the term first, then its variants. */
    public List<String> forms(String lang) {
        List<String> out = new java.util.ArrayList<>();
        if ("zh".equals(lang)) {
            out.add(zh);
            out.addAll(zhVariants);
        } else {
            out.add(en);
            out.addAll(variants);
        }
        return out;
    }
}
