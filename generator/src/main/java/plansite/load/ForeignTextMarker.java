package plansite.load;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks Chinese in a translation (the originals given in parentheses: names, document titles) with
 * {@code lang="zh-Hans"}, so that screen readers and browsers treat it as Chinese (WCAG 3.1.2).
 */
final class ForeignTextMarker {
    /** A run of Han characters with the punctuation that belongs to them (《》、“” …). */
    private static final Pattern HAN_RUN = Pattern.compile(
            "[\\p{IsHan}《〈「『〔【（“‘](?:[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF《》〈〉「」『』〔〕【】“”‘’·—\\d \\-.]*"
                    + "[\\p{IsHan}》〉」』〕】）”’\\u3000-\\u303F\\uFF00-\\uFFEF])?");

    private final String htmlLang;

    ForeignTextMarker(String htmlLang) {
        this.htmlLang = htmlLang;
    }

    /** The language the marked text is in (what a chapter's parse depends on). */
    String htmlLang() {
        return htmlLang;
    }

    void mark(Document doc, char skipMarker) {
        List<Text> texts = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Text t && t.getChars().indexOf(skipMarker) < 0) {
                texts.add(t);
            }
        }
        for (Text t : texts) {
            BasedSequence chars = t.getChars();
            // Matched as a String (a flexmark sequence reads each character through its segments), and
            // only where a Han character is: a run must hold one.
            String text = chars.toString();
            if (!hasHan(text)) {
                continue;
            }
            Matcher m = HAN_RUN.matcher(text);
            int last = 0;
            boolean found = false;
            while (m.find()) {
                if (!hasHan(m.group())) {
                    continue;
                }
                found = true;
                if (m.start() > last) {
                    t.insertBefore(new Text(chars.subSequence(last, m.start())));
                }
                t.insertBefore(new WrappedText("span", java.util.Map.of("lang", htmlLang),
                        chars.subSequence(m.start(), m.end())));
                last = m.end();
            }
            if (found) {
                if (last < chars.length()) {
                    t.insertBefore(new Text(chars.subSequence(last)));
                }
                t.unlink();
            }
        }
    }

    /** Whether the text holds a Han character (none is below U+2E80, where most of a translation's text is). */
    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u2E80' && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
