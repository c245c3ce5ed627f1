package plansite.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The converted text of an erratum as a reader sees it: the LaTeX that the PDF conversion left
 * ({@code $112^{\circ} 34'$}, {@code 10^{13}}) shown as it reads (112°34′, 10¹³), so that the errata
 * table shows what the converted text said, not markup. The mended text beside it says how it is set.
 */
final class ConvertedText {
    private static final Pattern MATH = Pattern.compile("\\$([^$]*)\\$");
    private static final Pattern SUPERSCRIPT = Pattern.compile("\\^\\{(\\d+)}");
    private static final String DIGITS = "0123456789";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private ConvertedText() {}

    static String readable(String converted) {
        Matcher m = MATH.matcher(converted);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String math = m.group(1).replaceAll("\\^\\{\\\\circ}\\s*", "°").replace("'", "′").strip();
            m.appendReplacement(out, Matcher.quoteReplacement(math));
        }
        m.appendTail(out);
        Matcher s = SUPERSCRIPT.matcher(out.toString());
        StringBuilder done = new StringBuilder();
        while (s.find()) {
            StringBuilder sup = new StringBuilder();
            for (char c : s.group(1).toCharArray()) {
                sup.append(SUPERSCRIPTS.charAt(DIGITS.indexOf(c)));
            }
            s.appendReplacement(done, sup.toString());
        }
        return s.appendTail(done).toString();
    }
}
