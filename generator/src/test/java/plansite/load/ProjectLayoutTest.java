package plansite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.FixtureSite;

class ProjectLayoutTest {
    @TempDir
    Path dir;

    private static String fingerprint(FixtureSite site) {
        return new ProjectLayout(site.root()).fingerprint().orElseThrow().hex().orElseThrow();
    }

    @Test
    void theFingerprintOfTheInputFilesChangesWithAnyFileAndNothingElse() {
        FixtureSite site = FixtureSite.copy("basic", dir.resolve("a"));
        String original = fingerprint(site);
        assertEquals(original, fingerprint(FixtureSite.copy("basic", dir.resolve("b"))), "another folder, same files");
        site.write("target/site/index.html", "output is not input");
        assertEquals(original, fingerprint(site));

        site.replace("content/zh/ch1.md", "大同市位于山西省东北部。", "大同市位于山西省北部。");
        String edited = fingerprint(site);
        assertNotEquals(original, edited);
        site.replace("content/zh/ch1.md", "大同市位于山西省北部。", "大同市位于山西省东北部。");
        assertEquals(original, fingerprint(site), "edited back");

        site.write("site-templates/assets/extra.css", "");
        String added = fingerprint(site);
        assertNotEquals(original, added);
        site.delete("site-templates/assets/extra.css");
        assertEquals(original, fingerprint(site));

        site.write("data/extra.yaml", "").delete("data/extra.yaml").write("data/Extra.yaml", "");
        assertNotEquals(added, fingerprint(site), "same bytes under another name");
    }
}
