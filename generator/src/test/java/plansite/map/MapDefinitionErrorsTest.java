package plansite.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.FixtureSite;

/**
 * The maps that data/maps.yaml defines are checked against the plan: a map's id, its mode, the tables
 * of its groups and the column headers they name (the table's headers are what is expected), each
 * mistake at its file, line and column, all of them in one run. On the invented Qinghe plan, whose
 * maps.yaml is small.
 */
class MapDefinitionErrorsTest {
    @TempDir
    Path dir;

    private static final String THIRD_MAP = """
              - id: index
                mode: count
                title: {zh: 供水工程, en: Water supply works}
                intro: {zh: 表 3。, en: Table 3.}
                groups:
                  - {table: sz-3, code: 编号, county: 所在县区}
              - id: works
                mode: count
                title: {zh: 供水工程, en: Water supply works}
                intro: {zh: 表 3。}
                groups:
                  - {table: sz-03, code: 编号, measures: [年供水能力]}
                  - {table: sz-03, code: 编号, county: 所在县区, places: [{id: GS-01, counties: [青河县], quote: 青河}]}
                  - {table: sz-03, code: 编号, county: 所在县区, kind_column: {zh: 类别, en: Kind}}
            """;

    @Test
    void everyMistakeInTheMapsDefinitionsIsReportedAtItsPlaceInOneRun() {
        FixtureSite s = FixtureSite.copy("qinghe", dir)
                .replace("data/maps.yaml", "    mode: count\n", "    mode: counts\n")
                .replace("data/maps.yaml", "{table: sz-03, code: 编号,", "{table: sz-03, code: 代码,")
                .replace("data/maps.yaml", "  - id: water-caps\n", "  - id: water-works\n")
                .replace("data/maps.yaml", "measures: [2027年用水总量控制指标, 2022年用水量]",
                        "measures: [2027年用水总量控制指标, 2022年用水]");
        s.write("data/maps.yaml", s.read("data/maps.yaml") + THIRD_MAP);
        FixtureSite.Run run = s.run("check");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(
                "data/maps.yaml:27:5: error: unknown mode 'counts'; expected count (each county coloured by how many"
                        + " features lie in it) or measure (by a column of numbers); did you mean 'count'?",
                "data/maps.yaml:33:24: error: unknown column '代码' in table sz-03; expected one of: 编号, 名称, 所在县区,"
                        + " 年供水能力",
                "data/maps.yaml:34:5: error: duplicate map id 'water-works'",
                "data/maps.yaml:41:62: error: unknown column '2022年用水' in table sz-04; expected one of: 序号, 县区,"
                        + " 2027年用水总量控制指标, 2022年用水量",
                "data/maps.yaml:42:5: error: map id 'index' is the name of the maps' index page; choose another",
                "data/maps.yaml:47:10: error: unknown table 'sz-3'; expected the id of a file in data/tables/; did you"
                        + " mean 'sz-03'?",
                "data/maps.yaml:51:5: error: 'intro' in a map has no text for language 'en'",
                "data/maps.yaml:53:9: error: a group needs the column that names its rows' counties ('county'), or"
                        + " their counties by code ('places')",
                "data/maps.yaml:53:34: error: 'measures' are for a map of mode measure; this map counts features",
                "data/maps.yaml:54:9: error: a group gives its rows' counties by a column ('county') or by code"
                        + " ('places'), not both",
                "data/maps.yaml:55:48: error: 'kind_column' heads the kinds of a group's 'places'; this group has"
                        + " none"), run.diagnostics());
    }

    @Test
    void kindsColumnsAndPlacesOfTheRealPlansMapsAreCheckedToo() {
        FixtureSite s = FixtureSite.copyRepo(dir)
                .replace("data/maps.yaml", "{kind: permits, table: t-01, code: 编号, name: 项目名称}",
                        "{kind: permit, table: t-01, code: 编号, name: 名称}")
                .replace("data/maps.yaml", "{table: zl-02, name: 矿种,", "{table: zl-02, code: 矿种, name: 矿种,")
                .replace("data/maps.yaml", "{id: III2, kind: key,", "{id: III1, kind: key,")
                .replace("data/maps.yaml", "{table: zl-04, county: 县区,", "{table: zl-04, county: 县区, name: 县区,");
        FixtureSite.Run run = s.run("check");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(
                "data/maps.yaml:68:13: error: a second place for 'III1'",
                "data/maps.yaml:89:36: error: 'name' is not used in a map of mode measure, whose features are the rows"
                        + " of its county column",
                "data/maps.yaml:110:24: error: column '矿种' of table zl-02 heads 2 columns; expected the header of one",
                "data/maps.yaml:164:10: error: unknown kind 'permit'; expected one of the ids of 'kinds': key, general,"
                        + " permits, mines, deposits, exploration-block, concentrated-area, key-exploration-area,"
                        + " remediation-zone; did you mean 'permits'?",
                "data/maps.yaml:164:47: error: unknown column '名称' in table t-01; expected one of: 编号, 项目名称, 工作程度,"
                        + " 勘查矿种, 登记面积, 有效期起, 有效期止, 备注",
                // The second place for III1 is left out, and III2, whose place it was meant to be, has none.
                "data/tables/zl-15.yaml:21:5: error: row 'III2' of zl-15 has no place in data/maps.yaml (the 'places'"
                        + " of its group): give the counties it lies in"), run.diagnostics());
    }
}
