package plansite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plansite.export.DataFiles;
import plansite.export.JsonText;
import plansite.export.Ordered;
import plansite.model.Chapter;
import plansite.model.Html;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.Section;
import plansite.model.Table;

/** Models of the per-table pages and the data catalogue of one language. */
final class TablePages {
    static final String PAGE_FOLDER = "tables/";

    private final Plan plan;
    private final Language lang;
    private final Language fallback;
    /** The size in bytes of each download file, by file name. */
    private final Map<String, Integer> fileSizes;
    private final java.util.function.Function<Views.TableView, Html> tableHtml;
    /** The disagreement each note states, by "table/note" (made once per build: {@link TableHtml#disputes}). */
    private final Map<String, String> disputes;

    TablePages(Plan plan, Language lang, Map<String, Integer> fileSizes, Map<String, String> disputes,
            java.util.function.Function<Views.TableView, Html> tableHtml) {
        this.tableHtml = tableHtml;
        this.disputes = disputes;
        this.plan = plan;
        this.lang = lang;
        this.fallback = plan.site().defaultLanguage();
        this.fileSizes = fileSizes;
    }

    /** A site path of a table's page. */
    static String path(String lang, String tableId) {
        return lang + "/" + PAGE_FOLDER + tableId + ".html";
    }

    Views.TablePage page(Table t, String pagePath) {
        TableViews views = new TableViews(lang.code(), fallback.code(), fallback.htmlLang(), disputes);
        Optional<Chapter> chapter = plan.chapter(lang.code(), t.chapter()).or(() -> plan.chapter(fallback.code(), t.chapter()));
        String chapterTitle = chapter.map(Chapter::title).orElse(t.chapter());
        String sectionTitle = t.section() == null ? null
                : chapter.flatMap(c -> c.section(t.section())).map(Section::title).orElse(null);
        String where = Paths.link(pagePath, lang.code() + "/" + t.chapter() + ".html") + "#" + t.id();
        String title = text(t.label()) + " " + text(t.title());
        String citation = text(plan.site().publisher()) + ". " + text(plan.site().title()) + ", " + title + ". "
                + plan.site().publication().issueDate().getYear() + ". " + plan.site().baseUrl() + pagePath;
        Views.TableView view = views.view(t, null);
        return new Views.TablePage(view, tableHtml.apply(view), chapterTitle, sectionTitle, where,
                downloads(t, pagePath), citation, jsonLd(t, pagePath, title));
    }

    /** The downloads of a table, each with the message key of its label (see site-templates/i18n.ftlh). */
    List<Views.Download> downloads(Table t, String fromPath) {
        List<Views.Download> out = new ArrayList<>();
        for (String name : DataFiles.names(t.id())) {
            String labelKey;
            String format;
            if (name.endsWith(".zh.csv")) {
                labelKey = "downloadCsvZh";
                format = "CSV";
            } else if (name.endsWith(".en.csv")) {
                labelKey = "downloadCsvEn";
                format = "CSV";
            } else if (name.endsWith(".notes.csv")) {
                labelKey = "downloadCsvNotes";
                format = "CSV";
            } else if (name.endsWith(".tidy.csv")) {
                labelKey = "downloadCsvTidy";
                format = "CSV";
            } else if (name.endsWith(".xlsx")) {
                labelKey = "downloadXlsx";
                format = "XLSX";
            } else {
                labelKey = "downloadJson";
                format = "JSON";
            }
            out.add(new Views.Download(labelKey, Paths.link(fromPath, DataFiles.FOLDER + name), format,
                    size(fileSizes.get(name))));
        }
        return out;
    }

    Views.CataloguePage catalogue(String pagePath) {
        List<Views.CatalogueEntry> entries = new ArrayList<>();
        List<Views.Link> chapters = new ArrayList<>();
        for (Chapter c : plan.chapters(fallback.code())) {
            Chapter shown = plan.chapter(lang.code(), c.id()).orElse(c);
            List<Table> tables = plan.tables().stream().filter(t -> t.chapter().equals(c.id())).toList();
            if (!tables.isEmpty()) {
                chapters.add(new Views.Link(shown.title(), c.id()));
            }
            // In the order the plan prints them: by their place in the chapter, derived tables after.
            List<String> placed = c.tablePlacements().stream().map(p -> p.tableId()).toList();
            tables.stream().sorted(java.util.Comparator.comparingInt((Table t) -> placed.indexOf(t.id())))
                    .forEach(t -> entries.add(new Views.CatalogueEntry(t.id(), text(t.label()), text(t.title()), c.id(),
                            shown.title(), t.rows().size(), Paths.link(pagePath, path(lang.code(), t.id())),
                            downloads(t, pagePath), t.isDerived())));
        }
        String zip = DataFiles.zipName(plan.site());
        String combined = DataFiles.combinedName(plan.site());
        return new Views.CataloguePage(entries, chapters, Paths.link(pagePath, DataFiles.FOLDER + zip),
                size(fileSizes.get(zip)), Paths.link(pagePath, DataFiles.FOLDER + DataFiles.PACKAGE),
                Paths.link(pagePath, DataFiles.FOLDER + combined), size(fileSizes.get(combined)),
                Paths.link(pagePath, DataFiles.FOLDER + DataFiles.README),
                Paths.link(pagePath, DataFiles.FOLDER + DataFiles.LICENSE),
                Paths.link(pagePath, DataFiles.FOLDER + DataFiles.CHANGELOG));
    }

    /** schema.org Dataset, for search engines and data portals; "<" escaped so it cannot end the script element. */
    private Html jsonLd(Table t, String pagePath, String title) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@context", "https://schema.org");
        d.put("@type", "Dataset");
        d.put("name", title);
        d.put("description", title + " — " + text(plan.site().title()));
        d.put("url", plan.site().baseUrl() + pagePath);
        d.put("identifier", t.id());
        d.put("inLanguage", plan.languages().stream().map(Language::htmlLang).toList());
        d.put("isAccessibleForFree", true);
        d.put("creator", Ordered.map("@type", "Organization", "name", text(plan.site().publisher())));
        d.put("datePublished", plan.site().publication().issueDate().toString());
        var period = plan.site().period();
        d.put("temporalCoverage", period.baseYear() + "/" + period.endYear());
        d.put("spatialCoverage", Ordered.map("@type", "Place", "name", text(plan.site().place())));
        d.put("isPartOf", Ordered.map("@type", "CreativeWork", "name", text(plan.site().title()),
                "url", plan.site().baseUrl()));
        List<Object> distribution = new ArrayList<>();
        for (String name : DataFiles.names(t.id())) {
            String type = name.endsWith(".csv") ? "text/csv" : name.endsWith(".xlsx")
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/json";
            distribution.add(Ordered.map("@type", "DataDownload", "encodingFormat", type,
                    "contentUrl", plan.site().baseUrl() + DataFiles.FOLDER + name));
        }
        d.put("distribution", distribution);
        return new Html(JsonText.compact(d).replace("<", "\\u003c"));
    }

    private String text(plansite.model.Localized l) {
        return l == null ? "" : l.in(lang.code(), fallback.code());
    }

    static String size(int bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        // Tenths of a KB, rounded half up as "%.1f" would (String.format costs more than the page here).
        long tenths = (bytes * 10L + 512) / 1024;
        return tenths / 10 + "." + tenths % 10 + " KB";
    }
}
