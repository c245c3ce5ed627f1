package plansite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokenizerTest {

    @Test
    void foldsAndSplitsEverySharedVectorAsWritten() {
        List<String> wrong = new ArrayList<>();
        JsonNode texts = SearchVectors.read().get("texts");
        assertTrue(texts.size() >= 20, "the vectors are there");
        for (JsonNode v : texts) {
            String folded = SearchTokenizer.fold(v.get("text").asText());
            List<String> keys = SearchTokenizer.keys(folded).stream().map(SearchTokenizer.Key::key).toList();
            List<String> expected = new ArrayList<>();
            v.get("keys").forEach(k -> expected.add(k.asText()));
            if (!folded.equals(v.get("folded").asText()) || !keys.equals(expected)) {
                wrong.add(v.get("text").asText() + " → " + folded + " " + keys);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void stemsEverySharedVectorAsPortersAlgorithmDoes() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode v : SearchVectors.read().get("stems")) {
            String stem = PorterStemmer.stem(v.get("word").asText());
            if (!stem.equals(v.get("stem").asText())) {
                wrong.add(v.get("word").asText() + " → " + stem + ", expected " + v.get("stem").asText());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void fullWidthAndHalfWidthFormsFoldToOne() {
        assertEquals(SearchTokenizer.fold("123()abc:"), SearchTokenizer.fold("１２３（）ＡＢＣ："));
    }

    @Test
    void wordsThatNoDictionaryKnowsAreFoundByTheirCharacterPairs() {
        assertEquals(List.of("晋自", "自然", "然资", "资办", "办函"), keys("晋自然资办函"));
    }

    @Test
    void latinLettersAndDigitsBesideChineseAreWordsOfTheirOwn() {
        assertEquals(List.of("2025", "年"), keys("2025年"));
        assertEquals(List.of("kz04", "灵丘"), keys("KZ04灵丘"));
        assertEquals(List.of("1:5", "万"), keys("1:5万"));
        assertEquals(List.of("100.00"), keys("100.00"));
    }

    @Test
    void englishIsCaseFoldedStemmedAndFreeOfStopWords() {
        assertEquals(keys("Remediation"), keys("remediate"));
        assertEquals(keys("graphite"), keys("Graphites"));
        assertEquals(List.of("mine", "right"), keys("the mining rights of the"));
    }

    private static List<String> keys(String text) {
        return SearchTokenizer.keys(SearchTokenizer.fold(text)).stream().map(SearchTokenizer.Key::key).toList();
    }
}
