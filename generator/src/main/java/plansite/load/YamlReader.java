package plansite.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import plansite.diag.Diagnostics;
import plansite.memo.Fingerprint;
import plansite.diag.SourcePos;
import plansite.model.Cell;
import plansite.model.Localized;
import plansite.model.Row;

/**
 * Binds YAML text to records, strictly: unknown keys, duplicate keys and wrong types are errors.
 * Every error becomes a positioned diagnostic in the words of the input ("unknown key 'titel'"),
 * not Jackson's. Built once per run; thread-safe.
 */
final class YamlReader {
    static final String FILE_ATTRIBUTE = "plansite.file";
    static final String LINE_OFFSET_ATTRIBUTE = "plansite.lineOffset";

    /** The largest YAML document read: 64 million characters. */
    static final int MAX_DOCUMENT_CODE_POINTS = 64 * 1024 * 1024;

    private final Reuse reuse;
    /** Made on first use: a build whose YAML is all reused never sets up Jackson. */
    private YAMLFactory factory;
    /** JSON files (GeoJSON) are YAML too, but a JSON parser reads their thousands of numbers far faster. */
    private com.fasterxml.jackson.core.JsonFactory jsonFactory;
    private ObjectMapper mapper;

    /** A document as reused: the bound value and where its nodes are. */
    record Kept(Object value, Map<String, SourcePos> positions) {}

    YamlReader() {
        this(Reuse.NONE);
    }

    YamlReader(Reuse reuse) {
        this.reuse = reuse;
    }

    private synchronized ObjectMapper mapper() {
        if (mapper != null) {
            return mapper;
        }
        // SnakeYAML refuses documents over 3 MB by default; a province's glossary or a large table may be
        // bigger, and every input here is the project's own file.
        org.yaml.snakeyaml.LoaderOptions loader = new org.yaml.snakeyaml.LoaderOptions();
        loader.setCodePointLimit(MAX_DOCUMENT_CODE_POINTS);
        this.factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.jsonFactory = com.fasterxml.jackson.core.JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SimpleModule module = new SimpleModule("plansite");
        module.addDeserializer(Localized.class, new YamlDeserializers.LocalizedDeserializer());
        module.addDeserializer(LocalDate.class, new YamlDeserializers.DateDeserializer());
        module.addDeserializer(Cell.class, new YamlDeserializers.CellDeserializer());
        module.addDeserializer(Row.class, new YamlDeserializers.RowDeserializer());
        this.mapper = JsonMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addModule(module)
                .build();
        return mapper;
    }

    /** A bound document and where each of its nodes is. */
    record Parsed<T>(T value, PositionIndex positions) {}

    /** Reads a whole YAML file (strict UTF-8) and binds it; on failure adds a diagnostic and returns empty. */
    <T> Optional<Parsed<T>> readFile(InputFile file, Class<T> type, String defaultLang, Diagnostics diags) {
        return Utf8Text.read(file, diags).flatMap(text -> read(text, file.display(), 0, type, defaultLang, diags));
    }

    /**
     * Binds {@code text} (which starts {@code lineOffset} lines into {@code file}) to {@code type};
     * on failure adds a diagnostic and returns empty. A plain text where a text per language is
     * expected means {@code defaultLang}; with null it is an error.
     */
    <T> Optional<Parsed<T>> read(String text, String file, int lineOffset, Class<T> type, String defaultLang,
            Diagnostics diags) {
        if (file.endsWith(".geojson")) {
            // Read once for all the boundaries, whose parse is reused as a whole (MapInputsLoader.readGeo).
            return bind(text, file, lineOffset, type, defaultLang, diags);
        }
        Fingerprint key = Fingerprint.of("yaml").text(file).number(lineOffset).text(type.getName()).text(defaultLang)
                .text(text).build();
        return reuse.parse(key, diags, own -> bind(text, file, lineOffset, type, defaultLang, own)
                        .map(p -> new Kept(p.value(), p.positions().entries())))
                .filter(k -> type.isInstance(k.value()))
                .map(k -> new Parsed<>(type.cast(k.value()), new PositionIndex(file, k.positions())));
    }

