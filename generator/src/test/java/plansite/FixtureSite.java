package plansite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import plansite.cli.Main;

/**
 * A fixture site copied into a temporary folder, with the project's own templates unless the
 * fixture has its own; built through the real command line, so tests see what users see.
 */
public final class FixtureSite {
    private final Path root;

    private FixtureSite(Path root) {
        this.root = root;
    }

    /** The repository root: Maven passes it; running from the module folder also works. */
    public static Path repo() {
        String prop = System.getProperty("plansite.repo");
        Path p = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(p.resolve("site-templates")) && Files.isDirectory(p.resolve("../site-templates"))) {
            p = p.resolve("..");
        }
        return p.toAbsolutePath().normalize();
    }

    /** Copies {@code src/test/resources/sites/<name>} into {@code dir}. */
    public static FixtureSite copy(String name, Path dir) {
        Path source = repo().resolve("generator/src/test/resources/sites").resolve(name);
        copyTree(source, dir);
        if (!Files.exists(dir.resolve("site-templates"))) {
            copyTree(repo().resolve("site-templates"), dir.resolve("site-templates"));
        }
        return new FixtureSite(dir);
    }

    /** Copies the repository's own plan (content, data, templates) into {@code dir}, to break it on purpose. */
    public static FixtureSite copyRepo(Path dir) {
        for (String folder : java.util.List.of("content", "data", "site-templates")) {
            copyTree(repo().resolve(folder), dir.resolve(folder));
        }
        return new FixtureSite(dir);
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("target/site");
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FixtureSite write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public FixtureSite write(String relative, byte[] bytes) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the first occurrence of {@code from} in a file, failing if it is not there. */
    public FixtureSite replace(String relative, String from, String to) {
        String text = read(relative);
        if (!text.contains(from)) {
            throw new AssertionError(relative + " does not contain: " + from);
        }
        return write(relative, text.replace(from, to));
    }

    public FixtureSite delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The outcome of one command. */
    public record Run(int exitCode, String out, String err) {
        /** The diagnostic lines (those with ": error: " or ": warning: "). */
        public List<String> diagnostics() {
            return err.lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList();
        }
    }

    public Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--root");
        all.add(root.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Builds into target/site and fails with the diagnostics if the build fails. */
    public FixtureSite build() {
        Run r = run("build");
        if (r.exitCode() != 0) {
            throw new AssertionError("build failed (" + r.exitCode() + "):\n" + r.err());
        }
        return this;
    }

    public Document page(String sitePath) {
        try {
            Path p = out().resolve(sitePath);
            return Jsoup.parse(p.toFile(), "UTF-8", p.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String output(String sitePath) {
        try {
            return Files.readString(out().resolve(sitePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
