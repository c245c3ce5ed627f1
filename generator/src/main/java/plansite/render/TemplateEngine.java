package plansite.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import plansite.diag.Diagnostics;
import plansite.diag.SourcePos;
import plansite.model.Html;

/**
 * FreeMarker, configured once: templates are {@code .ftlh} and auto-escape HTML. The only values
 * that print unescaped are {@link Html} values, which the generator made itself; a template never
 * needs {@code ?no_esc}. Template errors become positioned diagnostics.
 */
final class TemplateEngine {
    static {
        // Errors reach users as diagnostics; FreeMarker's own logging (whichever library it finds on
        // the class path) would only repeat them, or chatter.
        System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, freemarker.log.Logger.LIBRARY_NAME_NONE);
    }

    /** FreeMarker's behaviour as of this version; a method, so that FreeMarker is set up only when used. */
    private static Version version() {
        return Configuration.VERSION_2_3_34;
    }

    private final Path templatesDir;
    private final String displayDir;
    /** Set up on first use: a build whose pages all come from the memo never needs FreeMarker. */
    private Configuration config;

    TemplateEngine(Path templatesDir, String displayDir) {
        this.templatesDir = templatesDir;
        this.displayDir = displayDir;
    }

    /** FreeMarker, set up; opening the folder reports a missing one before rendering starts. */
    private synchronized Configuration config() throws IOException {
        if (config == null) {
            Configuration c = new Configuration(version());
            c.setDefaultEncoding("UTF-8");
            c.setOutputEncoding("UTF-8");
            c.setOutputFormat(HTMLOutputFormat.INSTANCE);
            c.setRecognizeStandardFileExtensions(true);
            c.setLocale(Locale.ROOT);
            c.setTimeZone(TimeZone.getTimeZone("UTC"));
            c.setNumberFormat("computer");
            c.setBooleanFormat("c");
            c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            c.setLogTemplateExceptions(false);
            c.setWrapUncheckedExceptions(true);
            c.setFallbackOnNullLoopVariable(false);
            c.setAPIBuiltinEnabled(false);
            c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
            c.setObjectWrapper(new HtmlAwareObjectWrapper());
            // Templates are read once per build; a stale cache in `serve` would show yesterday's layout.
            c.setTemplateUpdateDelayMilliseconds(0);
            c.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile()));
            c.setSharedVariable(WordsOf.NAME, new WordsOf(displayDir));
            config = c;
        }
        return config;
    }

    /** Parses every template of the folder into FreeMarker's template cache; errors are left for {@link #render} to report. */
    void parseAll() {
        for (Path f : templateFiles()) {
            try {
                config().getTemplate(f.getFileName().toString());
            } catch (IOException e) {
                // Reported, with its position, by the render that needs it.
            }
        }
    }

    /** A fingerprint of the templates' names and texts, which changes when any template does. */
    plansite.memo.Fingerprint fingerprint() {
        plansite.memo.Fingerprint.Builder texts = plansite.memo.Fingerprint.of("templates");
        for (Path f : templateFiles()) {
            texts.text(f.getFileName().toString());
            try {
                texts.bytes(java.nio.file.Files.readAllBytes(f));
            } catch (IOException e) {
                texts.text("unreadable");
            }
        }
        return texts.build();
    }

    private List<Path> templateFiles() {
        try (var files = java.nio.file.Files.list(templatesDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ftlh")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            // A missing folder is reported by the first render.
            return List.of();
        }
    }

    /** Drops cached templates so that the next render reads them again (used by serve). */
    synchronized void clearCache() {
        if (config != null) {
            config.clearTemplateCache();
        }
    }

    /** Renders {@code template} with {@code model}; on a template error adds a diagnostic and returns empty. */
    Optional<String> render(String template, Map<String, Object> model, Diagnostics diags) {
        return run(template, diags, t -> {
            StringWriter out = new StringWriter(16 * 1024);
            t.process(model, out);
            return out.toString();
        });
    }

    /**
     * Renders {@code template} with {@code model} into {@code out} as it goes (a page of a large edition
     * need not fit in memory); on a template error adds a diagnostic and returns false.
     */
    boolean render(String template, Map<String, Object> model, Writer out, Diagnostics diags) {
        return run(template, diags, t -> {
            t.process(model, out);
            return true;
        }).isPresent();
    }

    /**
     * The interface words of one language, as {@code i18n.t} in the templates gives them: the {@code
     * messages} of {@code template} for {@code lang}, or for English where the language has none. A key
     * the map does not hold, asked for by the Java that writes the tables, is an error in {@code diags}
     * naming {@code template}, as a template's own lookup is.
     */
    Optional<Map<String, String>> messages(String template, String lang, String neededBy, Diagnostics diags) {
        return run(template, diags, t -> {
            Environment env = t.createProcessingEnvironment(Map.of("page", Map.of("lang", lang)), Writer.nullWriter());
            env.process();
            TemplateModel all = env.getMainNamespace().get("messages");
            if (!(all instanceof TemplateHashModel hash)) {
                throw new TemplateModelException("expected a hash 'messages' of words per language");
            }
            String found = hash.get(lang) != null ? lang : "en";
            Map<String, String> out = new java.util.HashMap<>();
            if (DeepUnwrap.unwrap(hash.get(found)) instanceof Map<?, ?> m) {
                m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
            }
            return new ReportedWords(out, displayDir + "/" + template, lang, found, neededBy, diags);
        });
    }

    /** "for language 'zh'", or "for language 'en' (which 'fr' falls back to)" when the language has no words. */
    private static String forLanguage(String asked, String found) {
        return "for language '" + found + "'" + (asked.equals(found) ? "" : " (which '" + asked + "' falls back to)");
    }

    /** The error of a key, asked for by a template, that the messages of {@code file} do not hold. */
    private static String missingWord(String key, String asked, String found, String file, java.util.Set<String> known) {
        return "unknown message '" + key + "' " + forLanguage(asked, found) + ": " + file + " has no such key"
                + plansite.diag.Suggestion.of(key, known);
    }

    /**
     * The words of one language for the Java that writes HTML: a key it does not hold is reported once,
     * as an error, and stands in for its word so that rendering can go on to find the other errors.
     */
    private static final class ReportedWords extends java.util.AbstractMap<String, String> {
        private final Map<String, String> words;
        private final String file;
        private final String asked;
        private final String found;
        /** What asks for the words, as the error names it: "the tables". */
        private final String neededBy;
        private final Diagnostics diags;

        ReportedWords(Map<String, String> words, String file, String asked, String found, String neededBy,
                Diagnostics diags) {
            this.words = Map.copyOf(words);
            this.file = file;
            this.asked = asked;
            this.found = found;
            this.neededBy = neededBy;
            this.diags = diags;
        }

        @Override
        public String get(Object key) {
            String word = words.get(key);
            if (word == null && key instanceof String k) {
                diags.error(SourcePos.of(file), "no message '" + k + "' " + forLanguage(asked, found)
                        + ", which " + neededBy + " need: add it to the messages here");
            }
            return word;
        }

        @Override
        public String getOrDefault(Object key, String fallback) {
            String word = get(key);
            return word == null ? fallback : word;
        }

        @Override
        public boolean containsKey(Object key) {
            return words.containsKey(key);
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return words.entrySet();
        }
    }

    /**
     * {@code wordsOf(messages)}, as the i18n templates define their lookup ({@code <#assign t =
     * wordsOf(messages)>}): a function of a key and, optionally, a language (else the page's) that gives
     * that language's word, or English's where the language has no words. A key the messages do not hold
     * is a template error at the place that asks for it, not the key printed as if it were the word.
     */
    private static final class WordsOf implements TemplateMethodModelEx {
        static final String NAME = "wordsOf";
        private final String displayDir;

        WordsOf(String displayDir) {
            this.displayDir = displayDir;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
            if (args.size() != 1 || !(args.get(0) instanceof TemplateHashModelEx messages)) {
                throw new TemplateModelException(NAME + "(messages) takes one hash: words by language, then by key");
            }
            Environment env = Environment.getCurrentEnvironment();
            return new Words(messages, displayDir + "/" + env.getCurrentTemplate().getSourceName());
        }
    }

    /** The lookup {@link WordsOf} makes for one hash of messages, defined in {@code file} (as the user sees its name). */
    private static final class Words implements TemplateMethodModelEx {
        private final TemplateHashModelEx messages;
        private final String file;

        Words(TemplateHashModelEx messages, String file) {
            this.messages = messages;
            this.file = file;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
            if (args.isEmpty() || args.size() > 2) {
                throw new TemplateModelException("expected a message key and, optionally, a language code");
            }
            String key = text(args.get(0));
            String asked = args.size() == 2 ? text(args.get(1)) : pageLanguage();
            String found = messages.get(asked) != null ? asked : "en";
            TemplateModel words = messages.get(found);
            TemplateModel word = words instanceof TemplateHashModel h ? h.get(key) : null;
            if (word == null) {
                java.util.Set<String> known = new java.util.HashSet<>();
                if (words instanceof TemplateHashModelEx all) {
                    for (var it = all.keys().iterator(); it.hasNext();) {
                        known.add(text(it.next()));
                    }
                }
                throw new MissingWordException(missingWord(key, asked, found, file, known));
            }
            return word;
        }

        private static String pageLanguage() throws TemplateModelException {
            TemplateModel page = Environment.getCurrentEnvironment().getVariable("page");
            TemplateModel lang = page instanceof TemplateHashModel h ? h.get("lang") : null;
            if (lang == null) {
                throw new TemplateModelException("a message without a language needs page.lang");
            }
            return text(lang);
        }

        private static String text(Object model) throws TemplateModelException {
            if (model instanceof TemplateScalarModel s) {
                return s.getAsString();
            }
            throw new TemplateModelException("expected a text, not " + model);
        }
    }

    /** A key that the messages do not hold: reported as it is, at the place that asked for it. */
    private static final class MissingWordException extends TemplateModelException {
        /** The message without FreeMarker's trace of the templates it went through. */
        final String text;

        MissingWordException(String text) {
            super(text);
            this.text = text;
        }
    }

    private interface TemplateJob<T> {
        T run(Template template) throws TemplateException, IOException;
    }

    private <T> Optional<T> run(String template, Diagnostics diags, TemplateJob<T> job) {
        try {
            return Optional.of(job.run(config().getTemplate(template)));
        } catch (TemplateNotFoundException e) {
            diags.error(SourcePos.of(displayDir + "/" + template), "template is missing: create " + displayDir + "/"
                    + template);
        } catch (ParseException e) {
            diags.error(new SourcePos(displayDir + "/" + e.getTemplateName(), e.getLineNumber(),
                    e.getColumnNumber()), "template syntax error: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() == null ? template : e.getTemplateSourceName();
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            SourcePos pos = new SourcePos(displayDir + "/" + name, line == null ? 0 : line, col == null ? 0 : col);
            if (e instanceof MissingWordException missing) {
                diags.error(pos, missing.text);
            } else {
                diags.error(pos, "template error: " + firstLine(e.getMessageWithoutStackTop()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + template, e);
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl).strip();
    }

    /** Wraps {@link Html} as markup, so templates print it as is; everything else as usual. */
    private static final class HtmlAwareObjectWrapper extends DefaultObjectWrapper {
        HtmlAwareObjectWrapper() {
            super(builder(), true);
        }

        /** Record components read as properties ({@code page.title}), as view models are records. */
        private static DefaultObjectWrapperBuilder builder() {
            DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(version());
            b.setRecordZeroArgumentNonVoidMethodPolicy(
                    ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
            b.setForceLegacyNonListCollections(false);
            b.setIterableSupport(true);
            return b;
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof Html html) {
                return HTMLOutputFormat.INSTANCE.fromMarkup(html.markup());
            }
            return super.wrap(obj);
        }
    }
}
