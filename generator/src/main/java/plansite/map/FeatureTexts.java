package plansite.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import plansite.model.Atlas;
import plansite.model.Cell;
import plansite.model.Column;
import plansite.model.Localized;
import plansite.model.Plan;
import plansite.model.Table;

/** The texts of the maps' features as the plan's tables give them, in every language of the site. */
final class FeatureTexts {
    private final String zh;
    private final List<String> langs;

    FeatureTexts(Plan plan) {
        this.zh = plan.site().defaultLanguage().code();
        this.langs = plan.languages().stream().map(l -> l.code()).toList();
    }

    /** The plan's language. */
    String lang() {
        return zh;
    }

    List<String> langs() {
        return langs;
    }

    static Localized text(Cell cell) {
        if (cell.value() != null && !cell.value().isEmpty()) {
            return Localized.neutral(cell.value());
        }
        return cell.text();
    }

    /**
     * A cell as one text (a feature's code): its neutral value, else its text in the plan's language, else
     * the first by language code; never the first its map holds, whose order a text read from the build
     * cache does not keep.
     */
    String display(Cell cell) {
        Localized l = text(cell);
        if (l == null) {
            return "";
        }
        if (l.in(Localized.NEUTRAL) != null) {
            return l.in(Localized.NEUTRAL);
        }
        return l.in(zh) != null ? l.in(zh) : new TreeMap<>(l.byLang()).values().iterator().next();
    }

    /**
     * A feature's name: the cell of its one name column; of several, their texts joined (each once), as a
     * row's header cells name it (the mineral and what is measured).
     */
    Localized name(Table t, int r, List<Integer> columns) {
        if (columns.size() == 1) {
            return text(t.origin(r, columns.get(0)));
        }
        return joined(t, r, columns, " ");
    }

    /** The row's header cells, each once, joined by " · " (for the county pages' lists of rows). */
    Localized rowSummary(Table t, int r) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < Math.max(t.headerColumns(), 1) && c < t.leafColumns().size(); c++) {
            columns.add(c);
        }
        return joined(t, r, columns, " · ");
    }

    /** The texts of row {@code r}'s cells in {@code columns}, each once, joined by {@code separator}. */
    private Localized joined(Table t, int r, List<Integer> columns, String separator) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : langs) {
            List<String> texts = new ArrayList<>();
            for (int c : columns) {
                String s = t.origin(r, c).display(lang, zh);
                if (s != null && !texts.contains(s)) {
                    texts.add(s);
                }
            }
            out.put(lang, String.join(separator, texts));
        }
        return new Localized(out);
    }

    /** A cell as shown, with the unit of a number beside it; an empty cell stays empty. */
    Localized withUnit(Cell cell, Localized unit) {
        Localized l = text(cell);
        if (l == null) {
            return Localized.neutral("");
        }
        if (unit == null || !cell.isNumeric()) {
            return l;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : langs) {
            out.put(lang, cell.value() + " " + unit.in(lang, zh));
        }
        return new Localized(out);
    }

    /** A leaf column's label with its parents' ("历史遗留矿山生态修复面积 / 规划任务"). */
    Localized columnLabel(Table t, int c) {
        List<Column> path = t.leafPaths().get(c);
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : langs) {
            List<String> parts = new ArrayList<>();
            for (Column col : path) {
                if (col.label() != null && col.label().in(lang, zh) != null) {
                    parts.add(col.label().in(lang, zh));
                }
            }
            out.put(lang, String.join(" / ", parts));
        }
        return new Localized(out);
    }

    Localized withUnitLabel(Localized label, Localized unit) {
        if (unit == null) {
            return label;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : langs) {
            // Each language's own brackets: full-width in Chinese.
            String u = unit.in(lang, zh);
            out.put(lang, label.in(lang, zh) + ("zh".equals(lang) ? "（" + u + "）" : " (" + u + ")"));
        }
        return new Localized(out);
    }

    Localized caption(Table t) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : langs) {
            out.put(lang, t.label().in(lang, zh) + " " + t.title().in(lang, zh));
        }
        return new Localized(out);
    }

    Atlas.Source tableSource(Table t) {
        return new Atlas.Source(t.chapter(), t.id(), t.id(), caption(t));
    }
}
