package plansite.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import plansite.model.Cell;
import plansite.model.Chart;
import plansite.model.Column;
import plansite.model.Localized;
import plansite.model.Row;
import plansite.model.Table;
import plansite.model.UnitResolver;

/**
 * A table's chart as SVG, written here rather than by a charting library (bench/RESULTS.md, "Charts"):
 * horizontal bars or dots, each row's name on its own line above its marks so that long Chinese or English
 * names never need to be cut, the figure as written in the table beside each mark, an empty cell as the
 * words "empty in the table" (never a bar of zero), a cell of words as its words, and each note's number
 * beside the value it is cited on. The inline SVG has no style of its own (the site's CSP forbids it):
 * classes that site.css colours; the standalone file for download carries the same rules in its own
 * style element. Coordinates are written with one decimal, so the same table gives the same bytes.
 */
final class ChartSvg {
    static final int WIDTH = 400;
    private static final int PAD = 8;
    /*
     * Text sizes in the drawing's units (site.css and the file's own style use the same). The drawing is
     * 400 units wide and shown at the text column's width: 352 px on a 360 px phone, where the smallest
     * text (14) is drawn at 12.3 px and a row's name at 14.1 px; on a desktop at most 432 px.
     */
    /** A row's name. */
    private static final int FONT = 16;
    /** The figures beside the marks, the legend and the unit. */
    private static final int VALUE = 15;
    /** The axis's ticks and a figure inside its part of a stacked bar. */
    private static final int SMALL = 14;
    private static final int BAR = 17;
    private static final int LINE = 22;
    /** The maps' colour-blind-safe sequential palette (map.css), picked so that neighbours differ most. */
    private static final int[][] SERIES_CLASSES = {{3}, {2, 4}, {1, 2, 4}, {1, 2, 3, 4}};

    /** A figure to draw: a number as written, the words of a cell, or nothing (an empty cell). */
    record Value(BigDecimal number, String written, String words, List<Integer> notes) {
        boolean empty() {
            return number == null && words == null;
        }
    }

    /** A row of the chart: its name and one value per series. */
    record Category(String name, int row, List<Value> values, List<Integer> rowNotes) {}

    /** What is drawn, in one language. */
    record Data(String title, String summary, String unit, List<String> series, List<Category> categories,
            Chart.Kind kind) {}

    private final Map<String, String> words;

    /** {@code words}: the chart words of the page language (site-templates/chart-i18n.ftlh). */
    ChartSvg(Map<String, String> words) {
        this.words = words;
    }

    /** The chart's figures as the table holds them, in {@code lang}; note numbers as the table numbers them. */
    static Data data(Table t, Chart chart, String lang, String fallback, Map<String, Integer> noteNumbers) {
        UnitResolver units = new UnitResolver(t);
        List<List<Column>> paths = t.leafPaths();
        List<String> series = new ArrayList<>();
        for (int col : chart.columns()) {
            List<Column> path = paths.get(col);
            Column named = path.get(path.size() - 1);
            for (int i = path.size() - 1; i >= 0 && named.label() == null; i--) {
                named = path.get(i);
            }
            series.add(text(named.label(), lang, fallback));
        }
        String unit = null;
        List<Category> categories = new ArrayList<>();
        for (int r : chart.rows()) {
            Row row = t.rows().get(r);
            List<String> name = new ArrayList<>();
            for (int col : chart.labelColumns()) {
                String s = t.origin(r, col).display(lang, fallback);
                if (s != null && !s.isBlank() && (name.isEmpty() || !name.get(name.size() - 1).equals(s))) {
                    name.add(s);
                }
            }
            List<Value> values = new ArrayList<>();
            for (int col : chart.columns()) {
                Cell cell = row.cells().get(col);
                List<Integer> notes = new ArrayList<>();
                for (String id : cell.notes()) {
                    notes.add(noteNumbers.getOrDefault(id, 0));
                }
                if (cell.isNumeric() && unit == null) {
                    unit = text(units.resolve(row, col).unit(), lang, fallback);
                }
                values.add(value(cell, lang, fallback, notes));
            }
            // A note on the whole row stands beside the row's name, as in the table.
            List<Integer> rowNotes = row.notes().stream().map(id -> noteNumbers.getOrDefault(id, 0)).toList();
            categories.add(new Category(String.join(" ", name), r, values, rowNotes));
        }
        String title = chart.title() != null ? text(chart.title(), lang, fallback) : text(t.title(), lang, fallback);
        return new Data(title, text(chart.summary(), lang, fallback), unit, series, categories, chart.kind());
    }

