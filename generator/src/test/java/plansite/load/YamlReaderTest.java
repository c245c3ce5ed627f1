package plansite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import plansite.diag.Diagnostics;
import plansite.model.Cell;
import plansite.model.Row;

class YamlReaderTest {
    private final YamlReader yaml = new YamlReader();

    record Rows(List<Row> rows) {}

    @Test
    void cellValuesAreKeptExactlyAsWritten() {
        Diagnostics d = new Diagnostics();
        var rows = yaml.read("rows:\n  - [100.00, 0.10, 010, 停采, ~, ^, <, \"2.50\", 1:5万]\n", "t.yaml", 0, Rows.class, "zh",
                d).orElseThrow().value().rows();
        List<Cell> cells = rows.get(0).cells();
        assertEquals("100.00", cells.get(0).value());
        assertEquals("0.10", cells.get(1).value());
        assertEquals("010", cells.get(2).value());
        assertEquals("停采", cells.get(3).value());
        assertTrue(cells.get(4).isEmpty(), "~ is an empty cell, not zero");
        assertEquals(Cell.Merge.UP, cells.get(5).merge());
        assertEquals(Cell.Merge.LEFT, cells.get(6).merge());
        assertEquals("2.50", cells.get(7).value());
        assertEquals("1:5万", cells.get(8).value());
        assertTrue(d.all().isEmpty());
    }

    @Test
    void cellsMayCarryTextsPerLanguageUnitsAndNotes() {
        var rows = yaml.read("rows:\n  - [{zh: 平城区, en: Pingcheng District}, {value: 3.561, unit: 平方千米, notes: [n1]}]\n"
                + "  - cells: [x, 1]\n    unit: {zh: 吨, en: t}\n    notes: n2\n", "t.yaml", 0, Rows.class, "zh",
                new Diagnostics()).orElseThrow().value().rows();
        assertEquals("Pingcheng District", rows.get(0).cells().get(0).text().in("en"));
        assertEquals("3.561", rows.get(0).cells().get(1).value());
        assertEquals("平方千米", rows.get(0).cells().get(1).unit().in("zh"), "a plain text means the default language");
        assertEquals(List.of("n1"), rows.get(0).cells().get(1).notes());
        assertEquals("t", rows.get(1).unit().in("en"));
        assertEquals(List.of("n2"), rows.get(1).notes());
        assertEquals("t.yaml:3:5", rows.get(1).pos().toString());
    }

    @Test
    void badCellKeysArePositioned() {
        Diagnostics d = new Diagnostics();
        yaml.read("rows:\n  - [{valu: 1}]\n", "t.yaml", 0, Rows.class, "zh", d);
        assertEquals("t.yaml:2:7: error: unknown key 'valu' in a cell; expected value, unit, notes or language codes",
                d.all().get(0).toString());
    }

    @Test
    void aDocumentOverSnakeYamlsDefaultThreeMegabytesIsRead() {
        StringBuilder text = new StringBuilder("rows:\n");
        while (text.length() < 4 * 1024 * 1024) {
            text.append("  - [{zh: 平城区, en: Pingcheng District}, 3.561, 0.005, 停采]\n");
        }
        Diagnostics d = new Diagnostics();
        var rows = yaml.read(text.toString(), "t.yaml", 0, Rows.class, "zh", d);
        assertTrue(d.all().isEmpty(), d.report().toString());
        assertTrue(rows.orElseThrow().value().rows().size() > 50_000);
    }
}
