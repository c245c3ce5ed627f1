package plansite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import plansite.model.Language;

/** The glossary and the units page, each where the plan has any. */
final class GlossaryPages implements PageKind {
    static final String GLOSSARY = "glossary";
    static final String UNITS = "units";

    private final PageContext site;

    GlossaryPages(PageContext site) {
        this.site = site;
    }

    @Override
    public List<Route> routes(Language lang) {
        List<Route> routes = new ArrayList<>();
        if (!site.plan().glossary().isEmpty()) {
            String path = lang.code() + "/" + GLOSSARY + ".html";
            routes.add(Route.page(path, GLOSSARY, site.frame().inEveryLanguage(GLOSSARY), GLOSSARY + ".ftlh",
                    () -> {
                        Views.GlossaryPage glossary = ReferencePages.glossary(site.plan(), lang);
                        return Map.of("page", site.frame().editionPage(lang, path, GLOSSARY), "glossary", glossary,
                                "index", index(glossary, lang));
                    }));
        }
        if (!site.plan().units().isEmpty()) {
            String path = lang.code() + "/" + UNITS + ".html";
            routes.add(Route.page(path, UNITS, site.frame().inEveryLanguage(UNITS), UNITS + ".ftlh",
                    () -> Map.of("page", site.frame().editionPage(lang, path, UNITS),
                            "units", ReferencePages.units(site.plan(), lang))));
        }
        return routes;
    }

    /** The glossary's terms under their initial letter, in the page's order, and the index that links to them. */
    public record Letter(String letter, String id, List<Views.TermView> terms) {
        public Letter {
            terms = List.copyOf(terms);
        }
    }

    /**
     * The letters of the glossary: in Chinese the initial of each term's pinyin (data/glossary.yaml gives
     * every term's), in other languages the initial of the term; anything but a Latin letter under "#".
     * The page lists the terms in this order already (ReferencePages), so each letter is one run.
     */
    static List<Letter> index(Views.GlossaryPage glossary, Language lang) {
        boolean chinese = "zh".equals(lang.code());
        // A to Z, then "#"; within a letter, the page's order.
        Map<String, List<Views.TermView>> runs = new java.util.TreeMap<>(
                java.util.Comparator.comparing((String l) -> l.equals("#")).thenComparing(l -> l));
        for (Views.TermView t : glossary.terms()) {
            String key = (chinese ? ReferencePages.plain(t.pinyin()) : ReferencePages.plain(t.term()))
                    .toUpperCase(java.util.Locale.ROOT);
            // The first letter, past any opening quote or bracket ('"clean ore" transfer' is under C).
            int first = key.chars().filter(Character::isLetterOrDigit).findFirst().orElse('#');
            String letter = first >= 'A' && first <= 'Z' ? String.valueOf((char) first) : "#";
            runs.computeIfAbsent(letter, k -> new ArrayList<>()).add(t);
        }
        List<Letter> out = new ArrayList<>();
        runs.forEach((letter, terms) -> out.add(new Letter(letter, "letter-" + ("#".equals(letter) ? "other"
                : letter.toLowerCase(java.util.Locale.ROOT)), terms)));
        return out;
    }
}
