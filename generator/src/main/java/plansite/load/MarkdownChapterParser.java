package plansite.load;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plansite.diag.Diagnostics;
import plansite.diag.SourcePos;
import plansite.model.BodyPart;
import plansite.model.Html;
import plansite.model.LinkRef;
import plansite.model.Section;

/**
 * Markdown body of a chapter → sections, links and HTML, through one flexmark parser and renderer
 * built once per run. Raw HTML in the Markdown is escaped, so a chapter cannot inject markup;
 * headings get language-neutral ids derived from the structure ({@code ch3-s2-1}) unless the
 * author pins one with {@code {#id}}; a paragraph {@code ::: table zl-01} places a table.
 */
final class MarkdownChapterParser {
    private static final Pattern DIRECTIVE = Pattern.compile(":::\\s*(\\S*)\\s*(.*)");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:.*");
    private static final Pattern CHAPTER_LINK = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.md(?:#(.*))?");
    /** Private-use characters: cannot come from the input (rejected below), so the split is exact. */
    private static final char SLOT = '\uE000';
    private static final Pattern SLOT_PARAGRAPH = Pattern.compile("<p>" + SLOT + "(\\d+)" + SLOT + "</p>\n?");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("id", "class", "lang");
    private static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("PLANSITE_HEADING_IDS", Map.of());
    private static final DataKey<String> ANCHOR_LABEL = new DataKey<>("PLANSITE_ANCHOR_LABEL", "");

    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownChapterParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), FootnoteExtension.create(), AttributesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(TablesExtension.CLASS_NAME, "md-table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(opts -> new HeadingRenderer())
                .nodeRendererFactory(opts -> () -> Set.of(new NodeRenderingHandler<>(WrappedText.class,
                        WrappedText::render)))
                .build();
    }