    /** A cell as drawn: its figure as written, or its words, or nothing when it is empty. */
    static Value value(Cell cell, String lang, String fallback, List<Integer> notes) {
        if (cell.isNumeric()) {
            return new Value(new BigDecimal(cell.value()), cell.value(), null, notes);
        }
        return new Value(null, null, cell.isEmpty() ? null : cell.display(lang, fallback), notes);
    }

    private static String text(Localized l, String lang, String fallback) {
        return l == null ? null : l.in(lang, fallback);
    }

    /**
     * The SVG of {@code d}. {@code id} names its title and description for aria-labelledby; {@code standalone}
     * adds the XML namespace, its own size, style, a visible title and a white ground, for the downloaded file.
     */
    String svg(Data d, String id, boolean standalone, List<String> footer) {
        Layout l = new Layout(d, standalone, footer);
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg");
        if (standalone) {
            out.append(" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                    .append(l.height).append('"');
        }
        out.append(" class=\"chart-svg chart-").append(d.kind().name().toLowerCase(java.util.Locale.ROOT))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(l.height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">\n");
        out.append("<title id=\"").append(id).append("-t\">").append(esc(d.title())).append("</title>\n");
        out.append("<desc id=\"").append(id).append("-d\">").append(esc(d.summary())).append("</desc>\n");
        if (standalone) {
            out.append("<style>").append(STANDALONE_STYLE).append("</style>\n");
            out.append("<rect class=\"chart-ground\" width=\"").append(WIDTH).append("\" height=\"").append(l.height)
                    .append("\"/>\n");
        }
        out.append(l.body);
        return out.append("</svg>\n").toString();
    }

    /** The marks, placed top to bottom: title (standalone), legend, the rows, the axis. */
    private final class Layout {
        final StringBuilder body = new StringBuilder(4096);
        final int height;
        private final double plotLeft = PAD;
        private final double plotWidth;
        private final BigDecimal max;
        private final Data d;

        Layout(Data d, boolean standalone, List<String> footer) {
            this.d = d;
            double y = 0;
            if (standalone) {
                for (String line : wrap(d.title(), WIDTH - 2 * PAD, 18)) {
                    y += 24;
                    body.append("<text class=\"chart-title\" x=\"").append(PAD).append("\" y=\"").append(num(y))
                            .append("\">").append(esc(line)).append("</text>\n");
                }
                y += 6;
            }
            BigDecimal top = BigDecimal.ZERO;
            // Per figure beside a bar: its value and the width of what is written after the bar.
            List<double[]> ends = new ArrayList<>();
            for (Category c : d.categories()) {
                BigDecimal stack = BigDecimal.ZERO;
                List<String> outside = new ArrayList<>();
                for (int i = 0; i < c.values().size(); i++) {
                    Value v = c.values().get(i);
                    if (v.number() != null) {
                        top = top.max(v.number());
                        stack = stack.add(v.number());
                    }
                    String label = valueText(v);
                    outside.add(d.kind() == Chart.Kind.STACKED ? d.series().get(i) + " " + label : label);
                }
                if (d.kind() == Chart.Kind.STACKED) {
                    top = top.max(stack);
                } else if (d.kind() != Chart.Kind.DOTS) {
                    for (int i = 0; i < c.values().size(); i++) {
                        Value v = c.values().get(i);
                        ends.add(new double[] {v.number() == null ? 0 : v.number().doubleValue(), width(outside.get(i), VALUE) + 6});
                    }
                }
            }
            this.max = top.signum() == 0 ? BigDecimal.ONE : top;
            double[] ticks = ticks(max.doubleValue());
            double scaleMax = ticks[ticks.length - 1];
            // The last tick's label is centred on the axis's end: half of it must fit too.
            double room = WIDTH - 2 * PAD;
            double width = room - (width(tick(ticks[ticks.length - 1]), SMALL) / 2 + 2);
            // Each figure written after its own bar must fit: the longest bar's figure, not the longest figure
            // ("empty in the table" stands at the axis and needs no room at the bars' end), sets the scale.
            for (double[] e : ends) {
                if (e[0] > 0) {
                    width = Math.min(width, (room - e[1]) * scaleMax / e[0]);
                }
            }
            this.plotWidth = Math.max(width, room * 0.3);
            y = legend(y);
            double rowsTop = y;
            for (Category c : d.categories()) {
                y = category(c, y, scaleMax);
            }
            y += 4;
            axis(ticks, scaleMax, rowsTop, y);
            y += 44;
            if (standalone) {
                // The downloaded file stands alone: its notes and its source go with it.
                y += 10;
                for (String paragraph : footer) {
                    for (String line : wrap(paragraph, WIDTH - 2 * PAD, 12)) {
                        body.append("<text class=\"chart-source\" x=\"").append(PAD).append("\" y=\"").append(num(y))
                                .append("\">").append(esc(line)).append("</text>\n");
                        y += 16;
                    }
                }
                y += 4;
            }
            this.height = (int) Math.ceil(y);
        }

        private double legend(double y) {
            if (d.series().size() < 2 && d.kind() != Chart.Kind.DOTS) {
                return y + 4;
            }
            double x = PAD;
            y += 4;
            for (int i = 0; i < d.series().size(); i++) {
                double w = width(d.series().get(i), VALUE) + 26;
                if (x + w > WIDTH - PAD && x > PAD) {
                    x = PAD;
                    y += LINE;
                }
                mark(i, x, y + 4, 14, 13);
                body.append("<text class=\"chart-legend\" x=\"").append(num(x + 19)).append("\" y=\"").append(num(y + 16))
                        .append("\">").append(esc(d.series().get(i))).append("</text>\n");
                x += w + 8;
            }
            return y + LINE + 6;
        }

        /** A swatch of series {@code i}: a square for bars, a dot (hollow for the first series) for dots. */
        private void mark(int i, double x, double y, double w, double h) {
            if (d.kind() == Chart.Kind.DOTS) {
                dot(i, x + w / 2, y + h / 2);
            } else {
                body.append("<rect class=\"chart-bar ").append(seriesClass(i)).append("\" x=\"").append(num(x))
                        .append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w)).append("\" height=\"")
                        .append(num(h)).append("\"/>\n");
            }
        }

