package plansite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import plansite.diag.Diagnostics;
import plansite.diag.SourcePos;

/**
 * The project's input folders and which file goes where. Every file under {@code content/},
 * {@code data/} and {@code site-templates/} must have a place; one that has none is an error
 * (a chapter saved in the wrong folder would otherwise silently vanish from the site).
 */
public final class ProjectLayout {
    public static final String CONTENT = "content";
    public static final String DATA = "data";
    public static final String TEMPLATES = "site-templates";
    public static final String ASSETS = "site-templates/assets";
    static final String SITE_FILE = "data/site.yaml";
    static final String TABLES = "data/tables";
    static final String SCHEMAS = "data/schemas";
    static final String ERRATA = "data/errata.yaml";
    static final String DISAGREEMENTS = "data/disagreements.yaml";
    static final String GLOSSARY = "data/glossary.yaml";
    /** One English name per entity (optional); not read by the build. */
    static final String NAMES = "data/names.yaml";
    static final String UNITS = "data/units.yaml";
    static final String CHECKS = "data/checks";
    static final String GEO = "data/geo";
    /**
     * The assets that only the map and county pages load (map.ftlh, county.ftlh): a site without maps
     * does not publish them.
     */
    static final List<String> MAP_ASSETS = List.of(ASSETS + "/map.css", ASSETS + "/map.js");
    static final String MAPS = "data/maps.yaml";
    static final String GLANCE = "data/glance.yaml";

    private final Path root;

    public ProjectLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The folders whose changes require a rebuild. */
    public List<Path> watchedFolders() {
        return List.of(root.resolve(CONTENT), root.resolve(DATA), root.resolve(TEMPLATES));
    }

