package plansite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern TERM_LINK = Pattern.compile("<a class=\"term\" href=\"glossary\\.html#term-([^\"]+)\"");

    private TermDefinitions() {}

    static List<Views.TermView> used(Plan plan, Language lang, List<Views.Part> parts) {
        Set<String> ids = new LinkedHashSet<>();
        for (Views.Part p : parts) {
            Matcher m = TERM_LINK.matcher(p.html().markup());
            while (m.find()) {
                ids.add(m.group(1));
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
