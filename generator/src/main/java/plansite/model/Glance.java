package plansite.model;

import java.util.List;
import plansite.diag.SourcePos;

/**
 * The at-a-glance page ({@code data/glance.yaml}): sections of key figures, each figure a reference to a
 * table cell or a prose check (never a number typed again), the targets of an indicator table with their
 * base-year values where the plan gives them, and the charts and maps each section shows. Rows and columns
 * are 0-based here.
 */
public record Glance(Localized title, Localized intro, List<Section> sections, SourcePos pos) {

    public Glance {
        sections = List.copyOf(sections);
    }

    /** A section: its figures, or the targets of an indicator table; then charts (table ids) and maps (map ids). */
    public record Section(String id, Localized title, Localized intro, Targets targets, List<Figure> figures,
            List<String> charts, List<MapRef> maps, SourcePos pos) {
        public Section {
            figures = List.copyOf(figures);
            charts = List.copyOf(charts);
            maps = List.copyOf(maps);
        }
    }

    /** A figure where it is written: a table's cell, or a prose check's printed figure. */
    public record Ref(String table, int row, int column, String check, SourcePos pos) {
        public boolean isCheck() {
            return check != null;
        }
    }

    /** A key figure: where it comes from, its label (default: the row's and the column's), a map of it. */
    public record Figure(Ref ref, Localized label, MapRef map) {}

    /** A map the page links to, by its id in data/maps.yaml; checked when the maps are made. */
    public record MapRef(String id, SourcePos pos) {}

    /**
     * An indicator table's rows: the columns that name each indicator, give its target and its attribute
     * (binding or indicative), and for some rows the base-year value, elsewhere in the plan.
     */
    public record Targets(String table, List<Integer> rows, List<Integer> name, int target, int attribute,
            List<Baseline> baselines, TargetsChart chart) {
        public Targets {
            rows = List.copyOf(rows);
            name = List.copyOf(name);
            baselines = List.copyOf(baselines);
        }
    }

    /**
     * A chart of the targets (or null): for each of {@code rows} (of the targets' table, each with a baseline
     * from a table cell) its base-year figure against its target, on one axis; {@code label} the columns that
     * name the rows on the chart.
     */
    public record TargetsChart(Chart.Kind kind, List<Integer> rows, List<Integer> label, Localized title,
            Localized summary, SourcePos pos) {
        public TargetsChart {
            rows = List.copyOf(rows);
            label = List.copyOf(label);
        }
    }

    /** The base-year value of the indicator in row {@code row} of the targets' table. */
    public record Baseline(int row, Ref from) {}
}