    /**
     * A hash of every file under the input folders, its path and its bytes, in a fixed order: equal for
     * two states of the project exactly when no input file was added, removed or changed between them.
     * Empty when a folder cannot be read.
     */
    public java.util.Optional<plansite.memo.Fingerprint> fingerprint() {
        plansite.memo.Fingerprint.Builder hash = plansite.memo.Fingerprint.of("inputs");
        try {
            for (Path folder : watchedFolders()) {
                if (!Files.isDirectory(folder)) {
                    hash.text("no folder " + root.relativize(folder));
                    continue;
                }
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        hash.text(root.relativize(f).toString()).bytes(Files.readAllBytes(f));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(hash.build());
    }

    /** The files of the project, sorted, by kind; misplaced files are reported. */
    record Inputs(InputFile site, TreeMap<String, List<InputFile>> chaptersByLang, List<InputFile> tables,
            InputFile errata, InputFile glossary, InputFile units, List<InputFile> checks, InputFile disagreements,
            List<InputFile> assets, List<InputFile> geo, InputFile maps, InputFile glance) {}

    /**
     * @param languages the site's language codes, or null when data/site.yaml could not be read (then
     *     chapters are not checked against them, which would only repeat that error)
     */
    Inputs scan(Set<String> languages, Diagnostics diags) {
        for (String folder : List.of(CONTENT, DATA, TEMPLATES)) {
            if (!Files.isDirectory(root.resolve(folder))) {
                diags.error(SourcePos.of(folder + "/"), "the folder " + folder + "/ is missing from " + root
                        + "; is this the project folder? (give it with --root DIR)");
            }
        }
        TreeMap<String, List<InputFile>> chapters = new TreeMap<>();
        if (languages != null) {
            languages.forEach(l -> chapters.put(l, new ArrayList<>()));
        }
        List<InputFile> tables = new ArrayList<>();
        List<InputFile> checks = new ArrayList<>();
        InputFile errata = null;
        InputFile disagreements = null;
        InputFile glossary = null;
        InputFile units = null;
        List<InputFile> assets = new ArrayList<>();
        InputFile site = null;
        List<InputFile> geo = new ArrayList<>();
        InputFile maps = null;
        InputFile glance = null;

        for (InputFile f : files(CONTENT)) {
            String[] parts = f.display().split("/");
            boolean chapterFile = parts.length == 3 && parts[2].endsWith(".md");
            if (chapterFile && languages == null) {
                continue;
            }
            if (chapterFile && languages.contains(parts[1])) {
                chapters.get(parts[1]).add(f);
            } else {
                misplaced(f, chapterFile
                        ? "'" + parts[1] + "' is not a language of the site (data/site.yaml, languages)"
                        : "chapters go into content/<language>/<chapter-id>.md", diags);
            }
        }
        for (InputFile f : files(DATA)) {
            String d = f.display();
            if (d.equals(SITE_FILE)) {
                site = f;
            } else if (d.startsWith(TABLES + "/") && d.endsWith(".yaml") && d.indexOf('/', TABLES.length() + 1) < 0) {
                tables.add(f);
            } else if (d.equals(ERRATA)) {
                errata = f;
            } else if (d.equals(DISAGREEMENTS)) {
                disagreements = f;
            } else if (d.equals(GLOSSARY)) {
                glossary = f;
            } else if (d.equals(UNITS)) {
                units = f;
            } else if (d.startsWith(CHECKS + "/") && d.endsWith(".yaml") && d.indexOf('/', CHECKS.length() + 1) < 0) {
                checks.add(f);
            } else if (d.startsWith(GEO + "/") && (d.endsWith(".geojson") || d.endsWith(".md"))
                    && d.indexOf('/', GEO.length() + 1) < 0) {
                geo.add(f);
            } else if (d.equals(MAPS)) {
                maps = f;
            } else if (d.equals(GLANCE)) {
                glance = f;
            } else if (d.startsWith(SCHEMAS + "/") && d.endsWith(".json")) {
                continue; // editor aids, not inputs
            } else if (d.equals(NAMES)) {
                continue; // the translators' list of names, read by the tests of the English edition, not by the build
            } else {
                misplaced(f, "data/ holds site.yaml, errata.yaml, disagreements.yaml, glossary.yaml, units.yaml,"
                        + " tables/<table-id>.yaml, checks/<chapter-id>.yaml, maps.yaml, glance.yaml, geo/*.geojson"
                        + " (with geo/README.md), names.yaml and schemas/*.json", diags);
            }
        }
        for (InputFile f : files(TEMPLATES)) {
            String d = f.display();
            if (d.startsWith(ASSETS + "/")) {
                assets.add(f);
            } else if (!d.endsWith(".ftlh") || d.indexOf('/', TEMPLATES.length() + 1) >= 0) {
                // Templates are read by the template engine itself; only where they are is checked here.
                misplaced(f, "site-templates/ holds *.ftlh templates and an assets/ folder", diags);
            }
        }
        if (geo.isEmpty()) {
            assets.removeIf(f -> MAP_ASSETS.contains(f.display()));
        }
        if (site == null) {
            diags.error(SourcePos.of(SITE_FILE), "the site settings file is missing: create data/site.yaml");
        }
        return new Inputs(site, chapters, tables, errata, glossary, units, checks, disagreements, assets, geo, maps,
                glance);
    }

    /** data/site.yaml, if it exists: read first, since it says which languages there are. */
    InputFile siteFile() {
        Path p = root.resolve(SITE_FILE);
        return Files.isRegularFile(p) ? new InputFile(p, SITE_FILE) : null;
    }

    private static void misplaced(InputFile f, String expected, Diagnostics diags) {
        diags.error(SourcePos.of(f.display()), "this file is not where it belongs: " + expected);
    }

    /** Regular files under {@code folder}, sorted; editor droppings (dot files, backups) skipped. */
    private List<InputFile> files(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !ignored(root.relativize(p)))
                    .map(p -> new InputFile(p, root.relativize(p).toString().replace('\\', '/')))
                    .sorted((a, b) -> a.display().compareTo(b.display()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    static boolean ignored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~") || name.startsWith("#")) {
                return true;
            }
        }
        return false;
    }
}
