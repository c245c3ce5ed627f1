package plansite.render;

/** Relative links between site paths (every path is relative to the site root, e.g. {@code zh/ch1.html}). */
final class Paths {
    private Paths() {}

    /** The prefix that leads from the folder of {@code fromPath} back to the site root ("" or "../"). */
    static String root(String fromPath) {
        int depth = (int) fromPath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** A relative link from the page at {@code fromPath} to {@code toPath}. */
    static String link(String fromPath, String toPath) {
        String fromDir = fromPath.contains("/") ? fromPath.substring(0, fromPath.lastIndexOf('/') + 1) : "";
        if (!fromDir.isEmpty() && toPath.startsWith(fromDir)) {
            return toPath.substring(fromDir.length());
        }
        return root(fromPath) + toPath;
    }

    static String chapter(String lang, String chapterId) {
        return lang + "/" + chapterId + ".html";
    }

    static String home(String lang) {
        return lang + "/index.html";
    }
}
