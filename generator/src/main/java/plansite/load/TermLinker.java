package plansite.load;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plansite.model.Term;

/**
 * Links the first use of each glossary term in a chapter to its entry on the glossary page of the same
 * language. Chinese forms match anywhere; English forms match whole words, ignoring case. Headings,
 * links and code are left alone.
 */
final class TermLinker {
    static final TermLinker NONE = new TermLinker(List.of(), "zh");

    private record Form(String text, String termId) {}

    private record Match(int start, int end, String termId) {}

    private final boolean wholeWords;
    /** The language and a fingerprint of the forms in order, for the key of a cached chapter. */
    private final String description;
    /** Forms by their first character (lower-cased), longest first: a text is scanned once, not once a form. */
    private final Map<Character, List<Form>> byFirstChar;

    TermLinker(List<Term> terms, String lang) {
        List<Form> list = new ArrayList<>();
        for (Term t : terms) {
            for (String f : t.forms(lang)) {
                if (f != null && !f.isBlank()) {
                    list.add(new Form(f, t.id()));
                }
            }
        }
        // Longest first, so that 勘查规划区块 wins over 规划区块 at the same place.
        list.sort(Comparator.comparingInt((Form f) -> -f.text().length()).thenComparing(Form::text));
        this.wholeWords = !"zh".equals(lang);
        this.description = "TermLinker[" + lang + ", " + plansite.cache.BuildCache.fingerprint(list.toString()) + "]";
        Map<Character, List<Form>> index = new HashMap<>();
        for (Form f : list) {
            index.computeIfAbsent(Character.toLowerCase(f.text().charAt(0)), k -> new ArrayList<>()).add(f);
        }
        this.byFirstChar = index;
    }

    @Override
    public String toString() {
        return description;
    }

    void link(Document doc, char skipMarker) {
        if (byFirstChar.isEmpty()) {
            return;
        }
        Set<String> linked = new HashSet<>();
        List<Text> texts = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Text t && eligible(t) && t.getChars().indexOf(skipMarker) < 0) {
                texts.add(t);
            }
        }
        for (Text t : texts) {
            Node current = t;
            BasedSequence rest = t.getChars();
            while (true) {
                Match m = first(rest.toString(), linked);
                if (m == null) {
                    break;
                }
                linked.add(m.termId());
                Node before = new Text(rest.subSequence(0, m.start()));
                // A java.util.TreeMap keeps the attributes in a fixed order: class, then href.
                Node link = new WrappedText("a", new java.util.TreeMap<>(Map.of("class", "term",
                        "href", "glossary.html#term-" + m.termId())), rest.subSequence(m.start(), m.end()));
                current.insertBefore(before);
                current.insertBefore(link);
                rest = rest.subSequence(m.end());
                Text after = new Text(rest);
                current.insertBefore(after);
                current.unlink();
                current = after;
            }
        }
    }

    private static boolean eligible(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Heading || p instanceof Link || p instanceof Code) {
                return false;
            }
        }
        return true;
    }

    /**
     * The earliest use of a term not yet linked; at one place, the longest form. Chinese forms match
     * anywhere; other languages' forms match whole words, ignoring case.
     */
    private Match first(String text, Set<String> linked) {
        for (int i = 0; i < text.length(); i++) {
            List<Form> candidates = byFirstChar.get(Character.toLowerCase(text.charAt(i)));
            if (candidates == null || (wholeWords && i > 0 && isWordChar(text.codePointBefore(i)))) {
                continue;
            }
            for (Form f : candidates) {
                int end = i + f.text().length();
                if (!linked.contains(f.termId()) && text.regionMatches(wholeWords, i, f.text(), 0, f.text().length())
                        && (!wholeWords || end == text.length() || !isWordChar(text.codePointAt(end)))) {
                    return new Match(i, end, f.termId());
                }
            }
        }
        return null;
    }

    /** A letter or a number of any script: what may not touch an English term on either side. */
    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || switch (Character.getType(cp)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
