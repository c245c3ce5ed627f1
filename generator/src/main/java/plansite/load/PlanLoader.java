package plansite.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import plansite.cache.BuildCache;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;
import plansite.check.ArithmeticChecker;
import plansite.model.Chapter;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.SiteSettings;
import plansite.model.Table;
import plansite.model.Term;
import plansite.model.Unit;

/**
 * Loads and validates the whole input. Everything that can be checked is checked, and all errors
 * are reported together; the caller renders nothing unless this returns a plan.
 */
public final class PlanLoader {
    private static final Map<String, String> ANCHOR_LABELS = Map.of("zh", "本节链接", "en", "Link to this section");

    private final YamlReader yaml;
    private final BuildCache cache;
    /** Made on first use: a build whose chapters all come from the cache never needs it. */
    private MarkdownChapterParser markdown;

    /** A loader that parses every chapter. */
    public PlanLoader() {
        this(BuildCache.NONE);
    }

    /** A loader that takes YAML documents and chapters whose inputs are unchanged from {@code cache}. */
    public PlanLoader(BuildCache cache) {
        this.cache = cache;
        this.yaml = new YamlReader(cache);
    }

    private synchronized MarkdownChapterParser markdown() {
        if (markdown == null) {
            markdown = new MarkdownChapterParser();
        }
        return markdown;
    }

    /** The plan, the asset files that go with it, and the warnings of loading. */
    /** {@code atlas} is null when the project has no maps (no data/geo/). */
    public record Loaded(Plan plan, List<AssetSource> assets, Diagnostics diagnostics, plansite.map.Atlas atlas) {}

    public record AssetSource(String outputPath, java.nio.file.Path path) {}

    /** The ids that files name (file name without extension), whether or not they loaded. */
    private static Set<String> fileIds(List<InputFile> files, String extension) {
        Set<String> ids = new java.util.HashSet<>();
        for (InputFile f : files) {
            String name = f.path().getFileName().toString();
            ids.add(name.substring(0, name.length() - extension.length()));
        }
        return ids;
    }

    public Loaded load(ProjectLayout layout) throws InputErrorsException {
        return load(layout, new plansite.Timings());
    }

    public Loaded load(ProjectLayout layout, plansite.Timings timings) throws InputErrorsException {
        Diagnostics diags = new Diagnostics();
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
        // The boundaries need nothing else of the input: read them on the other core meanwhile.
        MapInputsLoader mapLoader = new MapInputsLoader(yaml, cache);
        var geo = java.util.concurrent.CompletableFuture.supplyAsync(() -> mapLoader.readGeo(inputs.geo(), diags));
        timings.mark("load: settings, file layout");
        if (site == null) {
            throw new InputErrorsException(diags);
        }
        String defaultLang = site.defaultLanguage().code();

        // Table files are the larger part of the YAML, and reading them needs nothing else of the plan:
        // read on the other core while the glossary and the chapters load.
        TableLoader tableLoader = new TableLoader(yaml);
        java.util.concurrent.CompletableFuture<List<TableLoader.Read>> tableReads =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> inputs.tables().stream()
                        .flatMap(f -> tableLoader.read(f, defaultLang, diags).stream()).toList(),
                        plansite.BackgroundThreads.named("tables"));
        List<String> langCodes = site.languages().stream().map(Language::code).toList();
        List<Term> glossary = inputs.glossary() == null ? List.of()
                : new GlossaryLoader(yaml).load(inputs.glossary(), langCodes, diags);
        List<Unit> units = inputs.units() == null ? List.of()
                : new UnitsLoader(yaml).load(inputs.units(), langCodes, diags);
        Map<String, TermLinker> linkers = new java.util.HashMap<>();
        langCodes.forEach(l -> linkers.put(l, new TermLinker(glossary, l)));

