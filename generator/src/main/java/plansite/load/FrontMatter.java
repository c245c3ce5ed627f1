package plansite.load;

import java.util.Optional;
import plansite.diag.Diagnostics;
import plansite.diag.SourcePos;

/** Splits a chapter file into its YAML front matter and its Markdown body. */
final class FrontMatter {
    private FrontMatter() {}

    /**
     * The parts of a file: {@code yaml} starts on line {@code yamlLine} (1-based), {@code body} on
     * line {@code bodyLine}.
     */
    record Split(String yaml, int yamlLine, String body, int bodyLine) {}

    static Optional<Split> split(String text, String file, Diagnostics diags) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            diags.error(new SourcePos(file, 1, 1), "expected front matter: the file must start with a line '---',"
                    + " then id, order and title, then a line '---'");
            return Optional.empty();
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; j < lines.length; j++) {
                    body.append(lines[j]);
                    if (j < lines.length - 1) {
                        body.append('\n');
                    }
                }
                return Optional.of(new Split(yaml.toString(), 2, body.toString(), i + 2));
            }
            yaml.append(lines[i]).append('\n');
        }
        diags.error(new SourcePos(file, 1, 1), "front matter opened here is never closed:"
                + " add a line '---' after its last key");
        return Optional.empty();
    }
}