    private <T> Optional<Parsed<T>> bind(String text, String file, int lineOffset, Class<T> type, String defaultLang,
            Diagnostics diags) {
        ObjectMapper mapper = mapper();
        PositionIndex positions = new PositionIndex(file);
        boolean json = file.endsWith(".json") || file.endsWith(".geojson");
        try (JsonParser raw = (json ? jsonFactory : factory).createParser(new StringReader(text))) {
            JsonParser parser = new PositionRecordingParser(raw, positions, file, lineOffset);
            T value = mapper.readerFor(type)
                    .withAttribute(FILE_ATTRIBUTE, file)
                    .withAttribute(LINE_OFFSET_ATTRIBUTE, lineOffset)
                    .withAttribute(YamlDeserializers.DEFAULT_LANG_ATTRIBUTE, defaultLang)
                    .readValue(parser);
            if (value == null) {
                diags.error(new SourcePos(file, 1 + lineOffset, 1), "the YAML document is empty; expected "
                        + describe(type));
                return Optional.empty();
            }
            return Optional.of(new Parsed<>(value, positions));
        } catch (JsonProcessingException e) {
            diags.error(position(e, text, positions, file, lineOffset), message(e));
            return Optional.empty();
        } catch (IOException e) {
            diags.error(new SourcePos(file, 0, 0), "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String describe(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    /**
     * Where an error is: an unknown key at the key itself (Jackson reports records' unknown keys only
     * at the end of the mapping), a duplicate key at its start, anything else where Jackson stopped.
     */
    private static SourcePos position(JsonProcessingException e, String text, PositionIndex positions, String file,
            int lineOffset) {
        if (e instanceof UnrecognizedPropertyException u) {
            return positions.at(pointer(u));
        }
        if (e.getCause() instanceof MarkedYAMLException y) {
            // Running off the end of the file is reported where the unfinished thing began.
            Mark mark = y.getProblem() != null && y.getProblem().contains("end of stream") && y.getContextMark() != null
                    ? y.getContextMark() : y.getProblemMark();
            if (mark != null) {
                return new SourcePos(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            }
        }
        SourcePos at = position(e, file, lineOffset);
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate field '") && at.line() > lineOffset) {
            String key = original.substring("Duplicate field '".length(), original.lastIndexOf('\''));
            String line = text.split("\n", -1)[at.line() - lineOffset - 1];
            int col = line.indexOf(key);
            if (col >= 0) {
                return new SourcePos(file, at.line(), line.codePointCount(0, col) + 1);
            }
        }
        return at;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return sb.toString();
    }

    static SourcePos position(JsonProcessingException e, String file, int lineOffset) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() <= 0) {
            return new SourcePos(file, 1 + lineOffset, 1);
        }
        return new SourcePos(file, loc.getLineNr() + lineOffset, Math.max(1, loc.getColumnNr()));
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            List<JsonMappingException.Reference> path = u.getPath();
            String in = path.size() > 1 ? " in '" + where(path.subList(0, path.size() - 1)) + "'" : "";
            return "unknown key '" + u.getPropertyName() + "'" + in
                    + (known.isEmpty() ? "" : "; expected one of: " + known);
        }
        if (e instanceof InvalidFormatException f) {
            return "expected " + typeName(f.getTargetType()) + where(f) + " but found '" + f.getValue() + "'";
        }
        if (e instanceof InputProblem p) {
            return p.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + typeName(m.getTargetType()) + where(m) + " but found "
                    + found(m.getOriginalMessage());
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate field")) {
            return "duplicate key " + original.substring("Duplicate field ".length())
                    + "; each key may appear once in a mapping";
        }
        if (e instanceof JsonMappingException m) {
            Throwable cause = m.getCause();
            if (cause instanceof InputProblem p) {
                return p.getOriginalMessage();
            }
            return (original == null ? "invalid value" : firstLine(original)) + where(m);
        }
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblem() != null) {
            return "YAML syntax error: " + y.getProblem()
                    + (y.getContext() == null ? "" : " (" + y.getContext() + ")");
        }
        return "YAML syntax error: " + firstLine(original == null ? e.toString() : original);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static String found(String original) {
        if (original == null) {
            return "something else";
        }
        if (original.contains("START_ARRAY") || original.contains("from Array")) {
            return "a list";
        }
        if (original.contains("START_OBJECT") || original.contains("from Object")) {
            return "a mapping";
        }
        if (original.contains("VALUE_NULL") || original.contains("null")) {
            return "nothing (null)";
        }
        if (original.contains("String")) {
            return "a string";
        }
        if (original.contains("Integer") || original.contains("Floating")) {
            return "a number";
        }
        if (original.contains("Boolean")) {
            return "a boolean";
        }
        return "something else";
    }

    static String where(JsonMappingException e) {
        String path = where(e.getPath());
        return path.isEmpty() ? "" : " for '" + path + "'";
    }

    private static String where(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Localized.class) {
            return "a text or a mapping of language codes to texts";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping (" + describe(type) + ")";
    }

    /** A problem found by one of our deserializers; its message is already in the input's words. */
    static final class InputProblem extends JsonMappingException {
        InputProblem(JsonParser p, String message) {
            super(p, message);
        }
    }

    /** Records the start position of every node, by JSON Pointer, as the parser passes it. */
    private static final class PositionRecordingParser extends JsonParserDelegate {
        private final PositionIndex positions;
        private final String file;
        private final int lineOffset;

        PositionRecordingParser(JsonParser d, PositionIndex positions, String file, int lineOffset) {
            super(d);
            this.positions = positions;
            this.file = file;
            this.lineOffset = lineOffset;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t != null && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                JsonLocation loc = delegate.currentTokenLocation();
                String pointer = t == JsonToken.FIELD_NAME || t.isScalarValue() || t.isStructStart()
                        ? pointerOfCurrent(t) : null;
                if (pointer != null && loc != null) {
                    positions.recordIfAbsent(pointer,
                            new SourcePos(file, loc.getLineNr() + lineOffset, Math.max(1, loc.getColumnNr())));
                }
            }
            return t;
        }

        private String pointerOfCurrent(JsonToken t) {
            var ctx = delegate.getParsingContext();
            if (t.isStructStart()) {
                // The new context is the struct itself; its pointer is the parent's path to it.
                ctx = ctx.getParent();
                if (ctx == null) {
                    return "";
                }
                if (ctx.inRoot()) {
                    return "";
                }
            }
            return ctx.pathAsPointer().toString();
        }
    }
}