        private void dot(int i, double cx, double cy) {
            body.append("<circle class=\"chart-dot ").append(i == 0 ? "chart-dot-hollow" : seriesClass(i))
                    .append("\" cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"6\"/>\n");
        }

        private String seriesClass(int i) {
            int n = Math.min(d.series().size(), SERIES_CLASSES.length) - 1;
            return "chart-c" + SERIES_CLASSES[n][Math.min(i, SERIES_CLASSES[n].length - 1)];
        }

        private double x(BigDecimal v, double scaleMax) {
            return plotLeft + v.doubleValue() / scaleMax * plotWidth;
        }

        private double category(Category c, double y, double scaleMax) {
            String name = c.name();
            for (int n : c.rowNotes()) {
                name += " " + word("chartNote", "[{n}]").replace("{n}", String.valueOf(n));
            }
            for (String line : wrap(name, WIDTH - 2 * PAD, FONT)) {
                y += LINE;
                body.append("<text class=\"chart-label\" x=\"").append(PAD).append("\" y=\"").append(num(y - 5))
                        .append("\">").append(esc(line)).append("</text>\n");
            }
            body.append("<g class=\"chart-row\" data-row=\"").append(c.row() + 1).append("\">\n");
            switch (d.kind()) {
                case BARS, GROUPED -> {
                    for (int i = 0; i < c.values().size(); i++) {
                        Value v = c.values().get(i);
                        double end = plotLeft;
                        if (v.number() != null) {
                            end = x(v.number(), scaleMax);
                            bar(i, plotLeft, y, end - plotLeft, v);
                        }
                        value(v, end + 4, y + BAR - 3, i);
                        y += BAR + 3;
                    }
                }
                case STACKED -> {
                    double at = plotLeft;
                    List<String> after = new ArrayList<>();
                    for (int i = 0; i < c.values().size(); i++) {
                        Value v = c.values().get(i);
                        if (v.number() == null) {
                            after.add(d.series().get(i) + " " + valueText(v));
                            continue;
                        }
                        double w = v.number().doubleValue() / scaleMax * plotWidth;
                        bar(i, at, y, w, v);
                        String label = valueText(v);
                        if (width(label, SMALL) + 4 <= w) {
                            body.append("<text class=\"chart-value chart-in ").append(seriesClass(i)).append("-text\" x=\"")
                                    .append(num(at + w / 2)).append("\" y=\"").append(num(y + BAR - 4))
                                    .append("\" data-series=\"").append(i).append("\">").append(esc(label))
                                    .append("</text>\n");
                        } else {
                            after.add(d.series().get(i) + " " + label);
                        }
                        at += w;
                    }
                    y += BAR + 3;
                    // What does not fit inside its part is written below the bar, on lines of their own.
                    for (String line : wrap(String.join(word("chartSep", "; "), after), WIDTH - 2 * PAD, VALUE)) {
                        body.append("<text class=\"chart-value\" x=\"").append(num(plotLeft)).append("\" y=\"")
                                .append(num(y + 13)).append("\">").append(esc(line)).append("</text>\n");
                        y += 19;
                    }
                }
                case DOTS -> {
                    double cy = y + 8;
                    body.append("<line class=\"chart-track\" x1=\"").append(num(plotLeft)).append("\" y1=\"")
                            .append(num(cy)).append("\" x2=\"").append(num(plotLeft + plotWidth)).append("\" y2=\"")
                            .append(num(cy)).append("\"/>\n");
                    for (int i = 0; i < c.values().size(); i++) {
                        Value v = c.values().get(i);
                        if (v.number() != null) {
                            dot(i, x(v.number(), scaleMax), cy);
                        }
                    }
                    y += BAR + 2;
                    double tx = plotLeft;
                    for (int i = 0; i < c.values().size(); i++) {
                        Value v = c.values().get(i);
                        List<String> lines = wrap(d.series().get(i) + " " + valueText(v), WIDTH - 2 * PAD, VALUE);
                        if ((lines.size() > 1 || tx + width(lines.get(0), VALUE) > WIDTH - PAD) && tx > plotLeft) {
                            tx = plotLeft;
                            y += 19;
                        }
                        for (int k = 0; k < lines.size(); k++) {
                            if (k > 0) {
                                y += 19;
                            }
                            body.append("<text class=\"chart-value\" x=\"").append(num(tx)).append("\" y=\"")
                                    .append(num(y + 14)).append("\" data-series=\"").append(i).append("\">")
                                    .append(esc(lines.get(k))).append("</text>\n");
                        }
                        tx = lines.size() > 1 ? WIDTH : tx + width(lines.get(0), VALUE) + 16;
                    }
                    y += 18;
                }
            }
            body.append("</g>\n");
            return y + 6;
        }

