package plansite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TablePagesTest {
    @Test
    void fileSizesReadAsTheirPrintfFormWithOneDecimal() {
        assertEquals("0 B", TablePages.size(0));
        assertEquals("1023 B", TablePages.size(1023));
        for (int bytes = 1024; bytes < 3_000_000; bytes += 7) {
            assertEquals(String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0), TablePages.size(bytes), "" + bytes);
        }
    }
}
