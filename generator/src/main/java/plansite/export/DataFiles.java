package plansite.export;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import plansite.model.Language;
import plansite.model.Localized;
import plansite.model.Plan;
import plansite.model.SiteSettings;
import plansite.model.Table;
import plansite.diag.Diagnostics;

/**
 * All downloads of the plan's tables, as site paths under {@code data/} → bytes: per table a CSV per
 * language, a tidy CSV, an XLSX and a JSON; the Frictionless data package; one zip of everything. The
 * zip's and the package's names and what the files say about the plan come from the site settings
 * ({@code downloads}, {@code open_data}, {@code map.boundaries}); the files' own words (headings, the data
 * package's descriptions) from {@link DownloadWords}.
 */
public final class DataFiles {
    public static final String FOLDER = "data/";
    public static final String PACKAGE = "datapackage.json";
    public static final String GEO_FOLDER = "geo/";
    public static final String README = ReadmeFiles.README;
    public static final String LICENSE = ReadmeFiles.LICENSE;
    public static final String CHANGELOG = ReadmeFiles.CHANGELOG;

    private final Plan plan;
    private final String zh;
    private final String en;
    private final TidyTables tidy;
    private final DownloadWords words;

    private final List<plansite.model.MapInputs.PublishedFile> geo;

    /**
     * With {@code geo}: the map data of data/geo/, published under data/geo/ with its own licence (ODbL);
     * {@code counties}: the boundaries' counties, whose adcodes the tidy files give the rows that name them;
     * {@code words}: the files' own words, in the original language and the other.
     */
    public DataFiles(Plan plan, List<plansite.model.MapInputs.PublishedFile> geo, List<TidyTables.County> counties,
            DownloadWords words) {
        this.plan = plan;
        this.geo = List.copyOf(geo);
        this.words = words;
        this.zh = words.original();
        this.en = words.other();
        this.tidy = new TidyTables(zh, en, plansite.model.TidyLayout.keyLanguage(plan), counties,
                plan.site().openData().dimensions().stream().map(SiteSettings.Dimension::name).toList());
    }

    /** The file name of the zip of every download (in {@link #FOLDER}), as the site settings give it. */
    public static String zipName(SiteSettings site) {
        return site.downloads().zip();
    }

    /** The file name of the one long file of every table's values (in {@link #FOLDER}). */
    public static String combinedName(SiteSettings site) {
        return site.downloads().packageName() + ".tidy.csv";
    }

    /** The download files of one table, by file name, in the order a reader would want them. */
    public static List<String> names(String tableId) {
        return List.of(tableId + ".zh.csv", tableId + ".en.csv", tableId + ".notes.csv", tableId + ".tidy.csv",
                tableId + ".xlsx", tableId + ".json");
    }

    /** The tables' tidy declarations against the boundaries (a county column's names); errors into {@code diags}. */
    public void check(Diagnostics diags) {
        plan.tables().forEach(t -> tidy.check(t, diags));
    }

    /** A download's size and hash: all that the data package says of its bytes. */
    public record Listed(int bytes, String hash) {
        static Listed of(byte[] file) {
            return new Listed(file.length, DataFiles.hash(file));
        }
    }

    /** Each file's size and hash, as the data package lists it (made on the workers, a table at a time). */
    public static Map<String, Listed> listed(Map<String, byte[]> files) {
        Map<String, Listed> listed = new TreeMap<>();
        files.forEach((name, bytes) -> listed.put(name, Listed.of(bytes)));
        return listed;
    }

    /** The files of all tables together, to be gathered from each table's files in the order of the tables. */
    public Whole whole() {
        return new Whole();
    }

    /**
     * The files made from every table's files: the published map data, the long file of every table's
     * values, README, LICENSE and CHANGELOG, and the data package. Of each table's files it keeps only the
     * tidy lines and each file's size and hash, so that a build holds a few tables' files at a time,
     * however many tables there are.
     */
    public final class Whole {
        private final ByteArrayOutputStream combined = new ByteArrayOutputStream();
        private final Map<String, Listed> listed = new TreeMap<>();
        private boolean first = true;

        private Whole() {}