        private void bar(int i, double x, double y, double w, Value v) {
            body.append("<rect class=\"chart-bar ").append(seriesClass(i)).append("\" x=\"").append(num(x))
                    .append("\" y=\"").append(num(y)).append("\" width=\"").append(num(Math.max(w, 0.5)))
                    .append("\" height=\"").append(BAR).append("\" data-series=\"").append(i).append("\" data-value=\"")
                    .append(esc(v.written())).append("\"/>\n");
        }

        private void value(Value v, double x, double y, int series) {
            body.append("<text class=\"chart-value").append(v.number() == null ? " chart-missing" : "")
                    .append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" data-series=\"")
                    .append(series).append("\">").append(esc(valueText(v))).append("</text>\n");
        }

        private void axis(double[] ticks, double scaleMax, double top, double y) {
            for (double t : ticks) {
                double x = plotLeft + t / scaleMax * plotWidth;
                body.append("<line class=\"chart-grid\" x1=\"").append(num(x)).append("\" y1=\"").append(num(top))
                        .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(num(y)).append("\"/>\n");
                body.append("<text class=\"chart-tick\" x=\"").append(num(x)).append("\" y=\"").append(num(y + 16))
                        .append("\">").append(tick(t)).append("</text>\n");
            }
            body.append("<line class=\"chart-axis\" x1=\"").append(num(plotLeft)).append("\" y1=\"").append(num(y))
                    .append("\" x2=\"").append(num(plotLeft + plotWidth)).append("\" y2=\"").append(num(y)).append("\"/>\n");
            body.append("<text class=\"chart-unit\" x=\"").append(PAD).append("\" y=\"").append(num(y + 36)).append("\">")
                    .append(esc(word("chartUnit", "Unit: {unit}").replace("{unit}", d.unit() == null ? "" : d.unit())))
                    .append("</text>\n");
        }
    }

    /** The value as the table writes it, with the numbers of its notes; or the words that stand for it. */
    String valueText(Value v) {
        String s;
        if (v.number() != null) {
            s = v.written();
        } else if (v.words() != null) {
            s = word("chartWords", "in the table: {text}").replace("{text}", v.words());
        } else {
            s = word("chartEmpty", "empty in the table");
        }
        for (int n : v.notes()) {
            s += " " + word("chartNote", "[{n}]").replace("{n}", String.valueOf(n));
        }
        return s;
    }

    private String word(String key, String otherwise) {
        return words.getOrDefault(key, otherwise);
    }

    /** Ticks from 0 by a step of 1, 2 or 5 × 10ⁿ, at most six, the last at or above {@code max}. */
    static double[] ticks(double max) {
        double raw = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) {
                break;
            }
        }
        int n = (int) Math.ceil(max / step - 1e-9);
        double[] out = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            out[i] = step * i;
        }
        return out;
    }

    private static String tick(double t) {
        return new BigDecimal(Double.toString(t)).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** A coordinate with one decimal (the same on every machine). */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10)
                : (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    /** The width of {@code s} at {@code size} px, a little generous: CJK and full-width a full em, others 0.6. */
    static double width(String s, int size) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x2E80 ? 1.0 : Character.isUpperCase(ch) || ch == 'm' || ch == 'w' ? 0.72 : 0.58;
        }
        return w * size;
    }

    /** Punctuation no Chinese line begins with (it hangs at the end of the line before) and none ends with. */
    private static final String NO_LINE_START = "。，、；：？！）」』】》〉”’…—";
    private static final String NO_LINE_END = "（「『【《〈“‘";

    /**
     * {@code s} in lines that fit {@code max} px: at spaces in Latin text, anywhere between CJK characters
     * but before a closing or after an opening punctuation mark (a closing mark may pass {@code max}).
     */
    static List<String> wrap(String s, double max, int size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int j = i + 1;
            if (s.charAt(i) < 0x2E80 && s.charAt(i) != ' ') {
                while (j < s.length() && s.charAt(j) < 0x2E80 && s.charAt(j) != ' ') {
                    j++;
                }
            }
            String piece = s.substring(i, j);
            boolean hangs = piece.length() == 1 && NO_LINE_START.indexOf(piece.charAt(0)) >= 0;
            if (line.length() > 0 && !hangs && width(line + piece, size) > max) {
                // An opening mark goes down with what it opens.
                String carried = line.length() > 1 && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0
                        ? line.substring(line.length() - 1) : "";
                lines.add(line.substring(0, line.length() - carried.length()).strip());
                line.setLength(0);
                line.append(carried);
                if (piece.equals(" ")) {
                    i = j;
                    continue;
                }
            }
            line.append(piece);
            i = j;
        }
        if (line.length() > 0) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    static String esc(String s) {
        return TableHtmlWriter.esc(s == null ? "" : s);
    }

    /** The rules of site.css's Charts section, for the standalone file, in the light scheme. */
    private static final String STANDALONE_STYLE = "svg{font-family:system-ui,-apple-system,\"PingFang SC\","
            + "\"Hiragino Sans GB\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"Segoe UI\",Roboto,Arial,sans-serif;"
            + "color:#1d2327}text{fill:currentColor;font-size:16px}.chart-ground{fill:#fff}"
            + ".chart-title{font-size:18px;font-weight:bold}.chart-value,.chart-legend,.chart-unit{font-size:15px}"
            + ".chart-tick{font-size:14px}.chart-source{font-size:12px}.chart-tick,.chart-source{fill:#4a5560}.chart-tick{text-anchor:middle}"
            + ".chart-missing{font-style:italic;fill:#4a5560}.chart-bar{stroke:currentColor;stroke-width:.75}"
            + ".chart-grid{stroke:#d5dbe0}.chart-axis{stroke:currentColor}.chart-track{stroke:#767676;stroke-width:1}"
            + ".chart-dot{stroke:currentColor;stroke-width:1.5}.chart-dot-hollow{fill:#fff;stroke-width:2.5}"
            + ".chart-in{text-anchor:middle;font-size:14px}"
            + ".chart-c1{fill:#a1dab4}.chart-c2{fill:#41b6c4}.chart-c3{fill:#2c7fb8}.chart-c4{fill:#253494}"
            + ".chart-c1-text,.chart-c2-text{fill:#000}.chart-c3-text,.chart-c4-text{fill:#fff}";
}
