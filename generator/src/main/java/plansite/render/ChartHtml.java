package plansite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import plansite.memo.Fingerprint;
import plansite.model.Html;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.Table;

/**
 * A table's chart as it stands in a page: the SVG inside a figure with its title, its one-sentence summary,
 * the notes it cites (linked to the table's), a link to the table (the full alternative to the chart) and
 * the download of the chart as a standalone SVG file; and that file.
 */
final class ChartHtml {
    static final String FOLDER = "charts/";

    private final Plan plan;
    private final Words words;
    /** The table notes that record a disagreement, by "table/note": the table's own numbering needs them. */
    private final Map<String, String> disputes;
    /** Each chart's file, made once per language: the pages give its size, the files phase writes it. */
    private final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
    private final Layouts layouts;
    /** What a table's chart in a language is made from ({@link TableHtml#key}). */
    private final BiFunction<Language, Table, Fingerprint> keys;

    ChartHtml(Plan plan, Words words, Map<String, String> disputes, Layouts layouts,
            BiFunction<Language, Table, Fingerprint> keys) {
        this.disputes = disputes;
        this.plan = plan;
        this.words = words;
        this.layouts = layouts;
        this.keys = keys;
    }

    /** The site path of a table's chart file in one language. */
    static String path(String lang, String tableId) {
        return lang + "/" + FOLDER + tableId + ".svg";
    }

    /** A note a chart cites: its number on the marks, its text, and where it stands from the page. */
    record CitedNote(int number, String text, String href) {}

    /**
     * What stands around a chart's SVG: its element id, the label before its title (a table's, "专栏 9"), the
     * figures drawn, the notes cited, the source line its file and its picture carry, the picture's file name.
     */
    record Shown(String id, String label, ChartSvg.Data data, List<CitedNote> notes, String source, String pngName) {}

    /**
     * @param tableHref where the table stands, from the page ("#zl-04", or its own page's)
     * @param tablePage the table's page from this page, for its notes' anchors ("" on a page that shows the table)
     * @param fileHref the chart's SVG file from the page
     */
    String figure(Language lang, Table t, String tableHref, String tablePage, String fileHref) {
        Fingerprint key = Fingerprint.of("chart").text(lang.code()).text(t.id()).text(tableHref).text(tablePage)
                .text(fileHref).fingerprint(keys.apply(lang, t)).build();
        return layouts.layout(key, () -> new Html(figure(chartWords(lang), shown(lang, t, tablePage), tableHref,
                fileHref, file(lang, t).length))).markup();
    }

    /**
     * A chart drawn from several tables (the glance's targets against their base year), through the layouts:
     * {@code key} names it and holds what it is made from besides those tables, their keys and the chart words.
     */
    Html layout(Fingerprint.Builder key, Language lang, java.util.Collection<Table> from,
            java.util.function.Supplier<Html> make) {
        from.forEach(t -> key.fingerprint(keys.apply(lang, t)));
        return layouts.layout(key.value(chartWords(lang)).build(), make);
    }

    /** A chart in a page: the SVG in a figure with its caption, summary, notes, table link and downloads. */
    static String figure(Map<String, String> w, Shown s, String tableHref, String fileHref, int fileSize) {
        ChartSvg.Data d = s.data();
        StringBuilder out = new StringBuilder(8192);
        out.append("<figure class=\"chart\" id=\"").append(s.id()).append("\">\n");
        out.append("  <figcaption class=\"chart-caption\"><span class=\"chart-label\">").append(esc(s.label()))
                .append("</span> ").append(esc(d.title())).append("</figcaption>\n");
        out.append("  <div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .append(esc(w.getOrDefault("chartScroll", "chart"))).append("\">\n");
        out.append(new ChartSvg(w).svg(d, s.id(), false, List.of()));
        out.append("  </div>\n  <p class=\"chart-summary\">").append(esc(d.summary())).append("</p>\n");
        if (!s.notes().isEmpty()) {
            out.append("  <ul class=\"chart-notes\">\n");
            for (CitedNote n : s.notes()) {
                out.append("    <li>").append(esc(noteMark(w, n.number()))).append(' ').append(esc(n.text()))
                        .append(" <a href=\"").append(esc(n.href())).append("\">")
                        .append(esc(w.getOrDefault("chartNoteLink", "note in the table"))).append("</a></li>\n");
            }
            out.append("  </ul>\n");
        }
        // The PNG is drawn in the reader's browser from the chart in the page (site.js adds its button; without
        // script there is none): its label, the file's name and the source line it carries under the chart.
        out.append("  <p class=\"chart-links\" data-png-label=\"")
                .append(esc(w.getOrDefault("chartDownloadPng", "Download as a picture (PNG)")))
                .append("\" data-png-name=\"").append(esc(s.pngName())).append("\" data-png-source=\"")
                .append(esc(s.source())).append("\"><a href=\"").append(esc(tableHref)).append("\">")
                .append(esc(w.getOrDefault("chartTableLink", "the figures in the table"))).append("</a>")
                .append(esc(w.getOrDefault("chartLinkSep", " · "))).append("<a href=\"").append(esc(fileHref))
                .append("\" download>").append(esc(w.getOrDefault("chartDownload", "Download the chart (SVG)")))
                .append("</a> <span class=\"download-size\">SVG").append(esc(w.get("chartSizeSep")))
                .append(TablePages.size(fileSize))
                .append("</span></p>\n");
        return out.append("</figure>\n").toString();
    }

