package plansite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.Term;

/**
 * The definitions of the glossary terms a page links to, for the page to show in place (assets/
 * wayfinding.js opens one beside its term; a link to the glossary stays for readers without the script).
 * The terms are found in the page's prose by the links the loader's term linker wrote
 * ({@code <a class="term" href="glossary.html#term-…">}), in the order they first appear.
 */
final class TermDefinitions {
    /** How a chapter's link to a glossary entry starts (load.TermLinker writes it); the entry's id follows. */
    private static final String TERM_LINK = "<a class=\"term\" href=\"glossary.html#term-";

    private TermDefinitions() {}

    static List<Views.TermView> used(Plan plan, Language lang, List<Views.Part> parts) {
        Set<String> ids = new LinkedHashSet<>();
        for (Views.Part p : parts) {
            String html = p.html().markup();
            // A search for the link's fixed start, then its id to the quote: a regular expression over every
            // page's whole text took several milliseconds of each rebuild in serve.
            for (int at = html.indexOf(TERM_LINK); at >= 0; at = html.indexOf(TERM_LINK, at)) {
                at += TERM_LINK.length();
                int end = html.indexOf('"', at);
                if (end > at) {
                    ids.add(html.substring(at, end));
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Term> terms = new HashMap<>();
        plan.glossary().stream().filter(t -> ids.contains(t.id())).forEach(t -> terms.put(t.id(), t));
        List<Views.TermView> out = new ArrayList<>();
        for (String id : ids) {
            Term t = terms.get(id);
            if (t != null) {
                out.add(ReferencePages.view(plan, lang, t));
            }
        }
        return out;
    }
}
