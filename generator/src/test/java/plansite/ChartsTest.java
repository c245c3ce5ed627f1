package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.cli.ExitCode;

/**
 * A chart declaration (a table's {@code chart:} block) and the at-a-glance page's references, each kind of
 * mistake to its exact {@code file:line:col} message; every mistake of a build reported together.
 */
class ChartsTest {
    @TempDir
    Path dir;

    /**
     * The basic fixture with a chart block at the end of table t1 (5 columns: type, mineral, 2 figures, words),
     * from line 30 on. Positions are those of the key, as for every input error.
     */
    private FixtureSite withChart(String block) {
        FixtureSite s = FixtureSite.copy("basic", dir);
        return s.write("data/tables/t1.yaml", s.read("data/tables/t1.yaml") + "chart:\n" + block);
    }

    private static void assertFails(FixtureSite site, String... expected) {
        FixtureSite.Run run = site.run("build");
        assertEquals(ExitCode.INPUT_ERRORS, run.exitCode(), run.err());
        assertEquals(List.of(expected), run.diagnostics().stream()
                .filter(d -> !d.contains("has changed since this translation")).toList(), run.err());
        assertFalse(Files.exists(site.out()), "nothing is written");
    }

    private static final String SUMMARY = "  summary: {zh: 保有与占用。, en: Remaining against occupied.}\n";

