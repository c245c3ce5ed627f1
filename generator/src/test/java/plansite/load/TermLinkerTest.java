package plansite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import plansite.model.Term;

/** Which words of a text the glossary links: the first use of each term, the longest form at a place. */
class TermLinkerTest {
    private static Term term(String id, String zh, String en, List<String> zhVariants, List<String> variants) {
        return new Term(id, zh, null, en, variants, zhVariants, null, null);
    }

    /** "text→term" for every link the linker adds, in the order of the text. */
    private static List<String> links(List<Term> terms, String lang, String markdown) {
        Document doc = Parser.builder().build().parse(markdown);
        new TermLinker(terms, lang).link(doc, '\u0000');
        List<String> out = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof WrappedText w) {
                out.add(w.getChars() + "→" + w.attribute("href").replace("glossary.html#term-", ""));
            }
        }
        return out;
    }

    private static final List<Term> TERMS = List.of(
            term("block", "规划区块", "planning block", List.of(), List.of()),
            term("exploration-block", "勘查规划区块", "exploration planning block", List.of(), List.of()),
            term("coal", "煤炭", "coal", List.of("原煤"), List.of("hard coal")));

    @Test
    void theLongestFormAtAPlaceWinsAndEachTermIsLinkedOnce() {
        assertEquals(List.of("勘查规划区块→exploration-block", "规划区块→block", "煤炭→coal"),
                links(TERMS, "zh", "设置勘查规划区块 3 个，规划区块另计；煤炭与原煤、煤炭。"));
    }

    @Test
    void englishFormsMatchWholeWordsIgnoringCase() {
        assertEquals(List.of("Hard Coal→coal", "planning block→block"),
                links(TERMS, "en", "Charcoal is not it, but Hard Coal is; coal again; a planning blocks list,"
                        + " a planning block."));
    }

    @Test
    void aTermOfAnyOfAHundredCopiesIsFoundAmongFormsSharingItsFirstCharacter() {
        List<Term> many = new ArrayList<>(TERMS);
        for (int k = 2; k <= 100; k++) {
            many.add(term("block-k" + k, "规划区块（" + k + "）", "planning block (" + k + ")", List.of(), List.of()));
        }
        assertEquals(List.of("规划区块（77）→block-k77", "规划区块→block"),
                links(many, "zh", "规划区块（77）与规划区块（1000。"));
    }
}
