package plansite.model;

/**
 * How quotes of the plan's text are found in it: verbatim, but regardless of white space, since line
 * breaks and spacing differ between the converted source, the Markdown and the rendered text.
 */
public final class Quotes {
    private Quotes() {}

    /** How many times {@code quote} occurs in {@code text}, white space ignored. */
    public static int count(String text, String quote) {
        return of(text).count(quote);
    }

    public static boolean contains(String text, String quote) {
        return count(text, quote) > 0;
    }

    /** A text made ready for many quotes: its white space taken out once, not once per quote. */
    public static Text of(String text) {
        return new Text(squash(text));
    }

    /** A text without its white space, in which quotes are counted. */
    public record Text(String squashed) {
        public int count(String quote) {
            String q = squash(quote);
            if (q.isEmpty()) {
                return 0;
            }
            int n = 0;
            for (int i = squashed.indexOf(q); i >= 0; i = squashed.indexOf(q, i + 1)) {
                n++;
            }
            return n;
        }

        public boolean contains(String quote) {
            return count(quote) > 0;
        }
    }

    /**
     * {@code s} without its white space. Char by char: no white space is outside the Basic Multilingual
     * Plane, so a surrogate is never dropped; a text without white space is returned as it is.
     */
    static String squash(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
