package plansite;

import java.util.ArrayList;
import java.util.List;
import plansite.diag.Diagnostic;
import plansite.diag.Diagnostics;
import plansite.memo.Fingerprint;
import plansite.memo.Memo;
import plansite.site.SiteOutput;

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

        /**
         * Keeps a file written into {@code out} as it was made in {@code memo}, under {@code key} (on disk copied
         * file to file), and notes its entry; a file that cannot be kept makes the manifest incomplete.
         */
        void keep(Memo memo, String path, String kind, Fingerprint key, SiteOutput out) {
            java.util.Optional<java.nio.file.Path> file = out.written(path);
            if (memo.keepsInMemory()) {
                memo.put(kind, key, Memo.BYTES, out.read(path));
            } else if (file.isPresent() && memo.canKeep(kind, key)) {
                memo.putFile(kind, key, file.get());
            } else {
                incomplete();
                return;
            }
            entry(path, kind, key);
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
