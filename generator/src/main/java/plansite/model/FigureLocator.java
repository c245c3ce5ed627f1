package plansite.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a figure of the prose in a chapter's rendered body, so that a mark can follow it without the
 * chapter's Markdown saying so. The figure is matched as {@link Quotes} match, white space ignored, against
 * the text of one section's own paragraphs (not its heading, nor footnote references or the footnotes); the
 * mark goes right after it, or after the link the figure ends in (a link cannot hold another).
 */
public final class FigureLocator {
    private FigureLocator() {}

    /** Where a mark goes: the body part (its index in {@link Chapter#body()}) and the offset in its markup. */
    public record Spot(int part, int offset) {}

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

    /** Every place after which {@code figure} ends in section {@code sectionId} (null: the lead). */
    public static List<Spot> find(Chapter chapter, String sectionId, String figure) {
        String wanted = Quotes.squash(figure);
        if (wanted.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        List<Spot> ends = new ArrayList<>();
        String section = null;
        boolean footnotes = false;
        List<BodyPart> body = chapter.body();
        for (int part = 0; part < body.size(); part++) {
            if (!(body.get(part) instanceof BodyPart.Prose prose)) {
                continue;
            }
            String html = prose.html().markup();
            int heading = 0;
            int sup = 0;
            int i = 0;
            while (i < html.length()) {
                char ch = html.charAt(i);
                if (ch == '<') {
                    Matcher m = TAG.matcher(html).region(i, html.length());
                    if (!m.lookingAt()) {
                        i++;
                        continue;
                    }
                    String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
                    boolean close = !m.group(1).isEmpty();
                    if (name.matches("h[2-6]")) {
                        heading += close ? -1 : 1;
                        Matcher id = ID.matcher(m.group(3));
                        if (!close && id.find()) {
                            section = id.group(1);
                        }
                    } else if (name.equals("sup")) {
                        sup += close ? -1 : 1;
                    } else if (name.equals("div") && !close && m.group(3).contains("footnotes")) {
                        footnotes = true;
                    }
                    i = m.end();
                    continue;
                }
                int next = i + 1;
                String c = String.valueOf(ch);
                if (ch == '&') {
                    int semi = html.indexOf(';', i);
                    if (semi > i && semi - i <= 10) {
                        c = entity(html.substring(i + 1, semi));
                        next = semi + 1;
                    }
                }
                if (!footnotes && heading == 0 && sup == 0 && Objects.equals(section, sectionId)
                        && !c.isBlank()) {
                    for (int k = 0; k < c.length(); k++) {
                        text.append(c.charAt(k));
                        ends.add(new Spot(part, next));
                    }
                }
                i = next;
            }
        }
        List<Spot> out = new ArrayList<>();
        String t = text.toString();
        for (int at = t.indexOf(wanted); at >= 0; at = t.indexOf(wanted, at + 1)) {
            Spot end = ends.get(at + wanted.length() - 1);
            String html = ((BodyPart.Prose) body.get(end.part())).html().markup();
            out.add(new Spot(end.part(), outOfLinks(html, end.offset())));
        }
        return out;
    }

    /** The offset itself, or, when it is inside a link, the end of that link. */
    private static int outOfLinks(String html, int offset) {
        int depth = 0;
        Matcher m = TAG.matcher(html);
        int from = 0;
        while (m.find(from) && m.start() < offset) {
            if (m.group(2).equalsIgnoreCase("a")) {
                depth += m.group(1).isEmpty() ? 1 : -1;
            }
            from = m.end();
        }
        if (depth <= 0) {
            return offset;
        }
        from = offset;
        while (m.find(from)) {
            if (m.group(2).equalsIgnoreCase("a")) {
                depth += m.group(1).isEmpty() ? 1 : -1;
                if (depth == 0) {
                    return m.end();
                }
            }
            from = m.end();
        }
        return html.length();
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos", "#39" -> "'";
            case "nbsp" -> " ";
            default -> {
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        yield new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                    }
                    if (name.startsWith("#")) {
                        yield new String(Character.toChars(Integer.parseInt(name.substring(1))));
                    }
                } catch (IllegalArgumentException e) {
                    // not an entity: read as it stands
                }
                yield "&" + name + ";";
            }
        };
    }
}
