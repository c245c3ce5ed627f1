package plansite;

import java.util.ArrayList;
import java.util.List;
import plansite.diag.Diagnostic;
import plansite.diag.Diagnostics;
import plansite.memo.Fingerprint;

/**
 * What a build made from a set of input files: its warnings, and each file of the site, as the memo
 * entry that holds it (the downloads: a set of files under a folder) or, for a file not memoized on its
 * own, its bytes.
 */
record Manifest(List<Diagnostic> warnings, List<Entry> entries) {
    public Manifest {
        warnings = List.copyOf(warnings);
        entries = List.copyOf(entries);
    }

    public record Entry(String path, String kind, String key, byte[] bytes) {}

    /** Collects the entries as the phases put files (from several threads), in path order at the end. */
    static final class Maker {
        private final Diagnostics diags;
        private final List<Entry> entries = new ArrayList<>();
        private boolean complete;

        /** A maker that records nothing unless {@code recording}: then the manifest is never complete. */
        Maker(Diagnostics diags, boolean recording) {
            this.diags = diags;
            this.complete = recording;
        }

        /** Called only with keys the memo can keep: on disk, keys with a hex. */
        synchronized void entry(String path, String kind, Fingerprint key) {
            if (complete) {
                key.hex().ifPresentOrElse(hex -> entries.add(new Entry(path, kind, hex, null)), this::incomplete);
            }
        }

        synchronized void file(String path, byte[] bytes) {
            if (complete) {
                entries.add(new Entry(path, null, null, bytes));
            }
        }

        /** A file was written as it was made, not memoized: these entries can never replay the site. */
        synchronized void incomplete() {
            complete = false;
        }

        synchronized boolean complete() {
            return complete;
        }

        synchronized Manifest make() {
            List<Entry> sorted = new ArrayList<>(entries);
            sorted.sort(java.util.Comparator.comparing(Entry::path));
            return new Manifest(diags.all(), sorted);
        }
    }
}
