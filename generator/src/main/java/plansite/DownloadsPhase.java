package plansite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;
import plansite.export.DataFiles;
import plansite.export.DownloadWords;
import plansite.internal.Workers;
import plansite.memo.Fingerprint;
import plansite.memo.Memo;
import plansite.model.Atlas;
import plansite.model.LoadedPlan;
import plansite.model.Plan;
import plansite.render.Renderer;
import plansite.site.SiteOutput;

/**
 * The downloads phase of {@link Generator}, with the memo applied at its edge: every table's files, the
 * files of all tables together, and the zip of them all.
 */
final class DownloadsPhase {
    /** The memo's kind of a set of downloads (a table's, or those of all tables); a manifest names it too. */
    static final String KIND = "downloads";
    private static final String ARCHIVE = "archive";
    /** Tables whose downloads are made at once, on the workers, before they are put out. */
    private static final int TABLES_AT_ONCE = 32;

    private final Memo memo;
    private final Workers workers;

    DownloadsPhase(Memo memo, Workers workers) {
        this.memo = memo;
        this.workers = workers;
    }

    /**
     * Puts the downloads out at once (the pages need only their sizes): each table's files are made from
     * the settings and that table alone, a few tables at a time and put out before the next, so that a
     * build holds a few tables' files however many there are; the files of all tables together from what
     * those leave (their tidy lines, sizes and hashes); the zip from every download, read back one at a
     * time. Each is memoized under what it is made from.
     */
    Map<String, Integer> put(LoadedPlan loaded, Renderer templates, SiteOutput out, Manifest.Maker manifest,
            Diagnostics diags) throws InputErrorsException {
        Plan plan = loaded.plan();
        if (plan.tables().isEmpty()) {
            return Map.of();
        }
        List<plansite.model.MapInputs.PublishedFile> geo = loaded.atlas().map(Atlas::files).orElse(List.of());
        // The counties' codes and names, not their outlines: all that the tidy files take from the boundaries.
        List<plansite.export.TidyTables.County> counties = loaded.atlas().map(Atlas::counties).orElse(List.of()).stream()
                .map(c -> new plansite.export.TidyTables.County(c.adcode(), c.name())).toList();
        String original = plan.site().defaultLanguage().code();
        String other = plan.languages().stream().map(l -> l.code()).filter(c -> !c.equals(original)).findFirst()
                .orElse(original);
        DownloadWords words = DownloadWords.of(original, other,
                lang -> templates.words(DownloadWords.TEMPLATE, lang, "the downloads", diags));
        DataFiles files = new DataFiles(plan, geo, counties, words);
        files.check(diags);
        if (diags.hasErrors()) {
            throw new InputErrorsException(diags);
        }
        Fingerprint site = Fingerprint.of(KIND).value(plan.site()).value(counties).value(words).build();
        List<Fingerprint> keys = plan.tables().stream()
                .map(t -> Fingerprint.of(KIND).text(t.id()).fingerprint(site).value(t).build()).toList();
        // The map data by its bytes: read anew each build, its arrays are never the same objects.
        Fingerprint.Builder all = Fingerprint.of(KIND);
        geo.forEach(f -> all.text(f.name()).bytes(f.bytes()));
        keys.forEach(all::fingerprint);
        Fingerprint wholeKey = all.build();
        Optional<Map<String, byte[]>> keptWhole = memo.find(KIND, wholeKey, Memo.FILES);
        DataFiles.Whole gathered = files.whole();
        Map<String, Integer> sizes = new java.util.TreeMap<>();
        for (int from = 0; from < keys.size(); from += TABLES_AT_ONCE) {
            List<Integer> batch = java.util.stream.IntStream.range(from, Math.min(keys.size(), from + TABLES_AT_ONCE))
                    .boxed().toList();
            // Made, put out and (unless the whole set is kept) hashed on the workers; gathered in table order.
            List<TableDownloads> made = workers.map(batch, i -> {
                Map<String, byte[]> set = memo.get(KIND, keys.get(i), Memo.FILES, () -> files.tableFiles(plan.tables().get(i)));
                set.forEach((name, bytes) -> out.put(DataFiles.FOLDER + name, bytes));
                return new TableDownloads(set, keptWhole.isEmpty() ? DataFiles.listed(set) : Map.of());
            });
            for (int j = 0; j < batch.size(); j++) {
                if (keptWhole.isEmpty()) {
                    gathered.add(plan.tables().get(batch.get(j)), made.get(j).files(), made.get(j).listed());
                }
                listSet(made.get(j).files(), sizes, manifest, keys.get(batch.get(j)));
            }
        }
        Map<String, byte[]> whole = keptWhole.orElseGet(gathered::files);
        if (keptWhole.isEmpty()) {
            memo.put(KIND, wholeKey, Memo.FILES, whole);
        }
        whole.forEach((name, bytes) -> out.put(DataFiles.FOLDER + name, bytes));
        listSet(whole, sizes, manifest, wholeKey);
        zip(files, plan, wholeKey, sizes, out, manifest);
        return sizes;
    }

    /** The zip of every download in {@code sizes}, read back from the site one at a time; its size goes into {@code sizes}. */
    private void zip(DataFiles files, Plan plan, Fingerprint wholeKey, Map<String, Integer> sizes, SiteOutput out,
            Manifest.Maker manifest) {
        String zip = DataFiles.FOLDER + DataFiles.zipName(plan.site());
        Fingerprint zipKey = Fingerprint.of(ARCHIVE).fingerprint(wholeKey).build();
        Optional<byte[]> keptZip = memo.find(ARCHIVE, zipKey, Memo.BYTES);
        if (keptZip.isPresent()) {
            out.put(zip, keptZip.get());
            sizes.put(DataFiles.zipName(plan.site()), keptZip.get().length);
            manifest.entry(zip, ARCHIVE, zipKey);
        } else {
            try (java.io.OutputStream stream = out.openStream(zip)) {
                long size = files.zip(new java.util.TreeSet<>(sizes.keySet()), name -> out.read(DataFiles.FOLDER + name), stream);
                sizes.put(DataFiles.zipName(plan.site()), Math.toIntExact(size));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            manifest.keep(memo, zip, ARCHIVE, zipKey, out);
        }
    }

    /** One table's downloads, and their sizes and hashes when the files of all tables are to be made. */
    private record TableDownloads(Map<String, byte[]> files, Map<String, DataFiles.Listed> listed) {}

    /** Notes the sizes of a set of downloads put out, and its memo entry in the manifest. */
    private void listSet(Map<String, byte[]> set, Map<String, Integer> sizes, Manifest.Maker manifest, Fingerprint key) {
        set.forEach((name, bytes) -> sizes.put(name, bytes.length));
        if (memo.canKeep(KIND, key)) {
            manifest.entry(DataFiles.FOLDER, KIND, key);
        } else {
            manifest.incomplete();
        }
    }
}
