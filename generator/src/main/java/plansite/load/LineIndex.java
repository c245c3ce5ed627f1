package plansite.load;

import java.util.Arrays;
import plansite.diag.SourcePos;

/** Turns character offsets of a text into 1-based line and column (in code points). */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** Position of {@code offset} in {@code file}, with {@code lineOffset} lines before the text. */
    SourcePos pos(String file, int offset, int lineOffset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, clamped);
        int line = idx >= 0 ? idx : -idx - 2;
        int col = text.codePointCount(lineStarts[line], clamped) + 1;
        return new SourcePos(file, line + 1 + lineOffset, col);
    }
}