        /** Adds one table's files, {@code listed} being theirs ({@link #listed}); tables are added in their order. */
        public void add(Table t, Map<String, byte[]> tableFiles, Map<String, Listed> tableListed) {
            listed.putAll(tableListed);
            byte[] file = tableFiles.get(t.id() + ".tidy.csv");
            int body = 0;
            while (file[body] != '\n') {
                body++;
            }
            // The header once, then each file's lines after its header.
            combined.write(file, first ? 0 : body + 1, first ? file.length : file.length - body - 1);
            first = false;
        }

        public Map<String, byte[]> files() {
            Map<String, byte[]> out = new TreeMap<>();
            for (var f : geo) {
                out.put(GEO_FOLDER + f.name(), f.bytes());
            }
            out.put(combinedName(plan.site()), combined.toByteArray());
            ReadmeFiles texts = new ReadmeFiles(plan, words);
            out.put(ReadmeFiles.README, texts.readme(geo.isEmpty() ? null : plan.site().map().boundaries()));
            out.put(ReadmeFiles.LICENSE, texts.licence(geo.isEmpty() ? null : plan.site().map().boundaries()));
            out.put(ReadmeFiles.CHANGELOG, texts.changelog());
            Map<String, Listed> all = new TreeMap<>(listed);
            out.forEach((name, bytes) -> all.put(name, Listed.of(bytes)));
            out.put(PACKAGE, dataPackage(all));
            return out;
        }
    }

    /** The download files of one table, by name. */
    public Map<String, byte[]> tableFiles(Table t) {
        Map<String, byte[]> out = new TreeMap<>();
        SiteSettings.Downloads d = plan.site().downloads();
        SiteSettings.Labels labels = d.labels();
        out.put(t.id() + ".zh.csv", CsvTables.printed(t, zh, zh, labels.unit().in(zh), labels.notes().in(zh)));
        out.put(t.id() + ".en.csv", CsvTables.printed(t, en, zh, labels.unit().in(en), labels.notes().in(en)));
        out.put(t.id() + ".notes.csv", CsvTables.notes(notesLines(t)));
        out.put(t.id() + ".tidy.csv", CsvTables.tidy(tidy.columns(), tidy.lines(t)));
        // A sheet per language, named as the language names itself; the notes sheet's words in both.
        List<List<String>> head = new ArrayList<>();
        head.add(List.of(both(labels.source()), sourceText(t)));
        head.add(List.of(both(labels.terms()), both(d.terms())));
        for (SiteSettings.DataLicence l : openData().licences()) {
            head.add(List.of(l.appliesTo().in(zh) + " " + l.appliesTo().in(en), licenceLine(l)));
        }
        head.add(List.of(words.both("citation"), openData().citation().in(zh) + " " + openData().citation().in(en)));
        out.put(t.id() + ".xlsx", XlsxTables.write(t,
                List.of(new XlsxTables.Sheet(zh, languageName(zh), labels.unit().in(zh), labels.notes().in(zh)),
                        new XlsxTables.Sheet(en, languageName(en), labels.unit().in(en), labels.notes().in(en))),
                zh, new XlsxTables.NotesSheet(both(labels.notes()), head), plan.site().pubDate()));
        out.put(t.id() + ".json", JsonTables.write(t, source(t), words.inOther("jsonAbout")));
        return out;
    }

    private SiteSettings.OpenData openData() {
        return plan.site().openData();
    }

    /** "CC BY 4.0 … (CC-BY-4.0), https://…: terms", in both languages. */
    private String licenceLine(SiteSettings.DataLicence l) {
        return l.title().in(zh) + " / " + l.title().in(en) + " (" + l.name() + "), " + l.path() + ". "
                + l.terms().in(zh) + " " + l.terms().in(en);
    }

