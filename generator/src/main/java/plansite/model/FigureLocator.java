package plansite.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a figure of the prose in a chapter's rendered body, so that a mark can follow it without the
 * chapter's Markdown saying so. The figure is matched as {@link Quotes} match, white space ignored, against
 * the text of one section's own paragraphs (not its heading, nor footnote references or the footnotes); the
 * mark goes right after it, or after the link the figure ends in (a link cannot hold another). The body is
 * read once, into each section's text, and each figure is then looked up in its section's: a chapter has
 * dozens of figures to mark, and its page is made on every build.
 */
public final class FigureLocator {
    /** Where a mark goes: the body part (its index in {@link Chapter#body()}) and the offset in its markup. */
    public record Spot(int part, int offset) {}

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

    /** A section's own text, white space left out, and for each of its characters the spot just after it. */
    private static final class SectionText {
        final StringBuilder text = new StringBuilder();
        int[] parts = new int[256];
        int[] offsets = new int[256];

        void add(char c, int part, int offset) {
            int n = text.length();
            if (n == parts.length) {
                parts = Arrays.copyOf(parts, n * 2);
                offsets = Arrays.copyOf(offsets, n * 2);
            }
            text.append(c);
            parts[n] = part;
            offsets[n] = offset;
        }
    }

    private final List<BodyPart> body;
    /** The sections read (null: the lead, the text before the first heading). */
    private final Set<String> wanted;
    /** By section id; the lead under null. */
    private final Map<String, SectionText> sections = new HashMap<>();

    private FigureLocator(Chapter chapter, Set<String> wanted) {
        this.body = chapter.body();
        this.wanted = wanted;
        read();
    }

    /** The chapter's body, read for the figures of the sections {@code wanted} (null in it: the lead). */
    public static FigureLocator of(Chapter chapter, Set<String> wanted) {
        return new FigureLocator(chapter, wanted);
    }

    private SectionText text(String sectionId) {
        return wanted.contains(sectionId) ? sections.computeIfAbsent(sectionId, k -> new SectionText()) : null;
    }

    /** Every place after which {@code figure} ends in section {@code sectionId} (null: the lead). */
    public List<Spot> find(String sectionId, String figure) {
        String wanted = Quotes.squash(figure);
        SectionText section = sections.get(sectionId);
        if (wanted.isEmpty() || section == null) {
            return List.of();
        }
        List<Spot> out = new ArrayList<>();
        String t = section.text.toString();
        for (int at = t.indexOf(wanted); at >= 0; at = t.indexOf(wanted, at + 1)) {
            int last = at + wanted.length() - 1;
            String html = ((BodyPart.Prose) body.get(section.parts[last])).html().markup();
            out.add(new Spot(section.parts[last], outOfLinks(html, section.offsets[last])));
        }
        return out;
    }

    private void read() {
        SectionText section = text(null);
        boolean footnotes = false;
        for (int part = 0; part < body.size(); part++) {
            if (!(body.get(part) instanceof BodyPart.Prose prose)) {
                continue;
            }
            String html = prose.html().markup();
            Matcher m = TAG.matcher(html);
            int heading = 0;
            int sup = 0;
            int i = 0;
            while (i < html.length()) {
                char ch = html.charAt(i);
                if (ch == '<') {
                    m.region(i, html.length());
                    if (!m.lookingAt()) {
                        i++;
                        continue;
                    }
                    String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
                    boolean close = !m.group(1).isEmpty();
                    if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6') {
                        heading += close ? -1 : 1;
                        Matcher id = ID.matcher(m.group(3));
                        if (!close && id.find()) {
                            section = text(id.group(1));
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
                String c = null;
                if (ch == '&') {
                    int semi = html.indexOf(';', i);
                    if (semi > i && semi - i <= 10) {
                        c = entity(html.substring(i + 1, semi));
                        next = semi + 1;
                    }
                }
                if (section != null && !footnotes && heading == 0 && sup == 0) {
                    if (c == null) {
                        if (!Character.isWhitespace(ch)) {
                            section.add(ch, part, next);
                        }
                    } else if (!c.isBlank()) {
                        for (int k = 0; k < c.length(); k++) {
                            section.add(c.charAt(k), part, next);
                        }
                    }
                }
                i = next;
            }
        }
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
