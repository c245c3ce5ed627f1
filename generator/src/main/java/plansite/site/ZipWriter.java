package plansite.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a built site's folder into one zip for upload to a content system. Entries are sorted and carry
 * a fixed timestamp, so the same site gives the same zip bytes. Written beside the target and moved
 * into place, like the site itself.
 */
public final class ZipWriter {
    /**
     * The plan's issue date. Set as a local date-time, which zip stores without time-zone conversion,
     * so the bytes do not depend on the machine's zone.
     */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2023, 7, 10, 0, 0);

    /** Packs the files of the site in {@code folder} into {@code target}. */
    public void write(Path folder, Path target) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .forEach(f -> files.add(folder.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
        }
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                TreeSet<String> dirs = new TreeSet<>();
                for (String path : files) {
                    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
                        dirs.add(path.substring(0, i + 1));
                    }
                }
                for (String dir : dirs) {
                    zip.putNextEntry(entry(dir));
                    zip.closeEntry();
                }
                for (String path : files) {
                    zip.putNextEntry(entry(path));
                    Files.copy(folder.resolve(path), zip);
                    zip.closeEntry();
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        return entry;
    }
}
