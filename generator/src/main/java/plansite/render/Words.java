package plansite.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import plansite.diag.Diagnostics;
import plansite.memo.Fingerprint;

/**
 * The templates' words for the Java that writes parts of pages (tables, breadcrumbs): the messages of an
 * i18n template in one language, read once per build; a key they do not hold is an error in {@code diags}.
 */
final class Words {
    /** The templates' words per language, also used for the tables that are written in Java. */
    static final String MESSAGES = "i18n.ftlh";
    /** The words of the map pages, also used for the breadcrumbs of map pages and a table's links to its maps. */
    static final String MAP_MESSAGES = "map-i18n.ftlh";
    /** The words of the charts and the at-a-glance page. */
    static final String CHART_MESSAGES = "chart-i18n.ftlh";

    private final TemplateEngine templates;
    private final Diagnostics diags;
    private final Map<String, Map<String, String>> read = new ConcurrentHashMap<>();
    private final Map<String, Fingerprint> fingerprints = new ConcurrentHashMap<>();

    Words(TemplateEngine templates, Diagnostics diags) {
        this.templates = templates;
        this.diags = diags;
    }

    /** The messages of {@code template} in {@code lang} (or English's); none when the template has an error, reported. */
    Map<String, String> of(String template, String lang) {
        return read.computeIfAbsent(template + "|" + lang,
                k -> templates.messages(template, lang, "the tables", diags).orElse(Map.of()));
    }

    /**
     * The fingerprint of {@link #of}'s words by their texts, made once a build: a layout's key holds it
     * instead of the words themselves, which are read anew each build and would be compared word by word
     * for every table.
     */
    Fingerprint fingerprint(String template, String lang) {
        return fingerprints.computeIfAbsent(template + "|" + lang, k -> {
            Fingerprint.Builder key = Fingerprint.of("words").text(template).text(lang);
            new java.util.TreeMap<>(of(template, lang)).forEach((word, text) -> key.text(word).text(text));
            return key.build();
        });
    }
}
