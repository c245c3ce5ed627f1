package plansite.model;

import java.util.List;

/**
 * One cell as printed. The value is either language-neutral ({@code value}, e.g. a number exactly
 * as written, {@code "100.00"}) or a text per language ({@code text}); both null means an empty
 * cell, which is not zero. {@code merge} says whether the printed cell is merged with the one above
 * or to the left.
 */
public record Cell(String value, Localized text, Localized unit, List<String> notes, Merge merge) {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    public enum Merge {
        NONE,
        /** Part of the cell above (written {@code ^}). */
        UP,
        /** Part of the cell to the left (written {@code <}). */
        LEFT
    }

    public Cell {
        notes = List.copyOf(notes);
    }

    public static Cell merged(Merge merge) {
        return new Cell(null, null, null, List.of(), merge);
    }

    public boolean isEmpty() {
        return merge == Merge.NONE && (value == null || value.isEmpty()) && text == null;
    }

    /** The text shown in {@code lang}: the neutral value, or the localized text, or null. */
    public String display(String lang, String fallbackLang) {
        if (value != null) {
            return value;
        }
        if (text == null) {
            return null;
        }
        return text.in(lang, fallbackLang);
    }

    /** Whether the value is a number as written (digits, one point, an optional sign). */
    public boolean isNumeric() {
        return value != null && NUMBER.matcher(value).matches();
    }
}
