package plansite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.diag.Diagnostics;

/** Input files are strict UTF-8, without a leading BOM, with LF line ends. */
class Utf8TextTest {
    @TempDir
    Path dir;

    private Optional<String> read(byte[] bytes, Diagnostics diags) throws Exception {
        Path file = dir.resolve("ch1.md");
        Files.write(file, bytes);
        return Utf8Text.read(new InputFile(file, "content/zh/ch1.md"), diags);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void dropsALeadingBomAndTurnsCrlfIntoLf() throws Exception {
        Diagnostics diags = new Diagnostics();
        assertEquals(Optional.of("第一章\n现状\n"), read(utf8("\uFEFF第一章\r\n现状\r\n"), diags));
        assertEquals(Optional.of("\uFEFF在中间\n"), read(utf8("\uFEFF\uFEFF在中间\n"), diags), "only the leading one");
        assertEquals(List.of(), diags.all());
    }

    @Test
    void keepsAReplacementCharacterThatIsInTheFile() throws Exception {
        Diagnostics diags = new Diagnostics();
        assertEquals(Optional.of("原文此处\uFFFD无法辨认\n"), read(utf8("原文此处\uFFFD无法辨认\r\n"), diags));
        assertEquals(List.of(), diags.all());
    }

    @Test
    void aMalformedByteIsAnErrorAtItsLineAndColumn() throws Exception {
        Diagnostics diags = new Diagnostics();
        byte[] good = utf8("第一行\n第二\uFFFD行");
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3;
        assertEquals(Optional.empty(), read(bad, diags));
        assertEquals(List.of("content/zh/ch1.md:2:5: error: invalid UTF-8: byte 0xC3 cannot start or continue a"
                + " character here; save the file as UTF-8", "1 error, 0 warnings"), diags.report());
    }
}
