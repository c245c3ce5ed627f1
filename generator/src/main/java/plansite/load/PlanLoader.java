package plansite.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;
import plansite.diag.SourcePos;
import plansite.internal.Workers;
import plansite.model.Asset;
import plansite.model.Chapter;
import plansite.model.Disagreement;
import plansite.model.Erratum;
import plansite.model.Language;
import plansite.model.MapInputs;
import plansite.model.Plan;
import plansite.model.ProseCheck;
import plansite.model.SiteSettings;
import plansite.model.Table;
import plansite.model.Term;
import plansite.model.Unit;

/**
 * The load phase: reads every input file into records, checking each file on its own (its syntax,
 * its keys, its types). What needs several files (references, ids, arithmetic, the maps) is checked by
 * the phases after it.
 */
public final class PlanLoader {
    private final YamlReader yaml;
    /** Made on first use: a project without chapters never needs it. */
    private MarkdownChapterParser markdown;

    private final Reuse reuse;

    /** A loader that parses every file anew. */
    public PlanLoader() {
        this(Reuse.NONE);
    }

    /** A loader that takes a file's parse from {@code reuse} when what it is made from is unchanged. */
    public PlanLoader(Reuse reuse) {
        this.reuse = reuse;
        this.yaml = new YamlReader(reuse);
    }

    private synchronized MarkdownChapterParser markdown() {
        if (markdown == null) {
            markdown = new MarkdownChapterParser();
        }
        return markdown;
    }

    /**
     * What the files say, bound and checked file by file, before anything is checked across files: the
     * plan as read, the ids of all table and chapter files (including those that failed to load, so that
     * a reference to one is not reported twice), the map inputs to read against the checked plan, and
     * the asset files.
     */
    /** {@code disagreementsRecorded}: the plan has data/disagreements.yaml, so every disagreement must be in it. */
    public record Input(Plan plan, Set<String> tableFiles, Map<String, Set<String>> chapterFiles,
            Maps maps, List<Asset> assets, boolean disagreementsRecorded) {
        public Input {
            tableFiles = Set.copyOf(tableFiles);
            chapterFiles = Map.copyOf(chapterFiles);
            assets = List.copyOf(assets);
        }
    }

    /** The map inputs: the files of data/geo/ as read, and data/maps.yaml (null when missing). */
    public static final class Maps {
        private final MapInputsLoader loader;
        private final List<InputFile> geoFiles;
        private final MapInputsLoader.Geo geo;
        private final InputFile mapsFile;

        private Maps(MapInputsLoader loader, List<InputFile> geoFiles, MapInputsLoader.Geo geo, InputFile mapsFile) {
            this.loader = loader;
            this.geoFiles = geoFiles;
            this.geo = geo;
            this.mapsFile = mapsFile;
        }

        /** data/maps.yaml read against the checked plan; empty when the project has no data/geo/. */
        public Optional<MapInputs> against(Plan plan, Diagnostics diags) {
            return loader.load(geoFiles, geo, mapsFile, plan, diags);
        }
    }

    /** The ids that files name (file name without extension), whether or not they loaded. */
    private static Set<String> fileIds(List<InputFile> files, String extension) {
        Set<String> ids = new java.util.HashSet<>();
        for (InputFile f : files) {
            String name = f.path().getFileName().toString();
            ids.add(name.substring(0, name.length() - extension.length()));
        }
        return ids;
    }

