package plansite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import plansite.diag.Diagnostics;
import plansite.model.BodyPart;
import plansite.model.Section;

class MarkdownChapterParserTest {
    private final MarkdownChapterParser parser = new MarkdownChapterParser();

    private MarkdownChapterParser.ParsedBody parse(String md, Diagnostics diags) {
        return parser.parse(md, "content/zh/ch3.md", 6, "ch3", "本节链接", TermLinker.NONE, null, diags);
    }

    @Test
    void sectionIdsFollowTheHeadingStructure() {
        Diagnostics d = new Diagnostics();
        var body = parse("## 第一节\n\n### 一、\n\n#### （一）\n\n#### （二）\n\n### 二、\n\n## 第二节\n\n### 一、\n", d);
        assertEquals(List.of("ch3-s1", "ch3-s1-1", "ch3-s1-1-1", "ch3-s1-1-2", "ch3-s1-2", "ch3-s2", "ch3-s2-1"),
                body.sections().stream().map(Section::id).toList());
        assertEquals(List.of(2, 3, 4, 4, 3, 2, 3), body.sections().stream().map(Section::level).toList());
        assertEquals("content/zh/ch3.md:6:1", body.sections().get(0).pos().toString(), "positions count the front matter");
        assertEquals("content/zh/ch3.md:16:1", body.sections().get(5).pos().toString());
        assertTrue(d.all().isEmpty());
    }

    @Test
    void anExplicitIdPinsASectionAndIsNotShownAsText() {
        Diagnostics d = new Diagnostics();
        var body = parse("## 第一节 经济 {#economy}\n\n## 第二节\n", d);
        assertEquals(List.of("economy", "ch3-s2"), body.sections().stream().map(Section::id).toList());
        assertEquals("第一节 经济", body.sections().get(0).title());
        String html = ((BodyPart.Prose) body.body().get(0)).html().markup();
        assertTrue(html.startsWith("<h2 id=\"economy\">第一节 经济<a class=\"heading-anchor\" href=\"#economy\""), html);
    }

    @Test
    void tableDirectiveSplitsTheBodyWhereItStands() {
        Diagnostics d = new Diagnostics();
        var body = parse("前文。\n\n::: table zl-01\n\n后文。\n", d);
        assertEquals(3, body.body().size());
        assertEquals("<p>前文。</p>\n", ((BodyPart.Prose) body.body().get(0)).html().markup());
        BodyPart.TablePlacement t = assertInstanceOf(BodyPart.TablePlacement.class, body.body().get(1));
        assertEquals("zl-01", t.tableId());
        assertEquals("content/zh/ch3.md:8:1", t.pos().toString());
        assertEquals("<p>后文。</p>\n", ((BodyPart.Prose) body.body().get(2)).html().markup());
    }

    @Test
    void unknownDirectiveIsAnError() {
        Diagnostics d = new Diagnostics();
        parse("::: figure f1\n", d);
        assertEquals("content/zh/ch3.md:6:1: error: unknown directive '::: figure'; expected '::: table <table-id>'",
                d.all().get(0).toString());
    }

    @Test
    void rawHtmlIsEscapedNotRendered() {
        Diagnostics d = new Diagnostics();
        var body = parse("文<b onclick=\"x\">字</b>\n\n<script>alert(1)</script>\n", d);
        String html = ((BodyPart.Prose) body.body().get(0)).html().markup();
        assertTrue(html.contains("&lt;b onclick=&quot;x&quot;&gt;") || html.contains("&lt;b onclick=\"x\"&gt;"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertEquals(3, d.all().size(), "each raw HTML tag is reported as a warning");
    }

    @Test
    void escapedNumberStaysAParagraph() {
        var body = parse("1\\. 煤：主要分布于大同煤田。\n", new Diagnostics());
        assertEquals("<p>1. 煤：主要分布于大同煤田。</p>\n", ((BodyPart.Prose) body.body().get(0)).html().markup());
    }

    @Test
    void chapterLinksPointToPagesAndAreRecorded() {
        var body = parse("见[第二章](ch2.md#ch2-s1)与[本节](#ch3-s1)。\n", new Diagnostics());
        assertTrue(((BodyPart.Prose) body.body().get(0)).html().markup().contains("href=\"ch2.html#ch2-s1\""));
        assertEquals("ch2", body.links().get(0).chapterId());
        assertEquals("ch2-s1", body.links().get(0).anchor());
        assertEquals(null, body.links().get(1).chapterId());
    }

    @Test
    void footnoteIdsAndLinksArePrefixedByTheChapterAndNothingElse() {
        String html = "<sup id=\"fnref-1\"><a href=\"#fn-1\" class=\"footnote-ref\">1</a></sup> fn-2 "
                + "id=\"fn-x\" data-id=\"fn-3\" href=\"fn-12\"\n<li id=\"fn-1\"><a href=\"#fnref-1\">↩</a></li>"
                + "<a title=\"fn-4\">";
        assertEquals("<sup id=\"ch3-fnref-1\""
                + "><a href=\"#ch3-fn-1\" class=\"footnote-ref\">1</a></sup> fn-2 "
                + "id=\"fn-x\" data-id=\"ch3-fn-3\" href=\"ch3-fn-12\"\n<li id=\"ch3-fn-1\"><a href=\"#ch3-fnref-1\">↩</a></li>"
                + "<a title=\"fn-4\">", MarkdownChapterParser.prefixFootnotes(html, "ch3"));
        assertEquals("no footnotes", MarkdownChapterParser.prefixFootnotes("no footnotes", "ch3"));
    }
}
