package plansite.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.Plan;
import plansite.model.SiteSettings;
import plansite.model.Table;

/**
 * All downloads of the plan's tables, as site paths under {@code data/} → bytes: per table a CSV per
 * language, a tidy CSV, an XLSX and a JSON; the Frictionless data package; one zip of everything. The
 * zip's and the package's names and the words inside the files come from the site settings
 * ({@code downloads}, {@code map.boundaries}).
 */
public final class DataFiles {
    public static final String FOLDER = "data/";
    public static final String PACKAGE = "datapackage.json";
    public static final String GEO_FOLDER = "geo/";

    private final Plan plan;
    private final String zh;
    private final String en;

    private final List<plansite.model.MapInputs.PublishedFile> geo;

    /** With {@code geo}: the map data of data/geo/, published under data/geo/ with its own licence (ODbL). */
    public DataFiles(Plan plan, List<plansite.model.MapInputs.PublishedFile> geo) {
        this.plan = plan;
        this.geo = List.copyOf(geo);
        this.zh = plan.site().defaultLanguage().code();
        this.en = plan.languages().stream().map(l -> l.code()).filter(c -> !c.equals(zh)).findFirst().orElse(zh);
    }

    /** The file name of the zip of every download (in {@link #FOLDER}), as the site settings give it. */
    public static String zipName(SiteSettings site) {
        return site.downloads().zip();
    }

    /** The download files of one table, by file name, in the order a reader would want them. */
    public static List<String> names(String tableId) {
        return List.of(tableId + ".zh.csv", tableId + ".en.csv", tableId + ".tidy.csv", tableId + ".xlsx",
                tableId + ".json");
    }

    /**
     * The files of all tables together, made from {@code tableFiles} (every table's files): the published
     * map data, the data package, and the zip of everything.
     */
    public Map<String, byte[]> whole(Map<String, byte[]> tableFiles) {
        Map<String, byte[]> out = new TreeMap<>();
        for (var f : geo) {
            out.put(GEO_FOLDER + f.name(), f.bytes());
        }
        Map<String, byte[]> all = new TreeMap<>(tableFiles);
        all.putAll(out);
        all.put(PACKAGE, dataPackage(all));
        out.put(PACKAGE, all.get(PACKAGE));
        out.put(zipName(plan.site()), zip(all));
        return out;
    }

    /** The download files of one table, by name. */
    public Map<String, byte[]> tableFiles(Table t) {
        Map<String, byte[]> out = new TreeMap<>();
        SiteSettings.Downloads d = plan.site().downloads();
        SiteSettings.Labels words = d.labels();
        out.put(t.id() + ".zh.csv", CsvTables.printed(t, zh, zh, words.unit().in(zh), words.notes().in(zh)));
        out.put(t.id() + ".en.csv", CsvTables.printed(t, en, zh, words.unit().in(en), words.notes().in(en)));
        out.put(t.id() + ".tidy.csv", CsvTables.tidy(t, zh, en));
        // A sheet per language, named as the language names itself; the notes sheet's words in both.
        out.put(t.id() + ".xlsx", XlsxTables.write(t,
                List.of(new XlsxTables.Sheet(zh, languageName(zh), words.unit().in(zh), words.notes().in(zh)),
                        new XlsxTables.Sheet(en, languageName(en), words.unit().in(en), words.notes().in(en))),
                zh, new XlsxTables.NotesSheet(both(words.notes()), both(words.source()), sourceText(t),
                        both(words.terms()), both(d.terms())),
                plan.site().pubDate()));
        out.put(t.id() + ".json", JsonTables.write(t, source(t)));
        return out;
    }

    private String languageName(String code) {
        return plan.languages().stream().filter(l -> l.code().equals(code)).findFirst().map(Language::name)
                .orElse(code);
    }

    /** A text in both languages, the original's first: "注 Notes". */
    private String both(Localized text) {
        return text.in(zh) + " " + text.in(en);
    }

    private String sourceText(Table t) {
        return plan.site().title().in(zh) + " / " + plan.site().title().in(en) + "; " + plan.site().baseUrl()
                + zh + "/tables/" + t.id() + ".html";
    }

    private Map<String, Object> source(Table t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("document", Ordered.map(zh, plan.site().title().in(zh), en, plan.site().title().in(en)));
        s.put("publisher", Ordered.map(zh, plan.site().publisher().in(zh), en, plan.site().publisher().in(en)));
        s.put("issued", plan.site().publication().issueDate().toString());
        s.put("page", plan.site().baseUrl() + zh + "/tables/" + t.id() + ".html");
        return s;
    }