    /**
     * Reads every input file into the plan; each file's errors go to {@code diags}. Throws only when
     * data/site.yaml cannot be read (nothing else can be read without its languages); every other error
     * is left in {@code diags} for the validate phase to report with its own.
     */
    public Input load(ProjectLayout layout, Diagnostics diags) throws InputErrorsException {
        InputFile siteFile = layout.siteFile();
        SiteSettings site = siteFile == null ? null
                : new SiteSettingsLoader(yaml).load(siteFile, diags).orElse(null);
        Set<String> langs = null;
        if (site != null) {
            langs = new LinkedHashSet<>();
            for (Language l : site.languages()) {
                langs.add(l.code());
            }
        }
        ProjectLayout.Inputs inputs = layout.scan(langs, diags);
        if (site == null) {
            throw new InputErrorsException(diags);
        }
        String defaultLang = site.defaultLanguage().code();
        // The boundaries and the table files need nothing else of the input, and are the larger part of
        // the YAML: read on the other core while the glossary and the chapters load.
        MapInputsLoader mapLoader = new MapInputsLoader(yaml, reuse);
        Workers workers = Workers.shared();
        Workers.Task<MapInputsLoader.Geo> geo = workers.start(() -> mapLoader.readGeo(inputs.geo(), diags));
        TableLoader tableLoader = new TableLoader(yaml);
        Workers.Task<List<TableLoader.Read>> tableReads = workers.start(() -> inputs.tables().stream()
                .flatMap(f -> tableLoader.read(f, defaultLang, diags).stream()).toList());
        List<String> langCodes = site.languages().stream().map(Language::code).toList();
        List<Term> glossary = inputs.glossary() == null ? List.of()
                : new GlossaryLoader(yaml).load(inputs.glossary(), langCodes, diags);
        List<Unit> units = inputs.units() == null ? List.of()
                : new UnitsLoader(yaml).load(inputs.units(), langCodes, diags);
        Map<String, TermLinker> linkers = new HashMap<>();
        langCodes.forEach(l -> linkers.put(l, new TermLinker(glossary, l)));

        ForeignTextMarker foreign = new ForeignTextMarker(site.defaultLanguage().htmlLang());
        ChapterLoader chapterLoader = new ChapterLoader(yaml, this::markdown, reuse);
        record ChapterJob(InputFile file, String lang) {}
        List<ChapterJob> chapterJobs = new ArrayList<>();
        Map<String, String> anchorLabels = new HashMap<>();
        for (Language lang : site.languages()) {
            inputs.chaptersByLang().get(lang.code()).forEach(f -> chapterJobs.add(new ChapterJob(f, lang.code())));
            anchorLabels.put(lang.code(), lang.anchorLabel());
        }
        List<Chapter> loadedChapters = workers.map(chapterJobs, j -> chapterLoader.load(j.file(), j.lang(),
                        !j.lang().equals(defaultLang), anchorLabels.get(j.lang()),
                        linkers.get(j.lang()), j.lang().equals(defaultLang) || !"zh".equals(defaultLang) ? null : foreign,
                        diags))
                .stream().flatMap(Optional::stream).toList();
        Map<String, List<Chapter>> chapters = new TreeMap<>();
        for (Language lang : site.languages()) {
            chapters.put(lang.code(), loadedChapters.stream().filter(c -> c.lang().equals(lang.code()))
                    .sorted(Comparator.comparingInt(Chapter::order).thenComparing(Chapter::id)).toList());
        }
        if (chapters.get(defaultLang).isEmpty() && !diags.hasErrors()) {
            diags.error(SourcePos.of("content/" + defaultLang),
                    "no chapters: add content/" + defaultLang + "/<chapter-id>.md");
        }

        Map<String, Chapter> homeChapters = new HashMap<>();
        chapters.get(defaultLang).forEach(c -> homeChapters.put(c.id(), c));
        Set<String> chapterFiles = fileIds(inputs.chaptersByLang().get(defaultLang), ".md");
        List<Table> tables = workers.map(tableReads.join(),
                        r -> tableLoader.load(r, defaultLang, homeChapters, chapterFiles, diags))
                .stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(Table::id))
                .toList();

        List<Erratum> errata = inputs.errata() == null ? List.of()
                : new ErrataLoader(yaml).load(inputs.errata(), defaultLang, homeChapters, diags);
        Set<String> checkIds = new HashSet<>();
        List<ProseCheck> proseChecks = new ArrayList<>();
        ProseCheckLoader proseCheckLoader = new ProseCheckLoader(yaml);
        for (InputFile f : inputs.checks()) {
            proseChecks.addAll(proseCheckLoader.load(f, defaultLang, checkIds, diags));
        }
        List<Disagreement> disagreements = inputs.disagreements() == null ? List.of()
                : new DisagreementsLoader(yaml).load(inputs.disagreements(), defaultLang, diags);
        Map<String, Table> tablesById = new HashMap<>();
        tables.forEach(t -> tablesById.putIfAbsent(t.id(), t));
        plansite.model.Glance glance = inputs.glance() == null ? null
                : new GlanceLoader(yaml).load(inputs.glance(), defaultLang, tablesById, proseChecks,
                        fileIds(inputs.tables(), ".yaml"), diags).orElse(null);
        Plan plan = new Plan(site, chapters, tables, errata, proseChecks, disagreements, glossary, units,
                List.of(), glance);
        Map<String, Set<String>> chapterFilesByLang = new TreeMap<>();
        inputs.chaptersByLang().forEach((lang, files) -> chapterFilesByLang.put(lang, fileIds(files, ".md")));
        List<Asset> assets = inputs.assets().stream()
                .map(f -> new Asset(f.display().substring(ProjectLayout.TEMPLATES.length() + 1), f.path()))
                .toList();
        return new Input(plan, fileIds(inputs.tables(), ".yaml"), chapterFilesByLang,
                new Maps(mapLoader, inputs.geo(), geo.join(), inputs.maps()), assets, inputs.disagreements() != null);
    }
}
