package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plansite.load.PlanLoader;
import plansite.load.ProjectLayout;
import plansite.model.Chapter;
import plansite.model.Plan;
import plansite.model.Section;
import plansite.model.Term;

/** The English edition of the plan itself: complete, in English, and true to the glossary. */
class EnglishEditionTest {
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    /** Parentheses that hold an original: (…) or （…）, possibly nested one level. */
    private static final Pattern PARENTHESISED = Pattern.compile("[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）]");
    /**
     * The style sheet's sentence rule (docs/english-style.md, "Sentence length"): a sentence ends at . ! or ?
     * (with any closing bracket or quotation mark after it) followed by a space and a capital, a digit, or an
     * opening bracket or quotation mark before one; or at ; followed by a space and a capital. "Ltd." never
     * ends one, so a company name's "Co., Ltd. (China Coal …)" stays whole.
     */
    static final Pattern SENTENCE_END = Pattern.compile(
            "(?:(?<![Ll]td\\.)(?<=[.!?])|(?<=[.!?][)\"\u201D\u2019]))\\s+(?=[(\"\u201C\u2018]?[A-Z0-9])|(?<=;)\\s+(?=[A-Z])");
    /** At most about 50 words a sentence, where the Chinese allows a split; a word is a run of non-spaces. */
    static final int MAX_WORDS = 50;

    /** A sentence that stays longer than {@link #MAX_WORDS}: where it is, how it begins, and why. */
    record LongSentence(String where, String opening, String reason) {}

    /**
     * Each stays one sentence because the Chinese is a single enumeration that a split would break (the style
     * sheet allows a list of targets, mines or minerals to stay whole); the sentence before each names what
     * the list is, so that the reader has the statement before the list.
     */
    static final List<LongSentence> ALLOWED_LONG = List.of(
            new LongSentence("general (lead)", "The Datong City Mineral Resources Master Plan (2021–2025)",
                    "the plan's legal basis, one list of laws, rules and measures (依据…等有关法律、法规和规章), three of"
                            + " its words the Chinese titles in brackets"),
            new LongSentence("ch1-s2-3", "By mineral mined: 58 coal mines",
                    "the 233 mines by mineral, one list in the Chinese (按开采矿种分：…)"),
            new LongSentence("ch1-s3-1-4", "They are Jinhuagong Mine",
                    "the names of the 11 national green mines, each with its Chinese name"),
            new LongSentence("ch4-s3-2-1", "Of these, 6 are for coal",
                    "the 39 exploration planning blocks of the provincial plan by mineral, one list after 其中"),
            new LongSentence("ch4-s3-2-2", "Of these, 3 are for granite for dimension stone",
                    "the 47 exploration planning blocks at the municipal level by mineral, one list after 其中"),
            new LongSentence("ch9-s3-2-1-2", "They are the Limestone Deposit Northwest of Wangyaobao Village",
                    "the names of Guangling County's 5 exploration planning blocks, each with its Chinese name"),
            new LongSentence("ch9-s3-2-2", "They are the Tuxiangkou Sandstone Concentrated Mining Area",
                    "the names of Guangling County's 11 concentrated mining areas, each with its Chinese name"));

    static Plan plan;

    @BeforeAll
    static void load() throws Exception {
        plan = TestPlans.load(FixtureSite.repo()).plan();
    }

    private static List<String> texts(Chapter c) {
        List<String> out = new ArrayList<>();
        out.add(c.title());
        out.add(c.leadText());
        for (Section s : c.sections()) {
            out.add(s.title());
            out.add(s.text());
        }
        return out;
    }

    /** The home page's summary is the plan's own words: each paragraph stands in a chapter of its language. */
    @Test
    void theSummaryQuotesTheChaptersOfItsLanguage() {
        for (var lang : plan.languages()) {
            String all = String.join("\n", plan.chapters(lang.code()).stream().flatMap(c -> texts(c).stream())
                    .filter(t -> t != null).toList());
            for (var p : plan.site().summary()) {
                String text = p.in(lang.code());
                assertTrue(all.contains(text), lang.code() + ": the summary is not in the chapters: " + text);
            }
        }
    }

    @Test
    void everyChineseChapterHasAnEnglishTwin() {
        assertEquals(plan.chapters("zh").stream().map(Chapter::id).toList(),
                plan.chapters("en").stream().map(Chapter::id).toList());
        for (Chapter zh : plan.chapters("zh")) {
            assertEquals(zh.sectionIds(), plan.chapter("en", zh.id()).orElseThrow().sectionIds(), zh.id());
        }
    }

