package plansite.check;

import java.util.List;
import java.util.function.Supplier;
import plansite.diag.Diagnostic;
import plansite.memo.Fingerprint;
import plansite.model.Disagreement;

/**
 * How the check phase may take a disagreement's places, found in the text of its chapters, from earlier
 * work: reading a chapter for its figures is most of the phase, and an edit leaves almost every chapter as
 * it was. The places are a plain function of what their fingerprint holds (the disagreement, the languages
 * and the chapters they are in); the driver backs this with its memo in {@code serve}, so that the checker
 * need not know whether or where anything is kept.
 */
public interface FoundPlaces {
    /** A disagreement's places, each with its figure's spot in every language, and the errors finding them gave. */
    record Found(List<Disagreement.Place> places, List<Diagnostic> messages) {
        public Found {
            places = List.copyOf(places);
            messages = List.copyOf(messages);
        }
    }

    /** The places that {@code key} fingerprints: from earlier work, or {@code find}'s now. */
    Found places(Fingerprint key, Supplier<Found> find);

    /** Every disagreement's places found anew. */
    FoundPlaces NONE = (key, find) -> find.get();
}