    /** The standalone SVG file: the chart with its own style, its title, its notes and its source. */
    byte[] file(Language lang, Table t) {
        return files.computeIfAbsent(lang.code() + "|" + t.id(), k -> {
            Fingerprint key = Fingerprint.of("chart-file").text(lang.code()).text(t.id())
                    .fingerprint(keys.apply(lang, t)).build();
            return layouts.layout(key, () -> new Html(svgFile(chartWords(lang), shown(lang, t, ""))))
                    .markup().getBytes(StandardCharsets.UTF_8);
        });
    }

    /** The standalone SVG file of what {@code s} shows. */
    static String svgFile(Map<String, String> w, Shown s) {
        List<String> footer = new ArrayList<>();
        for (CitedNote n : s.notes()) {
            footer.add(noteMark(w, n.number()) + " " + n.text());
        }
        footer.add(s.source());
        return new ChartSvg(w).svg(s.data(), s.id(), true, footer);
    }

    static String noteMark(Map<String, String> w, int n) {
        return w.getOrDefault("chartNote", "[{n}]").replace("{n}", String.valueOf(n));
    }

    /** The source line of a chart: the tables it draws ("专栏 9 主要规划指标") and the site's title. */
    String source(Language lang, List<Table> tables) {
        Map<String, String> w = chartWords(lang);
        List<String> names = tables.stream().map(t -> text(t.label(), lang) + " " + text(t.title(), lang)).toList();
        return w.getOrDefault("chartSource", "{table}, {site}").replace("{table}",
                String.join(w.getOrDefault("chartSep", "; "), names)).replace("{site}", text(plan.site().title(), lang));
    }

    private Shown shown(Language lang, Table t, String tablePage) {
        Notes notes = notes(lang, t);
        ChartSvg.Data d = ChartSvg.data(t, t.chart(), lang.code(), fallback(), notes.numbers);
        List<CitedNote> cited = cited(t, d, notes).stream()
                .map(n -> new CitedNote(Integer.parseInt(n[0]), n[1], tablePage + "#" + n[2])).toList();
        return new Shown(t.id() + "-chart", text(t.label(), lang), d, cited, source(lang, List.of(t)), t.id() + ".png");
    }

    /** The notes as the table numbers them: by id, and their texts by number. */
    private record Notes(Map<String, Integer> numbers, Map<Integer, String[]> byNumber) {}

    private Notes notes(Language lang, Table t) {
        Language fb = plan.site().defaultLanguage();
        Views.TableView view = new TableViews(lang.code(), fb.code(), fb.htmlLang(), disputes).view(t, null);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<Integer, String[]> byNumber = new LinkedHashMap<>();
        String prefix = t.id() + "-note-";
        for (Views.NoteView n : view.notes()) {
            numbers.put(n.id().substring(prefix.length()), n.number());
            byNumber.put(n.number(), new String[] {String.valueOf(n.number()), n.text(), n.id()});
        }
        return new Notes(numbers, byNumber);
    }

    /** The notes the chart cites (on its values and on its rows), in the table's order. */
    private static List<String[]> cited(Table t, ChartSvg.Data d, Notes notes) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (ChartSvg.Category c : d.categories()) {
            c.values().forEach(v -> numbers.addAll(v.notes()));
            t.rows().get(c.row()).notes().forEach(id -> numbers.add(notes.numbers.getOrDefault(id, 0)));
        }
        List<String[]> out = new ArrayList<>();
        numbers.forEach(n -> {
            if (notes.byNumber.containsKey(n)) {
                out.add(notes.byNumber.get(n));
            }
        });
        return out;
    }

    Map<String, String> chartWords(Language lang) {
        return words.of(Words.CHART_MESSAGES, lang.code());
    }

    String fallback() {
        return plan.site().defaultLanguage().code();
    }

    String text(plansite.model.Localized l, Language lang) {
        return l == null ? "" : l.in(lang.code(), fallback());
    }

    private static String esc(String s) {
        return TableHtmlWriter.esc(s == null ? "" : s);
    }
}
