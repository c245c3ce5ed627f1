package plansite.export;

import java.nio.charset.StandardCharsets;
import plansite.model.Plan;
import plansite.model.SiteSettings;
import plansite.model.Table;

/**
 * The README, LICENSE and CHANGELOG of the downloads (Markdown, in both languages), every word of them
 * about the plan from the site settings ({@code open_data}, {@code downloads}, {@code map.boundaries}): what
 * the files are, under which licence each part is, how to cite it, what changed in each version.
 */
final class ReadmeFiles {
    static final String README = "README.md";
    static final String LICENSE = "LICENSE.md";
    static final String CHANGELOG = "CHANGELOG.md";

    private final Plan plan;
    private final SiteSettings.OpenData data;
    private final String zh;
    private final String en;

    ReadmeFiles(Plan plan, String zh, String en) {
        this.plan = plan;
        this.data = plan.site().openData();
        this.zh = zh;
        this.en = en;
    }

    byte[] readme(SiteSettings.Boundaries boundaries) {
        StringBuilder md = new StringBuilder();
        SiteSettings s = plan.site();
        md.append("# ").append(s.title().in(zh)).append("\n\n# ").append(s.title().in(en)).append("\n\n");
        md.append("数据版本 Data version ").append(data.version()).append(" · ").append(data.released(), 0, 10)
                .append(" · ").append(s.baseUrl()).append("\n\n");
        md.append(s.downloads().packageDescription()).append("\n\n");
        md.append("## 许可 Licences\n\n");
        licences(md, boundaries);
        md.append("## 引用 Citation\n\n").append(data.citation().in(zh)).append("\n\n").append(data.citation().in(en))
                .append("\n\n");
        md.append("## 文件 Files\n\n");
        md.append("- `").append(DataFiles.PACKAGE).append("`: Frictionless Data Package, every file with its size and"
                + " hash.\n");
        md.append("- `").append(DataFiles.combinedName(s)).append("`: every table's values in one tidy file (UTF-8,"
                + " no byte order mark): one row per value, with `row_key`, `adcode`, `measure`, `period`, `role`"
                + " (sum the `data` rows).\n");
        md.append("- Per table `<id>`: `<id>.zh.csv`, `<id>.en.csv` as printed (UTF-8 with a byte order mark, for"
                + " Excel); `<id>.notes.csv` its title, unit, notes, licences and citation; `<id>.tidy.csv`"
                + " tidy (no byte order mark); `<id>.xlsx`; `<id>.json`.\n");
        if (boundaries != null) {
            md.append("- `").append(DataFiles.GEO_FOLDER).append("`: ").append(boundaries.title().in(zh)).append(" / ")
                    .append(boundaries.title().in(en)).append(".\n");
        }
        md.append("\n| id | ").append(s.title().in(zh)).append(" | ").append(s.title().in(en)).append(" |\n|---|---|---|\n");
        for (Table t : plan.tables()) {
            md.append("| ").append(t.id()).append(" | ").append(cell(t.label().in(zh) + " " + t.title().in(zh)))
                    .append(" | ").append(cell(t.label().in(en, zh) + " " + t.title().in(en, zh))).append(" |\n");
        }
        md.append("\n## 用 LibreOffice、WPS 打开 CSV Opening the CSV files in LibreOffice and WPS\n\n")
                .append("LibreOffice Calc：打开 CSV 时在“文本导入”对话框的“字符集”中选择 Unicode (UTF-8)。"
                        + "WPS 表格：用“数据 → 导入数据”打开，文件编码选 UTF-8。\n\n")
                .append("LibreOffice Calc: in the Text Import dialog that opens with a CSV file, set Character set to"
                        + " Unicode (UTF-8). WPS Spreadsheets: open the file with Data → Import Data and choose the"
                        + " encoding UTF-8.\n");
        return bytes(md);
    }

    byte[] licence(SiteSettings.Boundaries boundaries) {
        StringBuilder md = new StringBuilder();
        md.append("# 许可 Licences — ").append(plan.site().title().in(zh)).append(" / ")
                .append(plan.site().title().in(en)).append(", ").append(data.version()).append("\n\n");
        licences(md, boundaries);
        md.append("## 引用 Citation\n\n").append(data.citation().in(zh)).append("\n\n").append(data.citation().in(en))
                .append("\n");
        return bytes(md);
    }

    byte[] changelog() {
        StringBuilder md = new StringBuilder();
        md.append("# 变更记录 Changelog — ").append(plan.site().title().in(en)).append("\n\n");
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
