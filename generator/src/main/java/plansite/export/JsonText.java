package plansite.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Maps, lists (and other iterables), texts, numbers and booleans as JSON text, through Jackson's streaming writer: the JSON
 * files, the data package and the pages' JSON-LD are only such trees, and Jackson's object mapper
 * costs a cold build more to set up than all of them take to write.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {}

    /** One line. */
    public static String compact(Object tree) {
        return write(tree, false);
    }

    /** Indented as Jackson's default pretty printer indents. */
    public static String indented(Object tree) {
        return write(tree, true);
    }

    /**
     * An array of {@code first}'s items, then {@code rest}'s, each made only as it is written (a lazy
     * {@code Iterable} keeps a large array from being held whole).
     */
    public static Iterable<Object> concat(Iterable<Object> first, List<Object> rest) {
        return () -> java.util.stream.Stream.concat(java.util.stream.StreamSupport.stream(first.spliterator(), false),
                rest.stream()).iterator();
    }

    /** Indented, with a final line end, as UTF-8: a large file made without a text copy of it first. */
    public static byte[] indentedUtf8(Object tree) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            value(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static String write(Object tree, boolean indent) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (indent) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            value(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (var e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object o : items) {
                value(g, o);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }
}