    @Test
    void englishProseHasNoChineseExceptParenthesisedOriginals() {
        List<String> found = new ArrayList<>();
        for (Chapter c : plan.chapters("en")) {
            for (String text : texts(c)) {
                String outside = PARENTHESISED.matcher(text).replaceAll(" ");
                Matcher m = CJK.matcher(outside);
                if (m.find()) {
                    int from = Math.max(0, m.start() - 30);
                    found.add(c.id() + ": …" + outside.substring(from, Math.min(outside.length(), m.end() + 30)) + "…");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** The sentences of a text, one paragraph a line, split by {@link #SENTENCE_END}. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                if (!sentence.isBlank()) {
                    out.add(sentence.strip());
                }
            }
        }
        return out;
    }

    static int words(String sentence) {
        return sentence.strip().split("\\s+").length;
    }

    @Test
    void sentencesEndWhereTheStyleSheetSays() {
        assertEquals(List.of("Of these, 6 are for coal.", "(See Appended Table 8 for details.)",
                "30 minerals have identified resources;", "Of these, 1 is large; 36 are small.", "\u201CGreen\u201D, it says.",
                "Tashan Coal Mine of SDIC Datong Energy Co., Ltd. (China Coal Tashan Coal Mine) is one.", "Next"),
                sentences("Of these, 6 are for coal. (See Appended Table 8 for details.) 30 minerals have identified"
                        + " resources; Of these, 1 is large; 36 are small. \u201CGreen\u201D, it says. Tashan Coal Mine of SDIC"
                        + " Datong Energy Co., Ltd. (China Coal Tashan Coal Mine) is one.\nNext"));
        assertEquals(List.of(1, 3, 6), List.of(words("Next"), words(" a  b\tc "), words("1.5 × 10⁸ t of coal")));
    }

    /**
     * No prose sentence of the English edition is longer than {@link #MAX_WORDS} words unless it is listed,
     * with its reason, in {@link #ALLOWED_LONG}; and every listed sentence is still long, so that the list
     * cannot go stale. Headings, tables and footnotes are not prose of the plan and are not counted.
     */
    @Test
    void englishSentencesHaveAtMost50WordsOrAreListedWithTheirReason() {
        List<String> problems = new ArrayList<>();
        List<LongSentence> unused = new ArrayList<>(ALLOWED_LONG);
        for (Chapter c : plan.chapters("en")) {
            List<Map.Entry<String, String>> texts = new ArrayList<>();
            texts.add(Map.entry(c.id() + " (lead)", c.leadText()));
            for (Section s : c.sections()) {
                texts.add(Map.entry(s.id(), s.text()));
            }
            for (var t : texts) {
                for (String sentence : sentences(t.getValue())) {
                    int n = words(sentence);
                    if (n <= MAX_WORDS) {
                        continue;
                    }
                    var allowed = ALLOWED_LONG.stream()
                            .filter(a -> a.where().equals(t.getKey()) && sentence.startsWith(a.opening())).findFirst();
                    if (allowed.isPresent()) {
                        unused.remove(allowed.get());
                    } else {
                        problems.add(t.getKey() + " (" + n + " words): " + sentence);
                    }
                }
            }
        }
        for (LongSentence a : unused) {
            problems.add(a.where() + ": listed as long, but no sentence over " + MAX_WORDS + " words begins \""
                    + a.opening() + "\"; take it off the list");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyGlossaryTermUsedInAChineseSectionIsUsedInItsEnglishTwin() {
        assertTrue(plan.glossary().size() >= 100, "the glossary has " + plan.glossary().size() + " terms");
        List<String> misses = new ArrayList<>();
        for (Chapter zh : plan.chapters("zh")) {
            Chapter en = plan.chapter("en", zh.id()).orElseThrow();
            compare(zh.id() + " (lead)", zh.leadText(), en.leadText(), misses);
            for (Section s : zh.sections()) {
                Section t = en.section(s.id()).orElseThrow();
                compare(s.id(), s.title() + "\n" + s.text(), t.title() + "\n" + t.text(), misses);
            }
        }
        assertEquals(List.of(), misses);
    }

    private static void compare(String where, String zh, String en, List<String> misses) {
        String enLower = en.toLowerCase(Locale.ROOT);
        for (Term term : plan.glossary()) {
            String own = withoutLongerTerms(zh, term);
            boolean usedInChinese = term.forms("zh").stream().anyMatch(own::contains);
            if (!usedInChinese) {
                continue;
            }
            // As on the Chinese side, a form counts wherever it occurs: 煤 in 煤层气 is matched by coal in coalbed.
            boolean usedInEnglish = term.forms("en").stream().anyMatch(f -> enLower.contains(f.toLowerCase(Locale.ROOT)));
            if (!usedInEnglish) {
                misses.add(where + ": " + term.zh() + " → expected '" + term.en() + "' (or " + term.variants() + ")");
            }
        }
    }

    /**
     * The Chinese text with every form of another, longer term that contains one of this term's forms
     * blanked out, as the glossary links them: 普查 inside 人口普查 is the census, not the general survey of
     * exploration, and asks for "population census" only.
     */
    private static String withoutLongerTerms(String zh, Term term) {
        String out = zh;
        for (Term other : plan.glossary()) {
            if (other == term) {
                continue;
            }
            for (String longer : other.forms("zh")) {
                if (term.forms("zh").stream().anyMatch(f -> longer.length() > f.length() && longer.contains(f))) {
                    out = out.replace(longer, "\u3000");
                }
            }
        }
        return out;
    }
}
