package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The website's Chinese text and tables against the official plan as converted from PDF
 * ({@code src/test/resources/source/plan.txt}, a byte-identical copy of the converted text, so that
 * the build never reads outside the repository).
 *
 * <p>The prose is compared character by character, whitespace aside, after the conversion damage
 * listed in {@code data/errata.yaml} has been mended; the tables are compared by the multiset of the
 * numbers they print.
 */
class SourceFidelityTest {
    private static final Path REPO = FixtureSite.repo();
    private static final Path SOURCE = REPO.resolve("generator/src/test/resources/source/plan.txt");

    /** The chapters, by front-matter {@code order}. */
    private static final List<String> CHAPTER_IDS =
            List.of("general", "ch1", "ch2", "ch3", "ch4", "ch5", "ch6", "ch7", "ch8", "ch9");

    private static final int CONTEXT = 40;

    // ---------------------------------------------------------------------------------------------
    // Test 1: the prose
    // ---------------------------------------------------------------------------------------------

    @Test
    void everySentenceOfTheSourceIsInTheChineseChapters() {
        SourceBody body = SourceBody.read();
        String source = withoutWhitespace(applyErrata(body.proseText()));
        ChapterText chapters = ChapterText.read();
        String site = chapters.text();

        int at = firstDifference(source, site);
        if (at >= 0) {
            fail("the Chinese chapters differ from the source (whitespace removed) at character " + at
                    + " (in chapter " + chapters.chapterAt(at) + "):\n"
                    + "  source:   " + context(source, at) + "\n"
                    + "  chapters: " + context(site, at) + "\n"
                    + "  (source length " + source.length() + ", chapters length " + site.length() + ")");
        }
    }

    /**
     * Replaces the {@code source} of every erratum with its {@code mended} text. Each source must
     * occur exactly once in the prose of the plan: an erratum that no longer matches, or that would
     * also change another place, is an error of the errata file or of this test.
     */
    private static String applyErrata(String text) {
        List<Map<String, Object>> errata = listOfMaps(readYaml(REPO.resolve("data/errata.yaml")));
        assertTrue(!errata.isEmpty(), "data/errata.yaml lists no errata");
        for (Map<String, Object> erratum : errata) {
            String source = (String) erratum.get("source");
            String mended = (String) erratum.get("mended");
            assertNotNull(source, "an erratum without 'source': " + erratum);
            assertNotNull(mended, "an erratum without 'mended': " + erratum);
            int count = occurrences(text, source);
            assertEquals(1, count, "the source of the erratum for " + erratum.get("chapter") + " "
                    + erratum.get("section") + " must occur exactly once in the source's prose: "
                    + javaString(source));
            text = text.replace(source, mended);
        }
        return text;
    }

