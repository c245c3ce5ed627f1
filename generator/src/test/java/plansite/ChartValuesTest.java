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
            "zh", new String[] {"表中为空", "［注 {n}］", "单位：{unit}"},
            "en", new String[] {"empty in the table", "[note {n}]", "Unit: {unit}"});

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
        // One scale: each bar's length is its value's share of the longest bar's (coordinates have one decimal).
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
