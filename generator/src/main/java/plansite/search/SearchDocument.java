package plansite.search;

import java.util.List;

/**
 * One thing a search can find, in one language: a section of a chapter, a table, a row of a table, a
 * glossary entry, a map, a feature of a map or a county page. {@code href} is relative to the language's
 * folder (where the results page is) and ends at the exact anchor; {@code title} is what the result is
 * called, {@code context} where it stands (the chapter, the table); {@code text} is shown as its snippet.
 * {@code forms} are the other names its title goes by (a glossary entry's variants): searched as the title,
 * and each a synonym of the others, so that a query in one form finds what the plan says in another.
 * {@code held} is text the document stands for but does not show (a county page: the rows, zones and
 * section titles it gathers); it is indexed, not written into the index's documents.
 */
public record SearchDocument(Kind kind, String href, String title, String context, String text, List<String> forms,
        String held) {

    public SearchDocument {
        forms = List.copyOf(forms);
    }

    /** A document that goes by its title alone and shows all it holds. */
    public SearchDocument(Kind kind, String href, String title, String context, String text) {
        this(kind, href, title, context, text, List.of(), "");
    }

    /**
     * The kinds of document, each with the one-letter code the index and assets/search.js use; search.js
     * ranks them in this order where they match a query alike (its own table of priors, by these codes).
     */
    public enum Kind {
        COUNTY("c"), TERM("g"), SECTION("s"), TABLE("t"), ROW("r"), MAP("m");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
