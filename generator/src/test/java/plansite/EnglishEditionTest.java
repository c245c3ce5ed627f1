package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
