package plansite.model;

/**
 * A language of the site. {@code code} names the content folder and the output folder ({@code zh});
 * {@code htmlLang} is the BCP 47 tag for {@code lang} attributes ({@code zh-Hans}); {@code name}
 * is the language's own name, shown in the language switch; {@code anchorLabel} is the accessible name
 * of the link beside every heading of a chapter ("Link to this section").
 */
public record Language(String code, String htmlLang, String name, String anchorLabel) {}