    /**
     * The HTML with each footnote's id and link ({@code id="fn-1"}, {@code href="#fnref-1"}) prefixed by
     * the chapter's id. Found by {@code indexOf}, not a regular expression: one tried at every place of
     * every chapter's HTML was a tenth of the time of parsing the chapters.
     */
    static String prefixFootnotes(String html, String chapterId) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        int copied = 0;
        for (int fn = html.indexOf("fn"); fn >= 0; fn = html.indexOf("fn", fn + 2)) {
            int digits = html.startsWith("ref-", fn + 2) ? fn + 6 : html.startsWith("-", fn + 2) ? fn + 3 : -1;
            int end = digits;
            while (end >= 0 && end < html.length() && html.charAt(end) >= '0' && html.charAt(end) <= '9') {
                end++;
            }
            int quote = fn > 0 && html.charAt(fn - 1) == '#' ? fn - 2 : fn - 1;
            boolean attribute = quote >= 1 && html.startsWith("=\"", quote - 1)
                    && (html.startsWith("id", quote - 3) || html.startsWith("href", quote - 5));
            if (end > digits && end < html.length() && html.charAt(end) == '"' && attribute) {
                out.append(html, copied, fn).append(chapterId).append('-');
                copied = fn;
                fn = end - 1;
            }
        }
        return copied == 0 ? html : out.append(html, copied, html.length()).toString();
    }

    /** The parsed body of one chapter. */
    record ParsedBody(String leadText, List<Section> sections, List<BodyPart> body, List<LinkRef> links) {}

    /**
     * @param bodyLine the line of the file on which {@code markdown} starts
     * @param anchorLabel accessible name of the "link to this section" anchors, in the page language
     */
    ParsedBody parse(String markdown, String file, int bodyLine, String chapterId, String anchorLabel,
            TermLinker terms, ForeignTextMarker foreign, Diagnostics diags) {
        LineIndex lines = new LineIndex(markdown);
        int lineOffset = bodyLine - 1;
        int slot = markdown.indexOf(SLOT);
        if (slot >= 0) {
            diags.error(lines.pos(file, slot, lineOffset), "the character U+E000 (private use) is not allowed");
            markdown = markdown.replace(SLOT, ' ');
        }
        Document doc = parser.parse(markdown);
        List<Section> sections = new ArrayList<>();
        List<LinkRef> links = new ArrayList<>();
        List<BodyPart.TablePlacement> placements = new ArrayList<>();
        Map<Node, String> headingIds = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int[] counters = new int[7];

        List<Node> all = new ArrayList<>();
        doc.getDescendants().forEach(all::add);
        for (Node node : all) {
            SourcePos pos = lines.pos(file, node.getStartOffset(), lineOffset);
            if (node instanceof Heading h) {
                String id = headingId(h, chapterId, counters, file, lines, lineOffset, diags);
                if (!ids.add(id)) {
                    diags.error(pos, "duplicate section id '" + id + "' in this chapter; give one of the headings"
                            + " another id with {#…}");
                }
                headingIds.put(h, id);
                String title = new TextCollectingVisitor().collectAndGetText(h).strip();
                sections.add(new Section(id, h.getLevel(), title, "", pos));
            } else if (node instanceof AttributesNode a && !(a.getParent() instanceof Heading)) {
                checkAttributes(a, file, lines, lineOffset, diags);
            } else if (node instanceof Link link) {
                rewriteLink(link, pos, links, diags);
            } else if (node instanceof Image || node instanceof ImageRef) {
                diags.error(pos, "images are not supported in chapters; the plan's map figures are listed in"
                        + " data/site.yaml under 'figures'");
            } else if (node instanceof Paragraph p && p.getParent() == doc) {
                String text = p.getChars().toString().strip();
                Matcher m = DIRECTIVE.matcher(text);
                if (text.startsWith(":::") && m.matches()) {
                    directive(p, m, pos, placements, diags);
                }
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                diags.warning(pos, "raw HTML is shown as text, not as markup; use Markdown instead");
            }
        }
        doc.set(HEADING_IDS, headingIds);
        doc.set(ANCHOR_LABEL, anchorLabel);
        String lead = sectionTexts(doc, headingIds, sections);
        terms.link(doc, SLOT);
        if (foreign != null) {
            foreign.mark(doc, SLOT);
        }
        // Footnote anchors are numbered per chapter; prefix them so that the one-page edition, which
        // holds every chapter, keeps its ids unique.
        String html = prefixFootnotes(renderer.render(doc), chapterId);
        return new ParsedBody(lead, sections, split(html, placements), links);
    }

    /** Fills in each section's plain text; returns the text before the first heading. */
    private static String sectionTexts(Document doc, Map<Node, String> headingIds, List<Section> sections) {
        Map<String, StringBuilder> texts = new HashMap<>();
        StringBuilder lead = new StringBuilder();
        StringBuilder current = lead;
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                current = texts.computeIfAbsent(headingIds.get(h), k -> new StringBuilder());
            } else if (!(node instanceof FootnoteBlock)) {
                String text = plainText(node);
                if (text.indexOf(SLOT) < 0) {
                    current.append(text).append('\n');
                }
            }
        }
        sections.replaceAll(s -> new Section(s.id(), s.level(), s.title(),
                texts.getOrDefault(s.id(), new StringBuilder()).toString(), s.pos()));
        return lead.toString();
    }

    /** A block's text without its footnote references, whose labels ("annex-2") are not text of the plan. */
    private static String plainText(Node node) {
        boolean footnotes = false;
        for (Node d : node.getDescendants()) {
            footnotes |= d instanceof Footnote;
        }
        if (!footnotes) {
            return new TextCollectingVisitor().collectAndGetText(node);
        }
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Footnote)) {
                text.append(plainText(child));
            }
        }
        return text.toString();
    }

    private static String headingId(Heading h, String chapterId, int[] counters, String file, LineIndex lines,
            int lineOffset, Diagnostics diags) {
        int level = h.getLevel();
        if (level == 1) {
            diags.error(lines.pos(file, h.getStartOffset(), lineOffset), "a chapter has no level-1 heading:"
                    + " its title comes from the front matter; use '##' for its sections");
        }
        counters[level]++;
        for (int i = level + 1; i < counters.length; i++) {
            counters[i] = 0;
        }
        String explicit = null;
        for (Node child = h.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            if (child instanceof AttributesNode a) {
                for (Node an = a.getFirstChild(); an != null; an = an.getNext()) {
                    if (an instanceof AttributeNode attr && attr.isId()) {
                        explicit = attr.getValue().toString();
                        if (!ID.matcher(explicit).matches()) {
                            diags.error(lines.pos(file, attr.getStartOffset(), lineOffset), "section id '" + explicit
                                    + "' must be lower-case letters, digits and '-'");
                        }
                    } else {
                        diags.error(lines.pos(file, an.getStartOffset(), lineOffset),
                                "a heading takes only an id attribute, {#id}");
                    }
                }
                a.unlink();
            }
            child = next;
        }
        if (explicit != null) {
            return explicit;
        }
        StringBuilder id = new StringBuilder(chapterId).append("-s");
        int top = 2;
        for (int i = top; i <= level; i++) {
            if (i > top) {
                id.append('-');
            }
            id.append(counters[i]);
        }
        return id.toString();
    }

    private static void checkAttributes(AttributesNode a, String file, LineIndex lines, int lineOffset,
            Diagnostics diags) {
        for (Node an = a.getFirstChild(); an != null; an = an.getNext()) {
            if (an instanceof AttributeNode attr) {
                String name = attr.isId() ? "id" : attr.isClass() ? "class" : attr.getName().toString();
                if (!ALLOWED_ATTRIBUTES.contains(name)) {
                    diags.error(lines.pos(file, attr.getStartOffset(), lineOffset), "attribute '" + name
                            + "' is not allowed; only id, class and lang may be set in Markdown");
                }
            }
        }
    }

    /** {@code ch2.md#x} → {@code ch2.html#x}; external and script URLs are checked. */
    private static void rewriteLink(Link link, SourcePos pos, List<LinkRef> links, Diagnostics diags) {
        String url = link.getUrl().toString();
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return;
        }
        if (SCHEME.matcher(lower).matches()) {
            diags.error(pos, "link '" + url + "' uses a scheme that is not allowed; use http, https, mailto,"
                    + " or a chapter file such as ch2.md#ch2-s1");
            return;
        }
        if (url.startsWith("#")) {
            links.add(new LinkRef(null, url.substring(1), pos));
            return;
        }
        Matcher m = CHAPTER_LINK.matcher(url);
        if (!m.matches()) {
            diags.error(pos, "link '" + url + "' points nowhere known; link to a chapter file (ch2.md, ch2.md#ch2-s1),"
                    + " a section (#ch2-s1) or a web address");
            return;
        }
        links.add(new LinkRef(m.group(1), m.group(2), pos));
        String html = m.group(1) + ".html" + (m.group(2) == null ? "" : "#" + m.group(2));
        link.setUrl(BasedSequence.of(html));
    }

    private static void directive(Paragraph p, Matcher m, SourcePos pos, List<BodyPart.TablePlacement> placements,
            Diagnostics diags) {
        String name = m.group(1);
        String arg = m.group(2).strip();
        if (!name.equals("table")) {
            diags.error(pos, "unknown directive '::: " + name + "'; expected '::: table <table-id>'");
            return;
        }
        if (!ID.matcher(arg).matches()) {
            diags.error(pos, "expected one table id after '::: table', e.g. '::: table t1' for data/tables/t1.yaml");
            return;
        }
        int n = placements.size();
        placements.add(new BodyPart.TablePlacement(arg, pos));
        Paragraph slot = new Paragraph();
        slot.appendChild(new Text(BasedSequence.of(SLOT + Integer.toString(n) + SLOT)));
        p.insertBefore(slot);
        p.unlink();
    }

    private static List<BodyPart> split(String html, List<BodyPart.TablePlacement> placements) {
        List<BodyPart> parts = new ArrayList<>();
        Matcher m = SLOT_PARAGRAPH.matcher(html);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new BodyPart.Prose(new Html(html.substring(last, m.start()))));
            }
            parts.add(placements.get(Integer.parseInt(m.group(1))));
            last = m.end();
        }
        if (last < html.length()) {
            parts.add(new BodyPart.Prose(new Html(html.substring(last))));
        }
        return parts;
    }

    /** Headings with their section id and a "link to this section" anchor. */
    private static final class HeadingRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
        }

        private void render(Heading node, NodeRendererContext context, HtmlWriter html) {
            String id = HEADING_IDS.get(node.getDocument()).get(node);
            String tag = "h" + node.getLevel();
            html.attr("id", id).withAttr().tag(tag);
            context.renderChildren(node);
            html.raw("<a class=\"heading-anchor\" href=\"#").text(id).raw("\" aria-label=\"")
                    .text(ANCHOR_LABEL.get(node.getDocument())).raw("\">#</a>");
            html.tag("/" + tag).line();
        }
    }
}