    /** A Frictionless Data Package (tabular): a resource per CSV with its field schema. */
    private byte[] dataPackage(Map<String, byte[]> files) {
        Map<String, Object> p = new LinkedHashMap<>();
        // A GeoJSON resource is not tabular: then the package is a plain data package.
        p.put("profile", geo.isEmpty() ? "tabular-data-package" : "data-package");
        SiteSettings.Downloads d = plan.site().downloads();
        p.put("name", d.packageName());
        p.put("title", plan.site().title().in(en) + " — " + plan.site().title().in(zh));
        p.put("description", d.packageDescription());
        p.put("homepage", plan.site().baseUrl());
        p.put("version", "1.0.0");
        p.put("created", plan.site().pubDate().toString());
        p.put("licenses", List.of(Ordered.map("path", plan.site().baseUrl() + en + "/about.html",
                "title", d.licence().in(en) + " / " + d.licence().in(zh))));
        p.put("sources", List.of(Ordered.map("title", plan.site().title().in(zh), "path", plan.site().baseUrl())));
        p.put("contributors", List.of(Ordered.map("title", plan.site().publisher().in(en), "role", "publisher")));
        List<Object> resources = new ArrayList<>();
        for (Table t : plan.tables()) {
            for (String lang : List.of(zh, en)) {
                resources.add(resource(t, t.id() + "." + lang + ".csv", t.id() + "-" + lang, printedFields(t, lang),
                        "As printed, " + (lang.equals(zh) ? "Chinese" : "English")));
            }
            resources.add(resource(t, t.id() + ".tidy.csv", t.id() + "-tidy", tidyFields(), "Tidy: one value per row"));
        }
        for (plansite.model.MapInputs.PublishedFile f : geo) {
            if (f.name().endsWith(".geojson")) {
                resources.add(geoResource(f, plan.site().map().boundaries()));
            }
        }
        p.put("resources", resources);
        return (JsonText.indented(p) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A boundary file, described as the settings describe data/geo/'s boundaries (with their own licence:
     * an OpenStreetMap derivative is under the ODbL whatever the rest of the data is).
     */
    private Map<String, Object> geoResource(plansite.model.MapInputs.PublishedFile f, SiteSettings.Boundaries b) {
        if (b == null) {
            // The settings loader requires them whenever data/geo/ has a GeoJSON file.
            throw new IllegalStateException("data/site.yaml has no map.boundaries to describe " + f.name());
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", f.name().replace(".geojson", "").toLowerCase(java.util.Locale.ROOT));
        r.put("path", GEO_FOLDER + f.name());
        r.put("title", b.title().in(en) + " — " + b.title().in(zh));
        r.put("description", b.description());
        r.put("format", "geojson");
        r.put("mediatype", "application/geo+json");
        r.put("encoding", "utf-8");
        r.put("licenses", List.of(Ordered.map("name", b.licence().name(), "path", b.licence().path(), "title",
                b.licence().title())));
        r.put("sources", List.of(Ordered.map("title", b.source().title(), "path", b.source().path())));
        return r;
    }

    private Map<String, Object> resource(Table t, String path, String name, List<Map<String, Object>> fields,
            String kind) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("path", path);
        r.put("profile", "tabular-data-resource");
        r.put("title", t.label().in(en) + " " + t.title().in(en) + " (" + kind + ")");
        r.put("description", t.label().in(zh) + " " + t.title().in(zh));
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8-sig");
        r.put("dialect", Ordered.map("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"", "doubleQuote", true,
                "header", true));
        r.put("schema", Ordered.map("fields", fields));
        return r;
    }

    private List<Map<String, Object>> printedFields(Table t, String lang) {
        TableGrid g = new TableGrid(t, lang, zh);
        List<String> headers = g.headers();
        List<Map<String, Object>> fields = new ArrayList<>();
        for (int c = 0; c < g.width(); c++) {
            // A column is numeric when every filled value in it is a number.
            boolean numeric = g.isValueColumn(c);
            for (int r = 0; r < t.rows().size() && numeric; r++) {
                numeric = g.value(r, c).isEmpty() || g.origin(r, c).isNumeric();
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", headers.get(c));
            f.put("type", numeric ? "number" : "string");
            var unit = g.columnUnit(c);
            if (unit != null) {
                f.put("description", "unit: " + g.text(unit));
            }
            fields.add(f);
        }
        if (g.hasRowUnits()) {
            fields.add(Ordered.map("name", plan.site().downloads().labels().unit().in(lang), "type", "string",
                    "description", "unit of the row's values"));
        }
        fields.add(Ordered.map("name", plan.site().downloads().labels().notes().in(lang), "type", "string"));
        return fields;
    }

    private static List<Map<String, Object>> tidyFields() {
        Map<String, Object> types = Ordered.map("row", "integer", "column", "integer", "value", "number");
        Map<String, String> about = Map.ofEntries(
                Map.entry("table_id", "id of the table"), Map.entry("row", "row number, as printed"),
                Map.entry("column", "column number (leaf columns), as printed"),
                Map.entry("row_zh", "row headers, Chinese"), Map.entry("row_en", "row headers, English"),
                Map.entry("column_zh", "column headers, Chinese"), Map.entry("column_en", "column headers, English"),
                Map.entry("value", "the figure as a number; empty where the value is words"),
                Map.entry("value_text_zh", "the value as printed, Chinese"),
                Map.entry("value_text_en", "the value as printed, English"),
                Map.entry("unit_zh", "unit, Chinese"), Map.entry("unit_en", "unit, English"),
                Map.entry("note_zh", "notes on the value, Chinese"), Map.entry("note_en", "notes on the value, English"));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String name : CsvTables.TIDY_COLUMNS) {
            fields.add(Ordered.map("name", name, "type", types.getOrDefault(name, "string"), "description",
                    about.get(name)));
        }
        return fields;
    }

    private byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDateTime time = plan.site().pubDate().atStartOfDay();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                // Workbooks are zips already: deflating them again costs time and saves nothing.
                if (e.getKey().endsWith(".xlsx")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(e.getValue());
                    entry.setCrc(crc.getValue());
                }
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