        timings.mark("load: glossary, units");
        ForeignTextMarker foreign = new ForeignTextMarker(site.defaultLanguage().htmlLang());
        // Files are independent until validation: parse them on all cores, keep their order.
        ChapterLoader chapterLoader = new ChapterLoader(yaml, this::markdown, cache);
        record ChapterJob(InputFile file, String lang) {}
        List<ChapterJob> chapterJobs = new ArrayList<>();
        for (Language lang : site.languages()) {
            inputs.chaptersByLang().get(lang.code()).forEach(f -> chapterJobs.add(new ChapterJob(f, lang.code())));
        }
        List<Chapter> loadedChapters = chapterJobs.parallelStream()
                .flatMap(j -> chapterLoader.load(j.file(), j.lang(), !j.lang().equals(defaultLang),
                        ANCHOR_LABELS.getOrDefault(j.lang(), ANCHOR_LABELS.get("en")), linkers.get(j.lang()),
                        j.lang().equals(defaultLang) || !"zh".equals(defaultLang) ? null : foreign, diags).stream())
                .toList();
        Map<String, List<Chapter>> chapters = new TreeMap<>();
        for (Language lang : site.languages()) {
            chapters.put(lang.code(), loadedChapters.stream().filter(c -> c.lang().equals(lang.code()))
                    .sorted(Comparator.comparingInt(Chapter::order).thenComparing(Chapter::id)).toList());
        }
        if (chapters.get(defaultLang).isEmpty() && !diags.hasErrors()) {
            diags.error(plansite.diag.SourcePos.of("content/" + defaultLang),
                    "no chapters: add content/" + defaultLang + "/<chapter-id>.md");
        }

        timings.mark("load: chapters");
        Map<String, Chapter> homeChapters = new java.util.HashMap<>();
        chapters.get(defaultLang).forEach(c -> homeChapters.put(c.id(), c));
        Set<String> chapterFiles = fileIds(inputs.chaptersByLang().get(defaultLang), ".md");
        List<Table> tables = tableReads.join().parallelStream()
                .flatMap(r -> tableLoader.load(r, defaultLang, homeChapters, chapterFiles, diags).stream())
                .sorted(Comparator.comparing(Table::id))
                .toList();

        timings.mark("load: tables");
        List<plansite.model.Erratum> errata = inputs.errata() == null ? List.of()
                : new ErrataLoader(yaml).load(inputs.errata(), defaultLang, homeChapters, diags);
        Set<String> checkIds = new java.util.HashSet<>();
        List<plansite.model.ProseCheck> proseChecks = new ArrayList<>();
        ProseCheckLoader proseCheckLoader = new ProseCheckLoader(yaml);
        for (InputFile f : inputs.checks()) {
            proseChecks.addAll(proseCheckLoader.load(f, defaultLang, checkIds, diags));
        }

        Plan plan = new Plan(site, chapters, tables, errata, proseChecks, glossary, units, List.of());
        timings.mark("load: errata, prose checks");
        Map<String, Set<String>> chapterFilesByLang = new TreeMap<>();
        inputs.chaptersByLang().forEach((lang, files) -> chapterFilesByLang.put(lang, fileIds(files, ".md")));
        new PlanValidator().validate(plan, fileIds(inputs.tables(), ".yaml"), chapterFilesByLang, diags);
        if (diags.hasErrors()) {
            throw new InputErrorsException(diags);
        }
        timings.mark("validate");
        plan = plan.withFindings(new ArithmeticChecker(plan).check(diags));
        timings.mark("recompute arithmetic");
        var mapInputs = mapLoader.load(inputs.geo(), geo.join(), inputs.maps(), plan, diags);
        timings.mark("load: map inputs");
        Plan loadedPlan = plan;
        plansite.map.Atlas atlas = mapInputs.map(m -> new plansite.map.AtlasBuilder(loadedPlan, m, diags).build())
                .orElse(null);
        timings.mark("maps: features by county");
        if (diags.hasErrors()) {
            throw new InputErrorsException(diags);
        }
        List<AssetSource> assets = inputs.assets().stream()
                .map(f -> new AssetSource(f.display().substring(ProjectLayout.TEMPLATES.length() + 1), f.path()))
                .toList();
        return new Loaded(plan, assets, diags, atlas);
    }
}
