package plansite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.cli.Main;
import plansite.model.Cell;
import plansite.model.Chart;
import plansite.model.Glance;
import plansite.model.LoadedPlan;
import plansite.model.Row;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * Every chart of the plan, read back from the built SVG (inline on the table's page and the downloaded
 * file, in both languages), says what its table says: one group per charted row, a bar or dot per figure
 * carrying the figure as written and drawn to one scale, the figure and its notes' numbers written beside
 * it, an empty cell as the words for empty and never a bar, a cell of words as its words, the axis's
 * unit the cells' unit. And the glance page shows each figure as its source writes it.
 */
class ChartValuesTest {
    @TempDir
    static Path out;

    private static LoadedPlan plan;

    private static final Map<String, String[]> WORDS = Map.of(
            "zh", new String[] {"表中为空", "［注 {n}］", "单位：{unit}", "表中为“{text}”"},
            "en", new String[] {"empty in the table", "[note {n}]", "Unit: {unit}", "in the table: “{text}”"});

    @BeforeAll
    static void build() {
        build(out.resolve("a"));
        plan = TestPlans.load(FixtureSite.repo());
    }

    private static void build(Path to) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(List.of("build", "--root", FixtureSite.repo().toString(), "--out", to.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
    }

    private static List<Table> charted() {
        return plan.plan().tables().stream().filter(t -> t.chart() != null).toList();
    }

    @Test
    void theComparableTablesHaveCharts() {
        List<String> ids = charted().stream().map(Table::id).toList();
        for (String id : List.of("zl-01", "zl-02", "zl-03", "zl-04", "zl-05", "zl-06", "zl-07", "zl-09")) {
            assertTrue(ids.contains(id), id + " has a chart");
        }
    }

    @Test
    void everyChartDrawsItsTablesFigures() throws IOException {
        for (Table t : charted()) {
            for (String lang : List.of("zh", "en")) {
                Document page = Jsoup.parse(out.resolve("a/" + lang + "/tables/" + t.id() + ".html").toFile(), "UTF-8");
                Map<String, Integer> numbers = noteNumbers(page, t);
                Element inline = page.selectFirst("#" + t.id() + "-chart svg");
                assertNotNull(inline, t.id() + " " + lang + ": chart on the table page");
                assertEquals("img", inline.attr("role"));
                assertFalse(inline.select("title").text().isBlank());
                assertFalse(inline.select("desc").text().isBlank());
                assertTrue(inline.select("style").isEmpty() && inline.select("[style]").isEmpty(),
                        "no style in an inline SVG (CSP)");
                check(inline, t, lang, numbers);
                String file = Files.readString(out.resolve("a/" + lang + "/charts/" + t.id() + ".svg"));
                Document svg = Jsoup.parse(file, "", Parser.xmlParser());
                check(svg.selectFirst("svg"), t, lang, numbers);
                Document chapter = Jsoup.parse(out.resolve("a/" + lang + "/" + t.chapter() + ".html").toFile(), "UTF-8");
                assertNotNull(chapter.selectFirst("#" + t.id() + "-chart svg"), t.id() + ": chart in its chapter");
            }
        }
    }

    /** The table's note numbers, as its page prints them. */
    private static Map<String, Integer> noteNumbers(Document page, Table t) {
        Map<String, Integer> out = new HashMap<>();
        List<Element> items = page.select("figure#" + t.id() + " figcaption.table-notes li");
        for (int i = 0; i < items.size(); i++) {
            out.put(items.get(i).id().substring((t.id() + "-note-").length()), i + 1);
        }
        return out;
    }

    private static void check(Element svg, Table t, String lang, Map<String, Integer> numbers) {
        Chart chart = t.chart();
        String[] words = WORDS.get(lang);
        String where = t.id() + " " + lang;
        assertEquals(chart.rows().size(), svg.select("g.chart-row").size(), where + ": a group per row");
        UnitResolver units = new UnitResolver(t);
        String unit = null;
        for (int r : chart.rows()) {
            Row row = t.rows().get(r);
            Element g = svg.selectFirst("g.chart-row[data-row=" + (r + 1) + "]");
            assertNotNull(g, where + " row " + (r + 1));
            // Long texts are wrapped over several text elements: compare without the spaces of the wrapping.
            String text = String.join("", g.select("text").eachText()).replaceAll("\\s+", "");
            String labels = String.join("", svg.select("text.chart-label").eachText()).replaceAll("\\s+", "");
            for (String note : row.notes()) {
                String marker = words[1].replace("{n}", String.valueOf(numbers.get(note))).replaceAll("\\s+", "");
                assertTrue(labels.contains(marker), where + " row " + (r + 1) + ": the row's note " + marker);
            }
            for (int i = 0; i < chart.columns().size(); i++) {
                int col = chart.columns().get(i);
                Cell cell = row.cells().get(col);
                List<Element> marks = g.select("rect[data-series=" + i + "]");
                String at = where + " row " + (r + 1) + " column " + (col + 1);
                if (cell.isNumeric()) {
                    if (chart.kind() != Chart.Kind.DOTS) {
                        assertEquals(1, marks.size(), at + ": one bar");
                        assertEquals(cell.value(), marks.get(0).attr("data-value"), at);
                    }
                    assertTrue(text.contains(cell.value()), at + ": value written: " + text);
                    String u = units.resolve(row, col).unit().in(lang, "zh");
                    assertTrue(unit == null || unit.equals(u), at + ": one unit");
                    unit = u;
                } else {
                    assertTrue(marks.isEmpty(), at + ": no bar for a cell without a figure");
                    String expected = (cell.isEmpty() ? words[0] : cell.display(lang, "zh")).replaceAll("\\s+", "");
                    assertTrue(text.contains(expected), at + ": '" + expected + "' in " + text);
                }
                for (String note : cell.notes()) {
                    String marker = words[1].replace("{n}", String.valueOf(numbers.get(note))).replaceAll("\\s+", "");
                    assertTrue(text.contains(marker), at + ": note marker " + marker + " in " + text);
                }
            }
        }
        assertEquals(words[2].replace("{unit}", unit), svg.selectFirst("text.chart-unit").text(), where + ": unit");
        oneScale(svg, where);
    }

    /** One scale: each bar's length is its value's share of the longest bar's (coordinates have one decimal). */
    private static void oneScale(Element svg, String where) {
        List<Element> bars = svg.select("rect.chart-bar[data-value]");
        double maxValue = bars.stream().mapToDouble(b -> Double.parseDouble(b.attr("data-value"))).max().orElse(0);
        for (Element b : bars) {
            double v = Double.parseDouble(b.attr("data-value"));
            double w = Double.parseDouble(b.attr("width"));
            double expected = maxValue == 0 ? 0 : v / maxValue * bars.stream()
                    .filter(x -> Double.parseDouble(x.attr("data-value")) == maxValue).mapToDouble(x ->
                            Double.parseDouble(x.attr("width"))).max().orElse(0);
            assertTrue(Math.abs(w - Math.max(expected, 0.5)) <= 0.11, where + ": bar of " + v + " is " + w
                    + " long, expected " + expected);
        }
    }

    /**
     * The chart of the glance's targets, inline and as its file, in both languages: a group per charted row,
     * named as the row, its base-year figure (from its baseline's cell) and its target (from the targets'
     * table) each drawn and written as the cell has it, with the numbers of the notes listed under the chart;
     * both units named; and every row with a baseline from a table cell whose target is of the chart's unit
     * is there (none is left out because its figures are large or small).
     */
    @Test
    void theGlanceChartDrawsEachBaseYearAgainstItsTarget() throws IOException {
        Glance.Section section = plan.plan().glanceOf().orElseThrow().sections().stream()
                .filter(s -> s.targets() != null && s.targets().chart() != null).findFirst().orElseThrow();
        Glance.Targets tg = section.targets();
        Glance.TargetsChart chart = tg.chart();
        Table t = plan.plan().table(tg.table()).orElseThrow();
        String axis = unit(t, chart.rows().get(0), tg.target(), "zh");
        List<Integer> expected = tg.baselines().stream().filter(b -> !b.from().isCheck()).map(Glance.Baseline::row)
                .filter(r -> axis.equals(unit(t, r, tg.target(), "zh"))).sorted().toList();
        assertEquals(expected, chart.rows().stream().sorted().toList(), "every row of the unit " + axis);
        List<Table> baseTables = chart.rows().stream().map(r -> tg.baselines().stream().filter(b -> b.row() == r)
                .findFirst().orElseThrow().from().table()).distinct().map(id -> plan.plan().table(id).orElseThrow()).toList();
        assertTrue(baseTables.stream().anyMatch(b -> !wholeTable(b).isEmpty()), "a note on a whole table to test");
        Map<String, List<String>> legends = Map.of("zh", List.of("2020 年", "2025 年目标"),
                "en", List.of("2020", "2025 target"));
        Map<String, String> units = Map.of("zh", "单位：万吨（2020 年）；万吨/年（2025 年目标）",
                "en", "Unit: 10⁴ t (2020); 10⁴ t/year (2025 target)");
        for (String lang : List.of("zh", "en")) {
            Document page = Jsoup.parse(out.resolve("a/" + lang + "/glance.html").toFile(), "UTF-8");
            Element figure = page.selectFirst("#" + section.id() + " figure#" + section.id() + "-chart");
            assertNotNull(figure, lang + ": the targets' chart in its section");
            assertNotNull(page.getElementById(figure.selectFirst(".chart-links a").attr("href").substring(1)),
                    lang + ": the chart links to the table of targets");
            String file = Files.readString(out.resolve("a/" + lang + "/charts/glance-" + section.id() + ".svg"));
            assertTrue(figure.select(".chart-links a[download]").attr("href").equals("charts/glance-" + section.id()
                    + ".svg"), lang + ": its download");
            for (Element svg : List.of(figure.selectFirst("svg"), Jsoup.parse(file, "", Parser.xmlParser()).selectFirst("svg"))) {
                String where = "glance chart " + lang;
                assertEquals("img", svg.attr("role"), where);
                assertEquals(chart.title().in(lang), svg.selectFirst("title").text(), where);
                assertEquals(chart.summary().in(lang), svg.selectFirst("desc").text(), where);
                // A series' name carries the notes on the whole of its tables (专栏 7's: its figures are of five years).
                List<String> legend = new java.util.ArrayList<>(legends.get(lang));
                for (int i = 0; i < 2; i++) {
                    for (Table from : i == 0 ? baseTables : List.of(t)) {
                        for (String id : wholeTable(from)) {
                            legend.set(i, legend.get(i) + " " + marker(figure, from, id, lang, where));
                        }
                    }
                }
                assertEquals(legend, svg.select("text.chart-legend").eachText(), where);
                assertEquals(units.get(lang), svg.selectFirst("text.chart-unit").text(), where);
                assertEquals(chart.rows().size(), svg.select("g.chart-row").size(), where + ": a group per row");
                for (int r : chart.rows()) {
                    Element g = svg.selectFirst("g.chart-row[data-row=" + (r + 1) + "]");
                    assertNotNull(g, where + " row " + (r + 1));
                    String name = chart.label().stream().map(c -> t.origin(r, c).display(lang, "zh")).distinct()
                            .reduce((a, b) -> a + " " + b).orElseThrow();
                    // The name stands above its group, wrapped over lines: compare without the wrapping's spaces.
                    StringBuilder shown = new StringBuilder();
                    for (Element e = g.previousElementSibling(); e != null && e.hasClass("chart-label");
                            e = e.previousElementSibling()) {
                        shown.insert(0, e.text());
                    }
                    assertEquals(name.replaceAll("\\s+", ""), shown.toString().replaceAll("\\s+", ""),
                            where + " row " + (r + 1) + ": its name");
                    Glance.Ref from = tg.baselines().stream().filter(b -> b.row() == r).findFirst().orElseThrow().from();
                    Table base = plan.plan().table(from.table()).orElseThrow();
                    drawn(g, 0, base, from.row(), from.column(), true, lang, figure, where + " row " + (r + 1));
                    drawn(g, 1, t, r, tg.target(), false, lang, figure, where + " row " + (r + 1));
                }
                oneScale(svg, where);
            }
        }
    }

    private static String unit(Table t, int r, int col, String lang) {
        return new UnitResolver(t).resolve(t.rows().get(r), col).unit().in(lang);
    }

    /** Series {@code series} of group {@code g} draws the cell as written, its notes numbered as the figure lists them. */
    private static void drawn(Element g, int series, Table t, int r, int col, boolean rowNotes, String lang,
            Element figure, String where) {
        Cell cell = t.rows().get(r).cells().get(col);
        String[] words = WORDS.get(lang);
        List<Element> bars = g.select("rect[data-series=" + series + "]");
        String expected;
        if (cell.isNumeric()) {
            assertEquals(1, bars.size(), where + ": one bar of series " + series);
            assertEquals(cell.value(), bars.get(0).attr("data-value"), where);
            expected = cell.value();
        } else {
            assertTrue(bars.isEmpty(), where + ": no bar for a cell without a figure");
            expected = cell.isEmpty() ? words[0] : words[3].replace("{text}", cell.display(lang, "zh"));
        }
        List<String> ids = new java.util.ArrayList<>(rowNotes ? t.rows().get(r).notes() : List.of());
        ids.addAll(cell.notes());
        for (String id : ids) {
            expected += " " + marker(figure, t, id, lang, where);
        }
        assertEquals(expected, g.selectFirst("text[data-series=" + series + "]").text(), where + ": series " + series);
    }

    /** The marker of note {@code id} of {@code t}, as the list under the chart gives it, linked to the table's note. */
    private static String marker(Element figure, Table t, String id, String lang, String where) {
        String text = t.notes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().text().in(lang);
        Element li = figure.select(".chart-notes li").stream().filter(e -> e.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": note " + id + " listed under the chart"));
        assertTrue(li.selectFirst("a").attr("href").endsWith("tables/" + t.id() + ".html#" + t.id() + "-note-" + id),
                where + ": note " + id + " links to its table's note");
        // The list item starts with the note's marker, as the marks write it.
        java.util.regex.Matcher marker = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(WORDS.get(lang)[1])
                .replace("{n}", "\\E\\d+\\Q")).matcher(li.text());
        assertTrue(marker.lookingAt(), where + ": " + li.text());
        return marker.group();
    }

    /** The notes of a table that no row or cell cites: about the table as a whole. */
    private static List<String> wholeTable(Table t) {
        List<String> cited = new java.util.ArrayList<>();
        t.rows().forEach(r -> {
            cited.addAll(r.notes());
            r.cells().forEach(c -> cited.addAll(c.notes()));
        });
        return t.notes().stream().map(n -> n.id()).filter(id -> !cited.contains(id)).toList();
    }

    @Test
    void theGlancePageShowsEachFigureAsWritten() throws IOException {
        Glance glance = plan.plan().glanceOf().orElseThrow();
        for (String lang : List.of("zh", "en")) {
            Document page = Jsoup.parse(out.resolve("a/" + lang + "/glance.html").toFile(), "UTF-8");
            List<Element> figures = page.select(".glance-figure");
            List<Glance.Figure> expected = glance.sections().stream().flatMap(s -> s.figures().stream()).toList();
            assertEquals(expected.size(), figures.size(), lang);
            for (int i = 0; i < expected.size(); i++) {
                Glance.Ref ref = expected.get(i).ref();
                Element value = figures.get(i).selectFirst("a.glance-value");
                if (ref.isCheck()) {
                    var check = plan.plan().proseChecks().stream().filter(c -> c.id().equals(ref.check()))
                            .findFirst().orElseThrow();
                    assertEquals(check.printed(), value.text(), ref.check());
                    assertTrue(value.attr("href").endsWith(check.chapter() + ".html#" + check.section()), ref.check());
                    assertEquals(check.quote(), figures.get(i).selectFirst(".glance-quote q").text());
                    if (check.note() != null) {
                        assertTrue(figures.get(i).select(".glance-notes li").text().contains(check.note().in(lang)),
                                ref.check() + ": its note");
                    }
                } else {
                    Table t = plan.plan().table(ref.table()).orElseThrow();
                    Cell cell = t.rows().get(ref.row()).cells().get(ref.column());
                    assertEquals(cell.display(lang, "zh"), value.text(), ref.table() + " r" + (ref.row() + 1));
                    assertTrue(value.attr("href").endsWith("tables/" + t.id() + ".html#" + t.id() + "-r" + (ref.row() + 1)));
                    for (String note : cell.notes()) {
                        String text = t.notes().stream().filter(n -> n.id().equals(note)).findFirst().orElseThrow()
                                .text().in(lang);
                        assertTrue(figures.get(i).select(".glance-notes li").text().contains(text), note);
                    }
                }
            }
            Glance.Targets targets = glance.sections().stream().filter(s -> s.targets() != null).findFirst()
                    .orElseThrow().targets();
            Table t = plan.plan().table(targets.table()).orElseThrow();
            List<Element> rows = page.select("table.glance-targets tbody tr");
            assertEquals(targets.rows().size(), rows.size(), lang + ": every indicator");
            for (int i = 0; i < rows.size(); i++) {
                int r = targets.rows().get(i);
                assertEquals(t.origin(r, targets.target()).display(lang, "zh"),
                        rows.get(i).select("td").get(1).selectFirst("a.glance-value").text(), "target of row " + (r + 1));
                assertEquals(t.origin(r, targets.attribute()).display(lang, "zh"), rows.get(i).select("td").get(2).text());
            }
            assertNotNull(Jsoup.parse(out.resolve("a/" + lang + "/index.html").toFile(), "UTF-8")
                    .selectFirst(".explore-links a[href=glance.html]"), "linked from the home page");
            assertNotNull(Jsoup.parse(out.resolve("a/" + lang + "/ch3.html").toFile(), "UTF-8")
                    .selectFirst(".toc a[href=glance.html]"), "linked from a chapter's contents");
        }
    }

    @Test
    void twoBuildsGiveTheSameCharts() throws IOException {
        build(out.resolve("b"));
        for (String lang : List.of("zh", "en")) {
            try (Stream<Path> files = Files.list(out.resolve("a/" + lang + "/charts"))) {
                for (Path f : files.toList()) {
                    assertArrayEquals(Files.readAllBytes(f),
                            Files.readAllBytes(out.resolve("b/" + lang + "/charts/" + f.getFileName())), f.toString());
                }
            }
            assertArrayEquals(Files.readAllBytes(out.resolve("a/" + lang + "/glance.html")),
                    Files.readAllBytes(out.resolve("b/" + lang + "/glance.html")));
        }
    }
}
