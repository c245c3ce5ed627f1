package plansite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.Plan;
import plansite.model.SiteSettings;

/**
 * What every page shares around its own content: the page record the layout template reads (title,
 * language switch, canonical address, breadcrumb) and the site's settings in one language.
 */
final class PageFrame {
    private final Plan plan;
    private final boolean hasMaps;

    PageFrame(Plan plan, boolean hasMaps) {
        this.plan = plan;
        this.hasMaps = hasMaps;
    }

    Plan plan() {
        return plan;
    }

    boolean hasMaps() {
        return hasMaps;
    }

    /** The same page in every language: {@code lang/page.html}. */
    Map<String, String> inEveryLanguage(String page) {
        Map<String, String> out = new LinkedHashMap<>();
        plan.languages().forEach(l -> out.put(l.code(), l.code() + "/" + page + ".html"));
        return out;
    }

    /** Site paths of one page in every language: the chapter where it exists, else that language's home. */
    Map<String, String> chapterInEveryLanguage(String chapterId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Language l : plan.languages()) {
            boolean exists = chapterId != null
                    && plan.chapters(l.code()).stream().anyMatch(c -> c.id().equals(chapterId));
            out.put(l.code(), exists ? Paths.chapter(l.code(), chapterId) : Paths.home(l.code()));
        }
        return out;
    }

    /**
     * The frame of a page that is the same in every language (about, glossary…): its title and
     * description are words of the interface, so the template supplies them.
     */
    Views.Page editionPage(Language lang, String path, String kind) {
        List<Views.Link> crumbs = List.of(new Views.Link(text(plan.site().title(), lang), "index.html"));
        return page(lang, path, kind, null, null, inEveryLanguage(kind), crumbs);
    }

    /**
     * The frame of a map or county page; its title comes from the template, its crumbs lead up to {@code up},
     * whose title is {@code upTitle}.
     */
    Views.Page mapPage(Language lang, String path, String kind, String up, String upTitle,
            Map<String, String> alternates) {
        List<Views.Link> crumbs = new ArrayList<>();
        crumbs.add(new Views.Link(text(plan.site().title(), lang), Paths.link(path, Paths.home(lang.code()))));
        if (up != null) {
            crumbs.add(new Views.Link(upTitle, Paths.link(path, up)));
        }
        return page(lang, path, kind, null, null, alternates, crumbs);
    }

    Views.Page page(Language lang, String path, String kind, String title, String description,
            Map<String, String> alternatePaths, List<Views.Link> breadcrumb) {
        SiteSettings s = plan.site();
        List<Views.Alternate> alternates = plan.languages().stream()
                .map(l -> {
                    String target = "root".equals(kind) || "404".equals(kind)
                            ? Paths.home(l.code()) : alternatePaths.get(l.code());
                    return new Views.Alternate(l.code(), l.htmlLang(), l.name(), Paths.link(path, target),
                            s.baseUrl() + target, l.code().equals(lang.code()) && !"root".equals(kind));
                })
                .toList();
        return new Views.Page(lang.code(), lang.htmlLang(), ogLocale(lang), Paths.root(path),
                Paths.root(path) + lang.code() + "/", path, kind, title, description,
                s.baseUrl() + ("index.html".equals(path) ? "" : path), alternates, site(lang), breadcrumb);
    }

    /** Open Graph wants language_TERRITORY; Simplified Chinese is read in zh_CN. */
    private static String ogLocale(Language lang) {
        return switch (lang.code()) {
            case "zh" -> "zh_CN";
            case "en" -> "en_US";
            default -> lang.htmlLang().replace('-', '_');
        };
    }

    private Views.Site site(Language lang) {
        SiteSettings s = plan.site();
        var pub = s.publication();
        var p = s.period();
        return new Views.Site(text(s.title(), lang), text(s.description(), lang), text(s.publisher(), lang),
                text(s.siteName(), lang), s.siteDomain(), s.siteIdCode(), text(s.columnName(), lang),
                text(s.contentSource(), lang), s.pubDate().toString(),
                s.footer().stream().map(f -> text(f, lang)).toList(),
                s.map().reviewNumber(),
                new Views.Publication(text(pub.issuedBy(), lang), DateText.format(pub.issueDate(), lang.code()),
                        text(pub.issueNote(), lang), pub.copyTo().stream().map(c -> text(c, lang)).toList()),
                new Views.Period(p.baseYear(), p.startYear(), p.endYear(), p.outlookYear()),
                s.figures().stream().map(f -> text(f, lang)).toList(),
                text(s.figuresNote(), lang), text(s.searchExample(), lang), !plan.glossary().isEmpty(),
                !plan.units().isEmpty(), hasMaps, plan.glance() != null, openData(lang),
                s.summary().stream().map(x -> text(x, lang)).toList(),
                s.officialNotice() == null ? null
                        : new Views.Link(text(s.officialNotice().text(), lang), s.officialNotice().url()));
    }

    /** The data's terms in the page's language; the boundaries' licence last, when the site has maps. */
    private Views.OpenData openData(Language lang) {
        SiteSettings.OpenData o = plan.site().openData();
        List<Views.Licence> licences = new java.util.ArrayList<>();
        java.util.function.Function<String, String> elsewhere = url -> url.startsWith(plan.site().baseUrl()) ? null : url;
        o.licences().forEach(l -> licences.add(new Views.Licence(text(l.appliesTo(), lang), text(l.title(), lang),
                l.name(), elsewhere.apply(l.path()), text(l.terms(), lang))));
        SiteSettings.Boundaries b = plan.site().map().boundaries();
        if (hasMaps && b != null) {
            licences.add(new Views.Licence(text(b.title(), lang), b.licence().title(), b.licence().name(),
                    elsewhere.apply(b.licence().path()), text(b.credit(), lang)));
        }
        java.time.LocalDate date = java.time.OffsetDateTime.parse(o.released()).toLocalDate();
        List<String> codes = plan.languages().stream().map(Language::code).toList();
        List<Views.Dimension> dimensions = o.dimensions().stream().map(d -> new Views.Dimension(String.join(", ",
                codes.stream().map(c -> d.name() + "_" + c).toList()), text(d.description(), lang))).toList();
        return new Views.OpenData(o.version(), DateText.format(date, lang.code()), date.toString(), licences,
                text(o.citation(), lang), dimensions);
    }

    static String text(Localized l, Language lang) {
        return l == null ? null : l.in(lang.code());
    }
}
