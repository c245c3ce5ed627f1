package plansite.load;

import plansite.diag.Diagnostics;
import plansite.model.Localized;

/** Checks that required keys are present, reporting each missing one at its mapping's position. */
final class Required {
    private final PositionIndex at;
    private final Diagnostics diags;
    private final String what;

    Required(PositionIndex at, Diagnostics diags, String what) {
        this.at = at;
        this.diags = diags;
        this.what = what;
    }

    boolean value(Object value, String parentPointer, String key) {
        if (value == null) {
            diags.error(at.at(parentPointer), "missing required key '" + key + "' in " + what);
            return false;
        }
        return true;
    }

    boolean text(String value, String parentPointer, String key) {
        if (!value(value, parentPointer, key)) {
            return false;
        }
        if (value.isBlank()) {
            diags.error(at.at(parentPointer + "/" + key), "'" + key + "' in " + what + " must not be empty");
            return false;
        }
        return true;
    }

    /** A text per language: present, and given in every one of {@code langs}. */
    boolean localized(Localized value, String parentPointer, String key, java.util.List<String> langs) {
        if (!value(value, parentPointer, key)) {
            return false;
        }
        boolean ok = true;
        for (String lang : langs) {
            if (!value.has(lang)) {
                diags.error(at.at(parentPointer + "/" + key), "'" + key + "' in " + what + " has no text for language '"
                        + lang + "'");
                ok = false;
            }
        }
        return ok;
    }
}
