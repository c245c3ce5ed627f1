package plansite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's text lines break as Chinese typesetting does: no line begins with a closing mark or ends with an opening one. */
class ChartTextWrapTest {
    // At 12 px a CJK character is 12 px wide: 5 to a line of 60 px.
    @Test
    void aClosingMarkHangsAtTheEndOfTheLineBeforeInsteadOfStartingOne() {
        assertEquals(List.of("一二三四五。", "六七"), ChartSvg.wrap("一二三四五。六七", 60, 12));
        assertEquals(List.of("一二三四五", "六七"), ChartSvg.wrap("一二三四五六七", 60, 12));
    }

    @Test
    void anOpeningMarkGoesDownWithWhatItOpens() {
        assertEquals(List.of("一二三四", "（五六）"), ChartSvg.wrap("一二三四（五六）", 60, 12));
    }

    @Test
    void latinTextBreaksAtSpaces() {
        assertEquals(List.of("Raw coal", "output"), ChartSvg.wrap("Raw coal output", 60, 12));
    }
}
