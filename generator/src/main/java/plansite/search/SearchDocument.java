package plansite.search;

/**
 * One thing a search can find, in one language: a section of a chapter, a table, a row of a table, a
 * glossary entry, a feature of a map or a county. {@code href} is relative to the language's folder (where the results page is) and
 * ends at the exact anchor; {@code title} is what the result is called, {@code context} where it
 * stands (the chapter, the table); {@code title} and {@code text} are indexed.
 */
public record SearchDocument(Kind kind, String href, String title, String context, String text) {

    /** The kinds of document, each with the one-letter code the index and assets/search.js use. */
    public enum Kind {
        SECTION("s"), TABLE("t"), ROW("r"), TERM("g"), MAP("m");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
