package plansite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import plansite.diag.Diagnostics;

/**
 * Reads input files as strict UTF-8. A malformed byte is an error at its line and column, not a
 * replacement character in the published plan. A leading BOM is dropped; CRLF becomes LF.
 */
final class Utf8Text {
    private Utf8Text() {}

    static Optional<String> read(InputFile file, Diagnostics diags) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.display(), e);
        }
        // The JDK's own decoding is the quicker; it puts U+FFFD where a byte is malformed, so a text with one
        // (or with a real U+FFFD) is decoded again strictly, to tell which and where.
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) {
            return Optional.of(normalized(quick));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            var pos = new LineIndex(before).pos(file.display(), before.length(), 0);
            diags.error(pos, String.format("invalid UTF-8: byte 0x%02X cannot start or continue a character here;"
                    + " save the file as UTF-8", bytes[in.position()] & 0xFF));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(normalized(out.toString()));
    }

    /** Without a leading BOM, and CRLF as LF. */
    private static String normalized(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n");
    }
}
