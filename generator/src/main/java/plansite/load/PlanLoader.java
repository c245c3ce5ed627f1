package plansite.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import plansite.diag.Diagnostics;
import plansite.diag.InputErrorsException;
import plansite.model.Chapter;
import plansite.model.Language;
import plansite.model.Plan;
import plansite.model.SiteSettings;
import plansite.model.Table;

/**
 * Loads and validates the whole input. Everything that can be checked is checked, and all errors
 * are reported together; the caller renders nothing unless this returns a plan.
 */
public final class PlanLoader {
    private static final Map<String, String> ANCHOR_LABELS = Map.of("zh", "本节链接", "en", "Link to this section");

    private final YamlReader yaml = new YamlReader();
    private final MarkdownChapterParser markdown = new MarkdownChapterParser();

    /** The plan, and the template and asset files that go with it. */
    public record Loaded(Plan plan, List<TemplateSource> templates, List<AssetSource> assets, Diagnostics diagnostics) {}

    public record TemplateSource(String name, java.nio.file.Path path, String display) {}

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
        if (site == null) {
            throw new InputErrorsException(diags);
        }
        String defaultLang = site.defaultLanguage().code();

        Map<String, List<Chapter>> chapters = new TreeMap<>();
        ChapterLoader chapterLoader = new ChapterLoader(yaml, markdown);
        for (Language lang : site.languages()) {
            List<Chapter> list = new ArrayList<>();
            String anchorLabel = ANCHOR_LABELS.getOrDefault(lang.code(), ANCHOR_LABELS.get("en"));
            for (InputFile f : inputs.chaptersByLang().get(lang.code())) {
                chapterLoader.load(f, lang.code(), anchorLabel, diags).ifPresent(list::add);
            }
            list.sort(Comparator.comparingInt(Chapter::order).thenComparing(Chapter::id));
            chapters.put(lang.code(), List.copyOf(list));
        }
        if (chapters.get(defaultLang).isEmpty() && !diags.hasErrors()) {
            diags.error(plansite.diag.SourcePos.of("content/" + defaultLang),
                    "no chapters: add content/" + defaultLang + "/<chapter-id>.md");
        }

        List<Table> tables = new ArrayList<>();
        TableLoader tableLoader = new TableLoader(yaml);
        Map<String, Chapter> homeChapters = new java.util.HashMap<>();
        chapters.get(defaultLang).forEach(c -> homeChapters.put(c.id(), c));
        Set<String> chapterFiles = fileIds(inputs.chaptersByLang().get(defaultLang), ".md");
        for (InputFile f : inputs.tables()) {
            tableLoader.load(f, defaultLang, homeChapters, chapterFiles, diags).ifPresent(tables::add);
        }
        tables.sort(Comparator.comparing(Table::id));

        Plan plan = new Plan(site, chapters, tables);
        Map<String, Set<String>> chapterFilesByLang = new TreeMap<>();
        inputs.chaptersByLang().forEach((lang, files) -> chapterFilesByLang.put(lang, fileIds(files, ".md")));
        new PlanValidator().validate(plan, fileIds(inputs.tables(), ".yaml"), chapterFilesByLang, diags);
        if (diags.hasErrors()) {
            throw new InputErrorsException(diags);
        }
        List<TemplateSource> templates = inputs.templates().stream()
                .map(f -> new TemplateSource(f.path().getFileName().toString(), f.path(), f.display()))
                .toList();
        List<AssetSource> assets = inputs.assets().stream()
                .map(f -> new AssetSource(f.display().substring(ProjectLayout.TEMPLATES.length() + 1), f.path()))
                .toList();
        return new Loaded(plan, templates, assets, diags);
    }
}
