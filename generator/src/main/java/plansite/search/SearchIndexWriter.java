package plansite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes an index as a script ({@code assets/search-index-<lang>.js}) that assigns it to
 * {@code window.plansiteSearch[lang]}: a script element loads it from {@code file://} too, where a
 * fetch of JSON is refused. Layout, read by assets/search.js:
 * <pre>{"docs": [[kind, href, title, context, text(, [form, …])], …], "keys": {key: [first doc, gap, gap, …], …}}</pre>
 * A document's forms follow its text only when it has any; what it holds (a county page's rows) is in its
 * keys alone.
 * Document numbers are stored as gaps from the previous one (small numbers compress well); keys are
 * sorted, so the same index gives the same bytes. The JSON is written here rather than by Jackson:
 * it is only strings and small numbers, and a cold Jackson serializer would cost the build more than
 * the index itself.
 */
public final class SearchIndexWriter {

    /** The site path of a language's index. */
    public static String path(String lang) {
        return "assets/search-index-" + lang + ".js";
    }

    /** What an index is made from: its documents alone, so two builds with the same documents write the same index. */
    public static plansite.memo.Fingerprint fingerprint(String lang, List<SearchDocument> docs) {
        return plansite.memo.Fingerprint.of("search index").text(lang).value(docs).build();
    }

    public byte[] write(SearchIndex index) {
        // Encoded as it is written: a text copy first would hold the index twice, in UTF-16.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
        try (Writer js = new java.io.BufferedWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16)) {
            write(index, js);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the index into {@code js} as it goes (the index of a large edition is tens of megabytes). */
    public void write(SearchIndex index, Writer js) {
        try {
            js.append("/* plansite search index (").append(index.lang())
                    .append("), written by the build: see README, Search. */\n(window.plansiteSearch = window.plansiteSearch || {})[");
            string(js, index.lang());
            js.append("] = {\"docs\":[");
            boolean first = true;
            for (SearchDocument d : index.docs()) {
                js.append(first ? "[" : ",\n[");
                first = false;
                String[] fields = {d.kind().code(), d.href(), d.title(), d.context(), d.text()};
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        js.append(',');
                    }
                    string(js, fields[i]);
                }
                if (!d.forms().isEmpty()) {
                    js.append(",[");
                    for (int i = 0; i < d.forms().size(); i++) {
                        if (i > 0) {
                            js.append(',');
                        }
                        string(js, d.forms().get(i));
                    }
                    js.append(']');
                }
                js.append(']');
            }
            js.append("],\n\"keys\":{");
            first = true;
            for (Map.Entry<String, int[]> e : index.postings().entrySet()) {
                if (!first) {
                    js.append(',');
                }
                first = false;
                string(js, e.getKey());
                js.append(":[");
                int[] ids = e.getValue();
                for (int i = 0; i < ids.length; i++) {
                    if (i > 0) {
                        js.append(',');
                    }
                    js.append(Integer.toString(i == 0 ? ids[0] : ids[i] - ids[i - 1]));
                }
                js.append(']');
            }
            js.append("}};\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON string that is also a valid JavaScript string (U+2028 and U+2029 escaped). */
    private static void string(Writer out, String s) throws IOException {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(s, plain, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
            plain = i + 1;
        }
        out.append(s, plain, s.length()).append('"');
    }
}
