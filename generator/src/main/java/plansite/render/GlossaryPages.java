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
                    () -> Map.of("page", site.frame().editionPage(lang, path, GLOSSARY),
                            "glossary", ReferencePages.glossary(site.plan(), lang))));
        }
        if (!site.plan().units().isEmpty()) {
            String path = lang.code() + "/" + UNITS + ".html";
            routes.add(Route.page(path, UNITS, site.frame().inEveryLanguage(UNITS), UNITS + ".ftlh",
                    () -> Map.of("page", site.frame().editionPage(lang, path, UNITS),
                            "units", ReferencePages.units(site.plan(), lang))));
        }
        return routes;
    }
}