    /** The lines of a table's notes file: title, unit, notes with where they are cited, source, licences, citation. */
    private List<List<String>> notesLines(Table t) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("title", t.id(), "", t.label().in(zh) + " " + t.title().in(zh),
                t.label().in(en, zh) + " " + t.title().in(en, zh)));
        if (t.unit() != null) {
            lines.add(List.of("unit", "", "", t.unit().in(zh, zh), t.unit().in(en, zh)));
        }
        Map<String, List<String>> cited = TidyTables.citedAt(t);
        TableGrid gz = new TableGrid(t, zh, zh);
        TableGrid ge = new TableGrid(t, en, zh);
        for (var n : t.notes()) {
            lines.add(List.of("note", n.id(), String.join("; ", cited.getOrDefault(n.id(), List.of())),
                    gz.text(n.text()), ge.text(n.text())));
        }
        // How the edition set the table: no cell cites these, but whoever reuses the figures should know.
        for (var n : t.editionNotes()) {
            lines.add(List.of("edition_note", n.id(), "", gz.text(n.text()), ge.text(n.text())));
        }
        lines.add(List.of("source", "", "", plan.site().title().in(zh), plan.site().title().in(en)
                + "; " + plan.site().baseUrl() + en + "/tables/" + t.id() + ".html"));
        for (SiteSettings.DataLicence l : openData().licences()) {
            lines.add(List.of("licence", l.name(), l.path(), licenceWords(zh, "licenceLine", l),
                    licenceWords(en, "licenceLine", l)));
        }
        lines.add(List.of("citation", "", "", openData().citation().in(zh), openData().citation().in(en)));
        return lines;
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
        s.put("data_version", openData().version());
        s.put("licences", licences());
        s.put("citation", Ordered.map(zh, openData().citation().in(zh), en, openData().citation().in(en)));
        return s;
    }

    /** The licences as a data package names them: Open Definition id, where to read it, title (English first). */
    private List<Object> licences() {
        List<Object> out = new ArrayList<>();
        for (SiteSettings.DataLicence l : openData().licences()) {
            out.add(Ordered.map("name", l.name(), "path", l.path(), "title", licenceWords(en, "licenceTitle", l)
                    + " / " + licenceWords(zh, "licenceTitle", l)));
        }
        return out;
    }

    /**
     * A Frictionless Data Package that lists every file with its size and hash. The tidy files are tabular
     * resources (UTF-8 without a byte order mark, read by any implementation); the as-printed CSVs and the
     * notes files are plain resources with their schema for reference: they start with the byte order mark
     * that Excel needs, past which the JavaScript reference library does not read a header.
     */
    private byte[] dataPackage(Map<String, Listed> files) {
        Map<String, Object> p = new LinkedHashMap<>();
        // Plain resources (workbooks, JSON, GeoJSON) beside the tabular ones: a plain data package.
        p.put("profile", "data-package");
        SiteSettings.Downloads d = plan.site().downloads();
        p.put("name", d.packageName());
        p.put("title", plan.site().title().in(en) + " — " + plan.site().title().in(zh));
        p.put("description", d.packageDescription());
        p.put("homepage", plan.site().baseUrl());
        p.put("version", openData().version());
        p.put("created", openData().released());
        p.put("licenses", licences());
        p.put("citation", Ordered.map(zh, openData().citation().in(zh), en, openData().citation().in(en)));
        p.put("sources", List.of(Ordered.map("title", plan.site().title().in(zh), "path", plan.site().baseUrl())));
        p.put("contributors", List.of(Ordered.map("title", plan.site().publisher().in(en), "role", "publisher")));
        // The tables' resources made as they are written: a large edition's would fill the heap.
        Iterable<Object> tables = () -> plan.tables().stream().flatMap(t -> tableResources(t, files).stream()).iterator();
        List<Object> resources = new ArrayList<>();
        resources.add(tidyResource(d.packageName() + "-tidy", combinedName(plan.site()), words.inOther("combinedTitle"),
                words.inOther("combinedDescription"), files));
        for (plansite.model.MapInputs.PublishedFile f : geo) {
            if (f.name().endsWith(".geojson")) {
                Map<String, Object> r = geoResource(f, plan.site().map().boundaries());
                r.put("bytes", f.bytes().length);
                r.put("hash", hash(f.bytes()));
                resources.add(r);
            }
        }
        p.put("resources", JsonText.concat(tables, resources));
        return JsonText.indentedUtf8(p);
    }

    /** A table's resources in the data package: its six files. */
    private List<Object> tableResources(Table t, Map<String, Listed> files) {
        List<Object> resources = new ArrayList<>();
        String title = t.label().in(en, zh) + " " + t.title().in(en, zh);
        for (String lang : List.of(zh, en)) {
            String titled = lang.equals(zh) ? t.label().in(zh) + " " + t.title().in(zh) : title;
            resources.add(printed(t, lang, DownloadWords.fill(words.in(lang, "printedTitle"), "table", titled,
                    "language", languageName(lang)), DownloadWords.fill(words.in(lang, "printedDescription"),
                    "table", titled, "language", languageName(lang)), files));
        }
        resources.add(file(t.id() + "-notes", t.id() + ".notes.csv", titled("notesTitle", title),
                words.inOther("notesDescription"), "csv", "text/csv", files,
                Ordered.map("fields", stringFields(CsvTables.NOTES_COLUMNS))));
        resources.add(tidyResource(t.id() + "-tidy", t.id() + ".tidy.csv", titled("tidyTitle", title),
                words.inOther("tidyDescription"), files));
        resources.add(file(t.id() + "-xlsx", t.id() + ".xlsx", titled("xlsxTitle", title), words.inOther("xlsxDescription"),
                "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", files, null));
        resources.add(file(t.id() + "-json", t.id() + ".json", titled("jsonTitle", title), words.inOther("jsonDescription"),
                "json", "application/json", files, null));
        return resources;
    }

    /** A resource's title in the other language: its word with the table's title filled in. */
    private String titled(String key, String title) {
        return DownloadWords.fill(words.inOther(key), "table", title);
    }

    /** A licence in {@code lang}: the word {@code key} with what it applies to, its title and its terms filled in. */
    private String licenceWords(String lang, String key, SiteSettings.DataLicence l) {
        return DownloadWords.fill(words.in(lang, key), "appliesTo", l.appliesTo().in(lang), "title", l.title().in(lang),
                "terms", l.terms().in(lang));
    }


    /** The spec's hash: the algorithm and the hex digest of the file's bytes. */
    static String hash(byte[] bytes) {
        try {
            return "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain resource: a file with its format, size and hash (and a schema for reference, when given). */
    private Map<String, Object> file(String name, String path, String title, String description, String format,
            String mediatype, Map<String, Listed> files, Map<String, Object> schema) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("path", path);
        r.put("profile", "data-resource");
        r.put("title", title);
        r.put("description", description);
        r.put("format", format);
        r.put("mediatype", mediatype);
        if (!format.equals("xlsx")) {
            r.put("encoding", "utf-8");
        }
        r.put("bytes", files.get(path).bytes());
        r.put("hash", files.get(path).hash());
        if (schema != null) {
            r.put("dialect", dialect());
            r.put("schema", schema);
        }
        return r;
    }

    private static Map<String, Object> dialect() {
        return Ordered.map("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"", "doubleQuote", true,
                "header", true);
    }

    private Map<String, Object> printed(Table t, String lang, String title, String description,
            Map<String, Listed> files) {
        String path = t.id() + "." + lang + ".csv";
        return file(t.id() + "-" + lang, path, title, description, "csv", "text/csv", files, printedSchema(t, lang));
    }

    private Map<String, Object> tidyResource(String name, String path, String title, String description,
            Map<String, Listed> files) {
        Map<String, Object> r = file(name, path, title, description, "csv", "text/csv", files, null);
        r.put("profile", "tabular-data-resource");
        r.put("dialect", dialect());
        r.put("schema", Ordered.map("fields", tidyFields()));
        return r;
    }

    private static List<Map<String, Object>> stringFields(List<String> names) {
        return names.stream().map(n -> (Map<String, Object>) Ordered.map("name", n, "type", "string")).toList();
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

    /**
     * The fields of an as-printed CSV. A column is a number when every filled value is one after the general
     * rule of {@link TidyTables#parse} (a comparator before it, a remark after it, or a status without a
     * number): then {@code bareNumber} false says that characters may stand around the number, and the
     * statuses are the schema's missing values. Units in the descriptions.
     */
    private Map<String, Object> printedSchema(Table t, String lang) {
        TableGrid g = new TableGrid(t, lang, zh);
        List<String> headers = g.headers();
        List<Map<String, Object>> fields = new ArrayList<>();
        java.util.Set<String> statuses = new java.util.TreeSet<>();
        for (int c = 0; c < g.width(); c++) {
            boolean numeric = g.isValueColumn(c);
            boolean bare = true;
            boolean anyNumber = false;
            java.util.Set<String> columnStatuses = new java.util.TreeSet<>();
            for (int r = 0; r < t.rows().size() && numeric; r++) {
                String v = g.value(r, c);
                if (v.isEmpty()) {
                    continue;
                }
                var parsed = TidyTables.parse(v);
                anyNumber |= parsed.isPresent();
                if (parsed.isPresent() && !g.origin(r, c).isNumeric()) {
                    bare = false;
                } else {
                    columnStatuses.add(v);
                }
            }
            // A column of statuses alone holds no number to declare.
            numeric = numeric && anyNumber;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", headers.get(c));
            f.put("type", numeric ? "number" : "string");
            if (numeric && !bare) {
                f.put("bareNumber", false);
            }
            List<String> about = new ArrayList<>();
            var unit = g.columnUnit(c);
            if (unit != null) {
                about.add(DownloadWords.fill(words.inOther("columnUnit"), "unit", g.text(unit)));
            } else if (numeric && g.hasRowUnits()) {
                about.add(DownloadWords.fill(words.inOther("columnUnitInColumn"), "column",
                        plan.site().downloads().labels().unit().in(lang)));
            }
            if (numeric && !columnStatuses.isEmpty()) {
                statuses.addAll(columnStatuses);
                about.add(DownloadWords.fill(words.inOther("columnStatuses"), "statuses", String.join(", ", columnStatuses)));
            }
            if (!about.isEmpty()) {
                f.put("description", String.join("; ", about));
            }
            fields.add(f);
        }
        if (g.hasRowUnits()) {
            fields.add(Ordered.map("name", plan.site().downloads().labels().unit().in(lang), "type", "string",
                    "description", words.inOther("columnRowUnit")));
        }
        fields.add(Ordered.map("name", plan.site().downloads().labels().notes().in(lang), "type", "string"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        if (!statuses.isEmpty()) {
            List<String> missing = new ArrayList<>(List.of(""));
            missing.addAll(statuses);
            schema.put("missingValues", missing);
        }
        return schema;
    }

    private List<Map<String, Object>> tidyFields() {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String name : tidy.columns()) {
            String base = name.replaceAll("_(" + zh + "|" + en + ")$", "");
            String lang = name.equals(base) ? "" : name.endsWith("_" + zh) ? languageName(zh) : languageName(en);
            String dimension = plan.site().openData().dimensions().stream().filter(x -> x.name().equals(base))
                    .map(x -> x.description().in(en, zh)).findFirst().orElse(null);
            // A column of its own kind, else one of several alike (row_label_1, row_label_2, …); measure is
            // the column's id, measure_zh and measure_en its headers in each language.
            String kind = !lang.isEmpty() && base.equals("measure") ? "measure_headers"
                    : DownloadWords.describes(base) ? base : base.replaceAll("_\\d+$", "");
            String description = dimension != null ? dimension : !DownloadWords.describes(kind) ? base
                    : DownloadWords.fill(words.inOther("field-" + kind), "n", base.replaceAll("\\D", ""));
            fields.add(Ordered.map("name", name, "type", TidyTables.type(name), "description",
                    lang.isEmpty() ? description : description + " (" + lang + ")"));
        }
        return fields;
    }

    /**
     * Writes the zip of the downloads {@code names} (every download but the zip) into {@code out}, in the
     * order of their names, each read by {@code read} only as it is packed; returns the zip's size.
     */
    public long zip(SortedSet<String> names, Function<String, byte[]> read, OutputStream out) {
        // The release's time, and one folder named by the package and its version: unzipped, it stands on its own.
        LocalDateTime time = java.time.OffsetDateTime.parse(openData().released()).toLocalDateTime();
        String top = plan.site().downloads().packageName() + "-" + openData().version() + "/";
        long[] size = {0};
        OutputStream counted = new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                size[0]++;
            }

            @Override
            public void close() throws IOException {
                // The caller closes its own stream: closing it here too would put the file twice.
                flush();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                size[0] += len;
            }
        };
        try (ZipOutputStream zip = new ZipOutputStream(counted)) {
            for (String name : names) {
                byte[] bytes = read.apply(name);
                ZipEntry entry = new ZipEntry(top + name);
                // Workbooks are zips already: deflating them again costs time and saves nothing.
                if (name.endsWith(".xlsx")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    entry.setCompressedSize(bytes.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    entry.setCrc(crc.getValue());
                }
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return size[0];
    }
}
