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
import plansite.memo.Fingerprint;
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
    /**
     * The forms in a trie of their characters (lower-cased for whole-word languages): a text is
     * scanned once, and each place of it walks no further than the longest form that could start
     * there, however many forms there are (a glossary a hundred times larger costs no more per place).
     */
    private FormTrie[] forms;
    /** The forms, longest first; put in the trie on the first link (a plan without chapters links nothing). */
    private final List<Form> sorted;
    /** The language and the forms in order: all that a chapter's links depend on. */
    private final Fingerprint fingerprint;

    private static final class FormTrie {
        final Map<Character, FormTrie> next = new HashMap<>();
        /** The forms that end here, in the order of the sorted list (for a case-insensitive tie: "Coal" before "coal"). */
        final List<Form> ends = new ArrayList<>(1);
    }

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
        Fingerprint.Builder forms = Fingerprint.of("term forms").text(lang);
        list.forEach(f -> forms.text(f.text()).text(f.termId()));
        this.fingerprint = forms.build();
        this.sorted = list;
    }

    Fingerprint fingerprint() {
        return fingerprint;
    }

    /** The trie's first level as an array by character: every place of a text looks there, most find nothing. */
    private synchronized FormTrie[] forms() {
        if (forms == null) {
            FormTrie root = new FormTrie();
            for (Form f : sorted) {
                FormTrie node = root;
                for (int i = 0; i < f.text().length(); i++) {
                    node = node.next.computeIfAbsent(fold(f.text().charAt(i)), k -> new FormTrie());
                }
                node.ends.add(f);
            }
            FormTrie[] starts = new FormTrie[Character.MAX_VALUE + 1];
            root.next.forEach((c, node) -> starts[c] = node);
            forms = starts;
        }
        return forms;
    }

    private char fold(char c) {
        return wholeWords ? Character.toLowerCase(c) : c;
    }


    void link(Document doc, char skipMarker) {
        if (sorted.isEmpty()) {
            return;
        }
        FormTrie[] forms = forms();
        Set<String> linked = new HashSet<>();
        List<Text> texts = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Text t && eligible(t) && t.getChars().indexOf(skipMarker) < 0) {
                texts.add(t);
            }
        }
        for (Text t : texts) {
            Node current = t;
            BasedSequence chars = t.getChars();
            // The text as a String once: each search goes on from where the last link ended.
            String text = chars.toString();
            int from = 0;
            while (true) {
                Match m = first(forms, text, from, linked);
                if (m == null) {
                    break;
                }
                linked.add(m.termId());
                Node before = new Text(chars.subSequence(from, m.start()));
                // A java.util.TreeMap keeps the attributes in a fixed order: class, then href.
                Node link = new WrappedText("a", new java.util.TreeMap<>(Map.of("class", "term",
                        "href", "glossary.html#term-" + m.termId())), chars.subSequence(m.start(), m.end()));
                current.insertBefore(before);
                current.insertBefore(link);
                from = m.end();
                Text after = new Text(chars.subSequence(from));
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
    private Match first(FormTrie[] starts, String text, int from, Set<String> linked) {
        for (int i = from; i < text.length(); i++) {
            // Where the last link ended, a form may follow at once.
            if (wholeWords && i > from && isWordChar(text.codePointBefore(i))) {
                continue;
            }
            Match longest = null;
            FormTrie node = starts[fold(text.charAt(i))];
            for (int end = i + 1; node != null; end++) {
                for (Form f : node.ends) {
                    if (!linked.contains(f.termId())
                            && (!wholeWords || end == text.length() || !isWordChar(text.codePointAt(end)))) {
                        longest = new Match(i, end, f.termId());
                        break;
                    }
                }
                node = end < text.length() ? node.next.get(fold(text.charAt(end))) : null;
            }
            if (longest != null) {
                return longest;
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
