package plansite.export;

import java.nio.charset.StandardCharsets;
import plansite.model.Plan;
import plansite.model.SiteSettings;
import plansite.model.Table;

/**
 * The README, LICENSE and CHANGELOG of the downloads (Markdown, in both languages), every word of them
 * about the plan from the site settings ({@code open_data}, {@code downloads}, {@code map.boundaries}) and
 * their own words from {@link DownloadWords}: what the files are, under which licence each part is, how to
 * cite it, what changed in each version.
 */
final class ReadmeFiles {
    static final String README = "README.md";
    static final String LICENSE = "LICENSE.md";
    static final String CHANGELOG = "CHANGELOG.md";

    private final Plan plan;
    private final SiteSettings.OpenData data;
    private final String zh;
    private final String en;
    private final DownloadWords words;

    ReadmeFiles(Plan plan, DownloadWords words) {
        this.plan = plan;
        this.data = plan.site().openData();
        this.zh = words.original();
        this.en = words.other();
        this.words = words;
    }

    byte[] readme(SiteSettings.Boundaries boundaries) {
        StringBuilder md = new StringBuilder();
        SiteSettings s = plan.site();
        md.append("# ").append(s.title().in(zh)).append("\n\n# ").append(s.title().in(en)).append("\n\n");
        md.append(words.both("dataVersion")).append(' ').append(data.version()).append(" · ").append(data.released(), 0, 10)
                .append(" · ").append(s.baseUrl()).append("\n\n");
        md.append(s.downloads().packageDescription()).append("\n\n");
        md.append("## ").append(words.both("licences")).append("\n\n");
        licences(md, boundaries);
        md.append("## ").append(words.both("citation")).append("\n\n").append(data.citation().in(zh)).append("\n\n")
                .append(data.citation().in(en)).append("\n\n");
        md.append("## ").append(words.both("files")).append("\n\n");
        md.append("- `").append(DataFiles.PACKAGE).append("`: ").append(words.inOther("readmePackage")).append('\n');
        md.append("- `").append(DataFiles.combinedName(s)).append("`: ").append(words.inOther("readmeCombined"))
                .append('\n');
        md.append("- ").append(DownloadWords.fill(words.inOther("readmePerTable"), "original", zh, "other", en))
                .append('\n');
        if (boundaries != null) {
            md.append("- `").append(DataFiles.GEO_FOLDER).append("`: ").append(boundaries.title().in(zh)).append(" / ")
                    .append(boundaries.title().in(en)).append(".\n");
        }
        md.append("\n| id | ").append(s.title().in(zh)).append(" | ").append(s.title().in(en)).append(" |\n|---|---|---|\n");
        for (Table t : plan.tables()) {
            md.append("| ").append(t.id()).append(" | ").append(cell(t.label().in(zh) + " " + t.title().in(zh)))
                    .append(" | ").append(cell(t.label().in(en, zh) + " " + t.title().in(en, zh))).append(" |\n");
        }
        md.append("\n## ").append(words.both("openCsvTitle")).append("\n\n").append(words.inOriginal("openCsv"))
                .append("\n\n").append(words.inOther("openCsv")).append('\n');
        return bytes(md);
    }

    byte[] licence(SiteSettings.Boundaries boundaries) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(words.both("licences")).append(" — ").append(plan.site().title().in(zh)).append(" / ")
                .append(plan.site().title().in(en)).append(", ").append(data.version()).append("\n\n");
        licences(md, boundaries);
        md.append("## ").append(words.both("citation")).append("\n\n").append(data.citation().in(zh)).append("\n\n")
                .append(data.citation().in(en)).append("\n");
        return bytes(md);
    }

    byte[] changelog() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(words.both("changelog")).append(" — ").append(plan.site().title().in(en)).append("\n\n");
        for (SiteSettings.Change c : data.changelog()) {
            md.append("## ").append(c.version()).append(" — ").append(c.date()).append("\n\n")
                    .append(c.changes().in(zh)).append("\n\n").append(c.changes().in(en)).append("\n\n");
        }
        return bytes(md);
    }

    private void licences(StringBuilder md, SiteSettings.Boundaries boundaries) {
        for (SiteSettings.DataLicence l : data.licences()) {
            md.append("### ").append(l.appliesTo().in(zh)).append(" / ").append(l.appliesTo().in(en)).append("\n\n")
                    .append(l.title().in(zh)).append(" / ").append(l.title().in(en)).append(" (`").append(l.name())
                    .append("`): ").append(l.path()).append("\n\n").append(l.terms().in(zh)).append("\n\n")
                    .append(l.terms().in(en)).append("\n\n");
        }
        if (boundaries != null) {
            md.append("### ").append(boundaries.title().in(zh)).append(" / ").append(boundaries.title().in(en))
                    .append("\n\n").append(boundaries.licence().title()).append(" (`").append(boundaries.licence().name())
                    .append("`): ").append(boundaries.licence().path()).append("\n\n").append(boundaries.attribution())
                    .append("\n\n");
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static byte[] bytes(StringBuilder md) {
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }
}