    @Test
    void aGoodChartBuilds() {
        FixtureSite s = withChart("  kind: grouped\n  rows: 1-2\n  columns: [3, 4]\n  label: 2\n" + SUMMARY);
        FixtureSite.Run run = s.run("build");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void unknownKindRowAndColumn() {
        assertFails(withChart("  kind: pie\n  rows: [1, 7]\n  columns: [3, 9]\n" + SUMMARY),
                "data/tables/t1.yaml:32:3: error: unknown chart kind 'pie'; expected bars, grouped, stacked or dots",
                "data/tables/t1.yaml:33:13: error: chart row 7 is not in the table, which has 3 rows",
                "data/tables/t1.yaml:34:16: error: chart column 9 is not in the table, which has 5 columns");
    }

    @Test
    void aColumnOfWordsIsNotPlotted() {
        assertFails(withChart("  kind: grouped\n  rows: 1-2\n  columns: [3, 5]\n" + SUMMARY),
                "data/tables/t1.yaml:34:16: error: chart column 5 (分布范围) is a column of words, not of figures;"
                        + " chart a column of numbers");
    }

    @Test
    void aLabelMustBeWords() {
        assertFails(withChart("  kind: bars\n  rows: 1-2\n  columns: 3\n  label: 4\n" + SUMMARY),
                "data/tables/t1.yaml:35:3: error: label column 4 (矿山占用) is a column of figures; name the rows"
                        + " with a column of words");
    }

    @Test
    void theKindDecidesHowManyColumns() {
        assertFails(withChart("  kind: bars\n  rows: 1-2\n  columns: [3, 4]\n" + SUMMARY),
                "data/tables/t1.yaml:34:3: error: a chart of kind 'bars' draws one column; this one gives 2");
    }

    @Test
    void twoUnitsOnOneAxis() {
        FixtureSite s = withChart("  kind: grouped\n  rows: 1-2\n  columns: [3, 4]\n" + SUMMARY)
                .replace("data/tables/t1.yaml", "100.00, {value: 5.07", "{value: 100.00, unit: {zh: 吨, en: t}}, {value: 5.07");
        assertFails(s, "data/tables/t1.yaml:33:3: error: the chart puts figures of 2 units on one axis: 万吨 (row 1,"
                + " column 3), 吨 (row 2, column 3); chart only rows and columns of one unit");
    }

    @Test
    void aTotalRowAmongItsParts() {
        assertFails(withChart("  kind: grouped\n  rows: 1-3\n  columns: [3, 4]\n" + SUMMARY),
                "data/tables/t1.yaml:33:3: error: row 3 (合计) is the total of rows 1, 2 (the table's check on line 28),"
                        + " and the chart draws it among its parts (rows 1, 2); chart the parts or the total, not both");
    }

    @Test
    void aSumColumnStackedOnItsParts() {
        FixtureSite s = FixtureSite.copy("basic", dir);
        s.write("data/tables/t2.yaml", s.read("data/tables/t2.yaml") + "chart:\n  kind: stacked\n  rows: 1-2\n"
                + "  columns: 2-4\n  summary: {zh: 修复。, en: Remediation.}\n");
        s.replace("data/tables/t2.yaml", "formula: \"c4 = c2 - c3\"", "formula: \"c2 = c3 + c4\"");
        assertFails(s, "data/tables/t2.yaml:27:3: error: column 2 is the sum of columns 3, 4 (the table's formula"
                + " \"c2 = c3 + c4\"), and a stacked chart adds it to them again; stack the parts alone");
    }

    @Test
    void aSummaryIsRequired() {
        assertFails(withChart("  kind: bars\n  rows: 1-2\n  columns: 3\n"),
                "data/tables/t1.yaml:31:1: error: missing required key 'summary' in a chart");
    }

    @Test
    void glanceReferencesAreChecked() {
        FixtureSite s = withChart("  kind: grouped\n  rows: 1-2\n  columns: [3, 4]\n" + SUMMARY);
        s.write("data/glance.yaml", "title: {zh: 一览, en: At a glance}\n"
                + "sections:\n"
                + "  - id: a\n"
                + "    title: {zh: 甲, en: A}\n"
                + "    figures:\n"
                + "      - {table: t9, row: 1, column: 3}\n"
                + "      - {table: t1, row: 4, column: 3}\n"
                + "      - {table: t1, row: 1, column: 5}\n"
                + "      - {check: nope, label: {zh: 乙, en: B}}\n"
                + "      - {table: t1, row: 1, column: 3, map: key-areas}\n"
                + "    charts: [t2]\n");
        assertFails(s,
                "data/glance.yaml:6:10: error: unknown table 't9'; expected the id of a file in data/tables/; did you"
                        + " mean 't1'?",
                "data/glance.yaml:7:21: error: table 't1' has no row 4; it has 3 rows",
                "data/glance.yaml:8:29: error: column 5 of table 't1' is a column of words; a figure comes from a"
                        + " column of figures",
                "data/glance.yaml:9:10: error: unknown prose check 'nope'; expected the id of a check in data/checks/",
                "data/glance.yaml:11:14: error: table 't2' has no chart; add a 'chart:' block to data/tables/t2.yaml or"
                        + " leave it out here");
    }

    /**
     * The basic fixture with a glance page whose targets are rows 1-3 of t1 (target: column 3, in 万吨), row 1's
     * baseline t1's column 4 (万吨), row 2's t2's column 2 (平方千米), and this chart of the targets from line 14.
     */
    private FixtureSite withTargetsChart(String chart) {
        FixtureSite s = FixtureSite.copy("basic", dir);
        return s.write("data/glance.yaml", "title: {zh: 一览, en: At a glance}\n"
                + "sections:\n"
                + "  - id: a\n"
                + "    title: {zh: 甲, en: A}\n"
                + "    targets:\n"
                + "      table: t1\n"
                + "      rows: 1-3\n"
                + "      name: 2\n"
                + "      target: 3\n"
                + "      attribute: 5\n"
                + "      baselines:\n"
                + "        - {row: 1, table: t1, table_row: 1, column: 4}\n"
                + "        - {row: 2, table: t2, table_row: 1, column: 2}\n"
                + "      chart:\n" + chart
                + "        title: {zh: 目标与现状, en: Target and base year}\n"
                + "        summary: {zh: 保有目标与占用。, en: The target against the base year.}\n");
    }

    @Test
    void aGoodTargetsChartBuilds() {
        FixtureSite.Run run = withTargetsChart("        kind: grouped\n        rows: 1\n        unit: 万吨\n").run("build");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aTargetsChartOfUnknownKindAndARowWithoutBaseline() {
        assertFails(withTargetsChart("        kind: bars\n        rows: [1, 3]\n        unit: 万吨\n        label: 3\n"),
                "data/glance.yaml:15:9: error: unknown kind 'bars' for a chart of the targets; expected grouped or dots"
                        + " (the base year against the target)",
                "data/glance.yaml:16:19: error: row 3 (合计) has no baseline; a chart of the targets draws the base year"
                        + " against the target: give the row a baseline or leave it out of the chart",
                "data/glance.yaml:18:9: error: label column 3 of table 't1' is a column of figures; name the rows with"
                        + " a column of words");
    }

    @Test
    void aTargetsChartWithTwoUnitsOnOneAxis() {
        assertFails(withTargetsChart("        kind: dots\n        rows: 1-2\n        unit: 万吨\n"),
                "data/glance.yaml:16:9: error: the baseline of row 2 (t2, row 1, column 2) is in 平方千米, and the"
                        + " chart's unit is 万吨: two units on one axis; chart only rows of one unit");
    }

    @Test
    void aTargetsChartDrawsNoFigureBelowZero() {
        FixtureSite s = withTargetsChart("        kind: grouped\n        rows: 1\n        unit: 万吨\n")
                .replace("data/tables/t1.yaml", "27469.13, 7012.18,", "27469.13, -7012.18,");
        assertFails(s, "data/glance.yaml:16:9: error: the baseline of row 1 (t1, row 1, column 4) is -7012.18, below"
                + " zero; charts draw figures of 0 or more");
    }

    @Test
    void glanceMapsNeedTheMaps() {
        FixtureSite s = FixtureSite.copy("basic", dir);
        s.write("data/glance.yaml", "title: {zh: 一览, en: At a glance}\nsections:\n  - id: a\n"
                + "    title: {zh: 甲, en: A}\n    figures:\n      - {table: t1, row: 1, column: 3, map: key-areas}\n");
        assertFails(s, "data/glance.yaml:6:40: error: the site has no maps (no data/geo/); leave out map 'key-areas'");
    }
}
