package plansite.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plansite.diag.SourcePos;
import plansite.model.Cell;
import plansite.model.Localized;
import plansite.model.Row;

/**
 * Deserializers for the value types whose YAML form is not a plain mapping. Scalars are read as
 * written ({@code 100.00} stays {@code "100.00"}): a number of the plan is never reformatted.
 */
final class YamlDeserializers {
    static final String DEFAULT_LANG_ATTRIBUTE = "plansite.defaultLang";
    private static final java.util.regex.Pattern LANGUAGE_KEY =
            java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)*");

    private YamlDeserializers() {}

    /** The scalar's text exactly as written in the file. */
    static String scalarText(JsonParser p) throws IOException {
        return p.getText();
    }

    static YamlReader.InputProblem problem(JsonParser p, String message) {
        return new YamlReader.InputProblem(p, message);
    }

    /** {@code text} (in the default language) or {@code {zh: text, en: text}}. */
    static Localized readLocalized(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isScalarValue()) {
            Object defaultLang = ctxt.getAttribute(DEFAULT_LANG_ATTRIBUTE);
            if (defaultLang == null) {
                throw problem(p, "expected the text per language, e.g. {zh: …, en: …}, but found a plain text");
            }
            return Localized.of((String) defaultLang, scalarText(p));
        }
        if (t != JsonToken.START_OBJECT) {
            throw problem(p, "expected a text or a mapping of language codes to texts, but found a list");
        }
        Map<String, String> byLang = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String lang = p.currentName();
            if (!LANGUAGE_KEY.matcher(lang).matches()) {
                throw problem(p, "'" + lang + "' is not a language code; a text that holds ': ', ', ' or '{' must"
                        + " be quoted: {zh: …, en: \"Water use, by sector\"}");
            }
            JsonToken v = p.nextToken();
            if (!v.isScalarValue() || v == JsonToken.VALUE_NULL) {
                throw problem(p, "expected a text for language '" + lang + "'");
            }
            byLang.put(lang, scalarText(p));
        }
        return new Localized(byLang);
    }

    static final class LocalizedDeserializer extends JsonDeserializer<Localized> {
        @Override
        public Localized deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return readLocalized(p, ctxt);
        }
    }

    static final class DateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = scalarText(p);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw problem(p, "expected a date as YYYY-MM-DD but found '" + text + "'");
            }
        }
    }

    /**
     * A cell: a scalar as written; {@code ^} (merged with the cell above) or {@code <} (merged with
     * the cell to the left); a text per language {@code {zh: …, en: …}}; or the full form
     * {@code {value: …, unit: …, notes: [n1]}}.
     */
    static final class CellDeserializer extends JsonDeserializer<Cell> {
        @Override
        public Cell deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t.isScalarValue()) {
                String text = scalarText(p);
                return switch (text) {
                    case "^" -> Cell.merged(Cell.Merge.UP);
                    case "<" -> Cell.merged(Cell.Merge.LEFT);
                    default -> new Cell(text, null, null, List.of(), Cell.Merge.NONE);
                };
            }
            if (t != JsonToken.START_OBJECT) {
                throw problem(p, "expected a cell (a value, or a mapping) but found a list");
            }
            String value = null;
            Localized text = null;
            Localized unit = null;
            List<String> notes = List.of();
            Map<String, String> byLang = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                boolean known = key.equals("value") || key.equals("unit") || key.equals("notes");
                if (!known && !LANGUAGE_KEY.matcher(key).matches()) {
                    throw problem(p, "unknown key '" + key + "' in a cell; expected value, unit, notes or language"
                            + " codes");
                }
                JsonToken v = p.nextToken();
                switch (key) {
                    case "value" -> {
                        if (v == JsonToken.START_OBJECT) {
                            text = readLocalized(p, ctxt);
                        } else if (v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                            value = scalarText(p);
                        } else if (v != JsonToken.VALUE_NULL) {
                            throw problem(p, "expected a value or a text per language for 'value'");
                        }
                    }
                    case "unit" -> unit = readLocalized(p, ctxt);
                    case "notes" -> notes = readIds(p, "notes");
                    default -> {
                        if (!v.isScalarValue() || v == JsonToken.VALUE_NULL) {
                            throw problem(p, "expected a text for language '" + key + "'");
                        }
                        byLang.put(key, scalarText(p));
                    }
                }
            }
            if (!byLang.isEmpty()) {
                if (value != null || text != null) {
                    throw problem(p, "a cell has either 'value' or texts per language, not both");
                }
                text = new Localized(byLang);
            }
            return new Cell(value, text, unit, notes, Cell.Merge.NONE);
        }
    }

    static List<String> readIds(JsonParser p, String key) throws IOException {
        JsonToken t = p.currentToken();
        if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
            return List.of(scalarText(p));
        }
        if (t != JsonToken.START_ARRAY) {
            throw problem(p, "expected a note id or a list of note ids for '" + key + "'");
        }
        List<String> ids = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!p.currentToken().isScalarValue()) {
                throw problem(p, "expected a note id in '" + key + "'");
            }
            ids.add(scalarText(p));
        }
        return ids;
    }

    /** A row: a list of cells, or {@code {cells: […], unit: …, notes: […]}}. */
    static final class RowDeserializer extends JsonDeserializer<Row> {
        @Override
        public Row deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            SourcePos pos = pos(p, ctxt);
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_ARRAY) {
                return new Row(readCells(p, ctxt), null, List.of(), pos);
            }
            if (t != JsonToken.START_OBJECT) {
                throw problem(p, "expected a row: a list of cells, or a mapping with 'cells'");
            }
            List<Cell> cells = null;
            Localized unit = null;
            List<String> notes = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (!key.equals("cells") && !key.equals("unit") && !key.equals("notes")) {
                    throw problem(p, "unknown key '" + key + "' in a row; expected one of: cells, notes, unit");
                }
                p.nextToken();
                switch (key) {
                    case "cells" -> {
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            throw problem(p, "expected a list of cells for 'cells'");
                        }
                        cells = readCells(p, ctxt);
                    }
                    case "unit" -> unit = readLocalized(p, ctxt);
                    case "notes" -> notes = readIds(p, "notes");
                    default -> throw new IllegalStateException(key);
                }
            }
            if (cells == null) {
                throw problem(p, "missing required key 'cells' in a row");
            }
            return new Row(cells, unit, notes, pos);
        }

        private static List<Cell> readCells(JsonParser p, DeserializationContext ctxt) throws IOException {
            CellDeserializer cell = new CellDeserializer();
            List<Cell> cells = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == JsonToken.VALUE_NULL) {
                    cells.add(new Cell(null, null, null, List.of(), Cell.Merge.NONE));
                } else {
                    cells.add(cell.deserialize(p, ctxt));
                }
            }
            return cells;
        }

        private static SourcePos pos(JsonParser p, DeserializationContext ctxt) {
            JsonLocation loc = p.currentTokenLocation();
            String file = (String) ctxt.getAttribute(YamlReader.FILE_ATTRIBUTE);
            int offset = (Integer) ctxt.getAttribute(YamlReader.LINE_OFFSET_ATTRIBUTE);
            return new SourcePos(file, loc.getLineNr() + offset, Math.max(1, loc.getColumnNr()));
        }
    }
}
