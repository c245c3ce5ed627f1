package plansite.load;

import java.util.Optional;
import java.util.function.Supplier;
import plansite.diag.Diagnostics;
import plansite.memo.Fingerprint;
import plansite.model.Chapter;
import plansite.model.Translation;

/** Loads {@code content/<lang>/<id>.md}: front matter (id, order, title) and Markdown body. */
final class ChapterLoader {
    private final YamlReader yaml;
    private final Supplier<MarkdownChapterParser> markdown;
    private final Reuse reuse;

    ChapterLoader(YamlReader yaml, Supplier<MarkdownChapterParser> markdown, Reuse reuse) {
        this.yaml = yaml;
        this.markdown = markdown;
        this.reuse = reuse;
    }

    /**
     * Reads and parses one chapter file.
     *
     * @param translation whether this language is a translation, whose chapters say what they translate
     * @param foreign marks text in the original's language inside a translation; null for the original
     */
    Optional<Chapter> load(InputFile file, String lang, boolean translation, String anchorLabel, TermLinker terms,
            ForeignTextMarker foreign, Diagnostics diags) {
        Optional<String> text = Utf8Text.read(file, diags);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Fingerprint key = Fingerprint.of("chapter").text(file.display()).text(lang).number(translation ? 1 : 0)
                .text(anchorLabel).fingerprint(terms.fingerprint()).text(foreign == null ? null : foreign.htmlLang())
                .text(text.get()).build();
        return reuse.parse(key, diags, own -> parse(file, text.get(), lang, translation, anchorLabel, terms, foreign, own));
    }

    private Optional<Chapter> parse(InputFile file, String text, String lang, boolean translation, String anchorLabel,
            TermLinker terms, ForeignTextMarker foreign, Diagnostics diags) {
        Optional<FrontMatter.Split> split = FrontMatter.split(text, file.display(), diags);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter.Split parts = split.get();
        var parsed = yaml.read(parts.yaml(), file.display(), parts.yamlLine() - 1, ChapterFrontMatter.class, lang,
                diags);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ChapterFrontMatter fm = parsed.get().value();
        PositionIndex at = parsed.get().positions();
        Required required = new Required(at, diags, "front matter");
        required.text(fm.id(), "", "id");
        required.value(fm.order(), "", "order");
        required.text(fm.title(), "", "title");
        if (fm.id() == null || fm.order() == null || fm.title() == null || fm.title().isBlank()) {
            return Optional.empty();
        }
        String expectedName = fm.id() + ".md";
        String actualName = file.path().getFileName().toString();
        if (!MarkdownChapterParser.ID.matcher(fm.id()).matches()) {
            diags.error(at.at("/id"), "chapter id '" + fm.id() + "' must be lower-case letters, digits and '-'"
                    + " (it becomes a file name and part of every section id)");
            return Optional.empty();
        }
        if (!expectedName.equals(actualName)) {
            diags.error(at.at("/id"), "chapter id '" + fm.id() + "' does not match the file name '" + actualName
                    + "'; rename the file to '" + expectedName + "' or change the id");
        }
        Translation source = null;
        if (translation) {
            boolean named = required.text(fm.translates(), "", "translates");
            boolean hashed = required.text(fm.sourceHash(), "", "source_hash");
            if (named && hashed) {
                source = new Translation(fm.translates(), fm.sourceHash(), at.at("/source_hash"));
            }
        } else if (fm.translates() != null || fm.sourceHash() != null) {
            diags.error(at.at(fm.translates() != null ? "/translates" : "/source_hash"), "a chapter of the default"
                    + " language is the original: it has no 'translates' or 'source_hash'");
        }
        var body = markdown.get().parse(parts.body(), file.display(), parts.bodyLine(), fm.id(), anchorLabel, terms, foreign,
                diags);
        return Optional.of(new Chapter(fm.id(), lang, fm.order(), fm.title().strip(), body.leadText(), body.sections(),
                body.body(), body.links(), ContentHash.of(text), source, at.at("/id")));
    }
}