    /** The Chinese chapters as one text: for each, its title, then its body as plain text. */
    private record ChapterText(String text, List<String> ids, List<Integer> starts) {
        private static final Pattern DIRECTIVE = Pattern.compile("^:::(\\s.*)?$");
        private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^\\[\\^[^\\]\\s]+\\]:");
        private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]\\s]+\\]");
        /**
         * A heading: its {@code #} markers go; so does a pinned id {@code {#…}} after it (README,
         * "Editing"), which is markup, not text of the plan.
         */
        private static final Pattern HEADING =
                Pattern.compile("^#{1,6}[ \\t]+(.*?)(?:[ \\t]+\\{#[A-Za-z0-9_-]+\\})?[ \\t]*$");
        /** A Markdown backslash escape, such as {@code 1\.}: the backslash goes. */
        private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

        static ChapterText read() {
            record Chapter(String id, int order, String title, String body) {}
            List<Chapter> chapters = new ArrayList<>();
            try (Stream<Path> files = Files.list(REPO.resolve("content/zh"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).toList()) {
                    String md = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                    assertTrue(md.startsWith("---\n"), file + ": no front matter");
                    int close = md.indexOf("\n---\n", 3);
                    assertTrue(close > 0, file + ": front matter not closed");
                    Map<String, Object> front = map(readYaml(md.substring(4, close + 1), file.toString()));
                    chapters.add(new Chapter(String.valueOf(front.get("id")),
                            Integer.parseInt(String.valueOf(front.get("order"))),
                            String.valueOf(front.get("title")), md.substring(close + 5)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            chapters.sort(Comparator.comparingInt(Chapter::order));
            assertEquals(CHAPTER_IDS, chapters.stream().map(Chapter::id).toList(), "the Chinese chapters in order");

            StringBuilder all = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            for (Chapter chapter : chapters) {
                starts.add(all.length());
                // The title stands for the chapter heading of the source ("总 则", "第一章 现状与形势", …).
                all.append(withoutWhitespace(chapter.title()));
                all.append(withoutWhitespace(plainText(chapter.body())));
            }
            return new ChapterText(all.toString(), chapters.stream().map(Chapter::id).toList(), starts);
        }

        private static String plainText(String body) {
            StringBuilder out = new StringBuilder();
            for (String line : body.split("\n", -1)) {
                if (DIRECTIVE.matcher(line).matches() || FOOTNOTE_DEFINITION.matcher(line).lookingAt()) {
                    continue;
                }
                String l = FOOTNOTE_REFERENCE.matcher(line).replaceAll("");
                Matcher heading = HEADING.matcher(l);
                if (heading.matches()) {
                    l = heading.group(1);
                }
                l = ESCAPE.matcher(l).replaceAll("$1");
                out.append(l).append('\n');
            }
            return out.toString();
        }

        String chapterAt(int index) {
            for (int i = starts.size() - 1; i >= 0; i--) {
                if (starts.get(i) <= index) {
                    return ids.get(i);
                }
            }
            return ids.get(0);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Test 2: the tables
    // ---------------------------------------------------------------------------------------------

    /**
     * Where the source prints each table: 1-based, inclusive line ranges of {@code plan.txt}, one per
     * part when the table is split across pages. Each range is one whole block of {@code |} lines,
     * header rows included.
     */
    private static final Map<String, List<Range>> SOURCE_TABLES = new LinkedHashMap<>();

    static {
        SOURCE_TABLES.put("zl-01", List.of(new Range(102, 120)));
        SOURCE_TABLES.put("zl-02", List.of(new Range(128, 155)));
        // Printed in two parts; the second repeats the title as "专栏3 各矿种勘查程度统计表" and the header.
        SOURCE_TABLES.put("zl-03", List.of(new Range(169, 183), new Range(187, 211)));
        SOURCE_TABLES.put("zl-04", List.of(new Range(257, 270)));
        SOURCE_TABLES.put("zl-05", List.of(new Range(274, 287)));
        SOURCE_TABLES.put("zl-06", List.of(new Range(309, 320)));
        SOURCE_TABLES.put("zl-07", List.of(new Range(332, 347)));
        SOURCE_TABLES.put("zl-08", List.of(new Range(365, 368)));
        SOURCE_TABLES.put("zl-09", List.of(new Range(490, 516)));
        // Rows 1–2, then rows 3–5 after a page break, under an empty header.
        SOURCE_TABLES.put("zl-10", List.of(new Range(590, 593), new Range(595, 599)));
        SOURCE_TABLES.put("zl-11", List.of(new Range(607, 609)));
        SOURCE_TABLES.put("zl-12", List.of(new Range(633, 636)));
        SOURCE_TABLES.put("zl-13", List.of(new Range(642, 647)));
        SOURCE_TABLES.put("zl-14", List.of(new Range(653, 662)));
        // III1–III7, then III8–IV6 after a page break, with the header repeated.
        SOURCE_TABLES.put("zl-15", List.of(new Range(958, 966), new Range(968, 977)));
        SOURCE_TABLES.put("t-01", List.of(new Range(1081, 1084)));
        SOURCE_TABLES.put("t-02", List.of(new Range(1096, 1100)));
        SOURCE_TABLES.put("t-03", List.of(new Range(1132, 1134)));
        SOURCE_TABLES.put("t-04", List.of(new Range(1150, 1152)));
        SOURCE_TABLES.put("t-05", List.of(new Range(1168, 1177)));
        SOURCE_TABLES.put("t-06", List.of(new Range(1231, 1239)));
        // CFJ9-1 and CFJ9-2, then CFJ9-3 … CFJ9-11 after a page break, under an empty header.
        SOURCE_TABLES.put("t-07", List.of(new Range(1265, 1268), new Range(1270, 1280)));
    }

    /**
     * Numbers that the source prints inside a header cell and that the YAML, rightly, keeps in a
     * column label rather than in a row: they are in the source's table lines but not in the YAML's
     * rows. Each is tied to the source line of that header row, and the test checks that the YAML's
     * column labels and units hold exactly these numbers (every other table has none there).
     */
    private static final Map<String, HeaderNumbers> HEADER_NUMBERS = Map.of(
            // 专栏 5: the second header row prints "2016年 完成" … "2020年 完成"; the YAML has the
            // column labels "2016年完成" … "2020年完成".
            "zl-05", new HeaderNumbers(276, List.of("2016", "2017", "2018", "2019", "2020")),
            // 专栏 9: the header prints "2025 年规划目标"; the YAML has the column label "2025 年规划目标".
            "zl-09", new HeaderNumbers(490, List.of("2025")));

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    @Test
    void everyNumberOfEverySourceTableIsInItsDataFile() {
        SourceBody body = SourceBody.read();
        List<String> expectedIds = new ArrayList<>();
        IntStream.rangeClosed(1, 15).forEach(n -> expectedIds.add(String.format("zl-%02d", n)));
        IntStream.rangeClosed(1, 7).forEach(n -> expectedIds.add(String.format("t-%02d", n)));
        assertEquals(expectedIds, List.copyOf(SOURCE_TABLES.keySet()), "the tables compared");

        // Every data file is either one of these or derived from prose (p-…).
        try (Stream<Path> files = Files.list(REPO.resolve("data/tables"))) {
            List<String> others = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .filter(id -> !id.startsWith("p-") && !SOURCE_TABLES.containsKey(id))
                    .sorted().toList();
            assertEquals(List.of(), others, "tables in data/tables/ that are neither compared nor derived from prose");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // The ranges are whole blocks of table lines, under the title of their own table, and together
        // they are every table line of the body: no source table goes unchecked.
        TreeSet<Integer> mapped = new TreeSet<>();
        for (Map.Entry<String, List<Range>> e : SOURCE_TABLES.entrySet()) {
            for (Range r : e.getValue()) {
                for (int n = r.first(); n <= r.last(); n++) {
                    assertTrue(body.isTableLine(n), e.getKey() + ": line " + n + " is not a table line: " + body.line(n));
                    assertTrue(mapped.add(n), e.getKey() + ": line " + n + " is mapped twice");
                }
                assertTrue(!body.isTableLine(r.first() - 1) && !body.isTableLine(r.last() + 1),
                        e.getKey() + ": lines " + r + " are not a whole table block");
                assertEquals(e.getKey(), body.tableTitledAbove(r.first()),
                        e.getKey() + ": the nearest table title above line " + r.first());
            }
        }
        assertEquals(body.tableLines(), mapped, "the table lines of the source's body");

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<Range>> e : SOURCE_TABLES.entrySet()) {
            String id = e.getKey();
            Map<String, Integer> source = new TreeMap<>();
            for (Range r : e.getValue()) {
                for (int n = r.first(); n <= r.last(); n++) {
                    for (String cell : body.line(n).split("\\|", -1)) {
                        addNumbers(source, cell);
                    }
                }
            }
            Map<String, Object> table = map(readYaml(REPO.resolve("data/tables/" + id + ".yaml")));
            Map<String, Integer> rows = new TreeMap<>();
            for (Object row : list(table.get("rows"), id + ": rows")) {
                Object cells = row instanceof Map<?, ?> m ? m.get("cells") : row;
                for (Object cell : list(cells, id + ": cells of a row")) {
                    cellNumbers(rows, cell, id);
                }
            }
            Map<String, Integer> headers = new TreeMap<>();
            columnNumbers(headers, table.get("columns"), id);

            HeaderNumbers exception = HEADER_NUMBERS.get(id);
            Map<String, Integer> expectedHeaders = new TreeMap<>();
            if (exception != null) {
                exception.numbers().forEach(n -> expectedHeaders.merge(n, 1, Integer::sum));
                assertTrue(e.getValue().stream().anyMatch(r -> r.contains(exception.line())),
                        id + ": header line " + exception.line() + " is outside the table");
                Map<String, Integer> onLine = new TreeMap<>();
                addNumbers(onLine, body.line(exception.line()));
                assertTrue(subtract(expectedHeaders, onLine).isEmpty(),
                        id + ": the header line " + exception.line() + " does not print " + exception.numbers());
                source = subtract(source, expectedHeaders);
            }
            if (!headers.equals(expectedHeaders)) {
                problems.add(id + ": numbers in column labels and units " + headers + ", expected " + expectedHeaders);
            }
            Map<String, Integer> missing = subtract(source, rows);
            Map<String, Integer> extra = subtract(rows, source);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                problems.add(id + ": in the source (lines " + e.getValue() + ") but not in the YAML rows: "
                        + missing + "; in the YAML rows but not in the source: " + extra);
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " table(s) differ from the source:\n  " + String.join("\n  ", problems));
        }
    }

    /** The numbers of a cell: its value as written, or its Chinese text (never English, units or notes). */
    private static void cellNumbers(Map<String, Integer> into, Object cell, String id) {
        if (cell == null) {
            return;
        }
        if (cell instanceof String s) {
            addNumbers(into, s); // a scalar as written; "^" and "<" (merged) have none
            return;
        }
        Map<String, Object> m = map(cell);
        if (m.containsKey("value")) {
            Object value = m.get("value");
            if (value instanceof Map<?, ?>) {
                addNumbers(into, zh(value, id));
            } else if (value != null) {
                addNumbers(into, (String) value);
            }
        } else {
            addNumbers(into, zh(m, id));
        }
    }

    /** The numbers of the column labels and column units of the YAML's header, at every level. */
    private static void columnNumbers(Map<String, Integer> into, Object columns, String id) {
        if (columns == null) {
            return;
        }
        for (Object c : list(columns, id + ": columns")) {
            Map<String, Object> column = map(c);
            if (column.get("label") != null) {
                addNumbers(into, zh(column.get("label"), id));
            }
            if (column.get("unit") != null) {
                addNumbers(into, zh(column.get("unit"), id));
            }
            columnNumbers(into, column.get("columns"), id);
        }
    }

    private static String zh(Object text, String id) {
        Object zh = map(text).get("zh");
        assertNotNull(zh, id + ": a text without zh: " + text);
        return (String) zh;
    }

    private static void addNumbers(Map<String, Integer> into, String text) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            into.merge(m.group(), 1, Integer::sum);
        }
    }

    /** {@code a − b} as multisets. */
    private static Map<String, Integer> subtract(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> out = new TreeMap<>();
        a.forEach((k, n) -> {
            int left = n - b.getOrDefault(k, 0);
            if (left > 0) {
                out.put(k, left);
            }
        });
        return out;
    }

    private record Range(int first, int last) {
        boolean contains(int line) {
            return first <= line && line <= last;
        }

        @Override
        public String toString() {
            return first + "–" + last;
        }
    }

    private record HeaderNumbers(int line, List<String> numbers) {}

    // ---------------------------------------------------------------------------------------------
    // The source
    // ---------------------------------------------------------------------------------------------

    /**
     * The body of the plan in {@code plan.txt}: from the heading {@code 总 则} after the table of
     * contents and the list of figures (附图) up to the distribution list ({@code 抄送：}) at the end.
     */
    private static final class SourceBody {
        /**
         * Table titles, in every variant the converted source has:
         * "专栏 1 规划基期…" (专栏 1, 2, 3, 6–12, 15), "专栏3 各矿种…" without a space (the repeated title of
         * 专栏 3, and 专栏4, 专栏5), "专栏 13" / "专栏 14" alone with the title on the next non-blank line;
         * "云州区矿区汇总表 表 3" on one line (表 3, 表 5), and "平城区主要矿产勘查现状表" with "表 1" on the
         * next non-blank line (表 1, 2, 4, 6, 7).
         */
        private static final Pattern BOX_TITLE = Pattern.compile("^专栏\\s*(\\d+)(\\s+\\S.*)?$");
        private static final Pattern TABLE_TITLE_ONE_LINE = Pattern.compile("^\\S+表\\s+表\\s*(\\d+)$");
        private static final Pattern TABLE_NUMBER_LINE = Pattern.compile("^表\\s*(\\d+)$");
        private static final Pattern TABLE_TITLE_LINE = Pattern.compile("^\\S+表$");

        private final List<String> lines; // all lines of the file, index = line number − 1
        private final int start; // index of "总 则"
        private final int end; // index of "抄送：…" (exclusive)
        /** Line index of each title line (with its second line, if any) → the id of its table. */
        private final TreeMap<Integer, String> titles = new TreeMap<>();
        private final TreeSet<Integer> titleLines = new TreeSet<>();

        private SourceBody(List<String> lines) {
            this.lines = lines;
            int figures = indexOf(0, l -> l.startsWith("附图"));
            this.start = indexOf(figures, l -> l.equals("总 则"));
            this.end = indexOf(start, l -> l.startsWith("抄送："));
            findTitles();
        }

        static SourceBody read() {
            try {
                String text = Files.readString(SOURCE, StandardCharsets.UTF_8);
                return new SourceBody(List.of(text.split("\n", -1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private int indexOf(int from, Predicate<String> p) {
            for (int i = from; i < lines.size(); i++) {
                if (p.test(lines.get(i))) {
                    return i;
                }
            }
            throw new AssertionError("not found in " + SOURCE + " after line " + (from + 1));
        }

        private void findTitles() {
            List<Integer> boxes = new ArrayList<>();
            List<Integer> tables = new ArrayList<>();
            for (int i = start; i < end; i++) {
                String l = lines.get(i).strip();
                Matcher box = BOX_TITLE.matcher(l);
                Matcher oneLine = TABLE_TITLE_ONE_LINE.matcher(l);
                Matcher number = TABLE_NUMBER_LINE.matcher(l);
                int last; // the last line of the title
                String id;
                if (box.matches()) {
                    int n = Integer.parseInt(box.group(1));
                    boxes.add(n);
                    id = String.format("zl-%02d", n);
                    titleLines.add(i);
                    last = i;
                    if (box.group(2) == null) { // "专栏 13": the title is the next non-blank line
                        last = nextNonBlank(i);
                        titleLines.add(last);
                    }
                    titles.put(i, id);
                } else if (oneLine.matches()) {
                    int n = Integer.parseInt(oneLine.group(1));
                    tables.add(n);
                    id = String.format("t-%02d", n);
                    titleLines.add(i);
                    titles.put(i, id);
                    last = i;
                } else if (number.matches()) { // "表 1": the title is the previous non-blank line
                    int n = Integer.parseInt(number.group(1));
                    tables.add(n);
                    id = String.format("t-%02d", n);
                    int title = previousNonBlank(i);
                    assertTrue(TABLE_TITLE_LINE.matcher(lines.get(title).strip()).matches(),
                            "line " + (title + 1) + " should be the title of 表 " + n + ": " + lines.get(title));
                    titleLines.add(title);
                    titleLines.add(i);
                    titles.put(title, id);
                    last = i;
                } else {
                    continue;
                }
                // A title stands right above its table: this keeps prose that happens to start with
                // "专栏" from being taken for a title.
                int next = nextNonBlank(last);
                assertTrue(isTableLine(next + 1), "line " + (i + 1) + " looks like a table title but no table"
                        + " follows it: " + lines.get(i));
            }
            // 专栏 3 is titled twice (its second part repeats the title).
            assertEquals(List.of(1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), boxes, "专栏 titles found");
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), tables, "表 titles found");
        }

        private int nextNonBlank(int i) {
            int j = i + 1;
            while (lines.get(j).isBlank()) {
                j++;
            }
            return j;
        }

        private int previousNonBlank(int i) {
            int j = i - 1;
            while (lines.get(j).isBlank()) {
                j--;
            }
            return j;
        }

        /** The prose of the body: without table rows and table titles, line breaks kept. */
        String proseText() {
            StringBuilder out = new StringBuilder();
            for (int i = start; i < end; i++) {
                if (lines.get(i).startsWith("|") || titleLines.contains(i)) {
                    continue;
                }
                out.append(lines.get(i)).append('\n');
            }
            return out.toString();
        }

        /** Line {@code n} (1-based). */
        String line(int n) {
            return lines.get(n - 1);
        }

        boolean isTableLine(int n) {
            return n - 1 >= start && n - 1 < end && lines.get(n - 1).startsWith("|");
        }

        /** The 1-based numbers of all table lines of the body. */
        TreeSet<Integer> tableLines() {
            return IntStream.range(start, end).filter(i -> lines.get(i).startsWith("|")).map(i -> i + 1)
                    .boxed().collect(Collectors.toCollection(TreeSet::new));
        }

        /** The id of the table whose title is the nearest above line {@code n} (1-based). */
        String tableTitledAbove(int n) {
            Map.Entry<Integer, String> e = titles.lowerEntry(n - 1);
            return e == null ? null : e.getValue();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    private static String withoutWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The index of the first character where {@code a} and {@code b} differ, or −1 if they are equal. */
    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : n;
    }

    private static String context(String s, int at) {
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(s.length(), at + CONTEXT);
        return "…" + s.substring(from, Math.min(at, s.length())) + "⟦" + s.substring(Math.min(at, s.length()), to) + "…";
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static String javaString(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }

    private static Object readYaml(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readYaml(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object readYaml(String text, String name) {
        try (Reader r = new java.io.StringReader(text)) {
            return readYaml(r, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * YAML as maps, lists and strings, every scalar exactly as written ({@code 100.00} stays
     * "100.00", as the generator reads it); {@code ~} and empty values are null.
     */
    private static Object readYaml(Reader reader, String name) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(reader)) {
            assertNotNull(p.nextToken(), name + " is empty");
            return readValue(p);
        }
    }

    private static Object readValue(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                m.put(key, readValue(p));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.add(readValue(p));
            }
            return l;
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return p.getText();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping but found " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o, String what) {
        assertTrue(o instanceof List, what + ": expected a list but found " + o);
        return (List<Object>) o;
    }

    private static List<Map<String, Object>> listOfMaps(Object o) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : list(o, "errata")) {
            out.add(map(item));
        }
        return out;
    }
}
