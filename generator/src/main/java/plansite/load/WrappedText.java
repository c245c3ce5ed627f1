package plansite.load;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Map;

/**
 * A piece of a chapter's text wrapped in one element that the generator adds (a link to the glossary,
 * a span marking another language). Rendered with the text and the attribute values escaped.
 */
final class WrappedText extends Node {
    private final String element;
    private final Map<String, String> attributes;

    WrappedText(String element, Map<String, String> attributes, BasedSequence chars) {
        super(chars);
        this.element = element;
        this.attributes = attributes;
    }

    String attribute(String name) {
        return attributes.get(name);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    static void render(WrappedText node, NodeRendererContext context, HtmlWriter html) {
        html.raw("<" + node.element);
        node.attributes.forEach((name, value) -> html.raw(" " + name + "=\"").text(value).raw("\""));
        html.raw(">").text(node.getChars().toString()).raw("</" + node.element + ">");
    }
}
