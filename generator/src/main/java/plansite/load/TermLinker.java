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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plansite.model.Term;

/**
 * Links the first use of each glossary term in a chapter to its entry on the glossary page of the same
 * language. Chinese forms match anywhere; English forms match whole words, ignoring case. Headings,
 * links and code are left alone.
 */
final class TermLinker {
    static final TermLinker NONE = new TermLinker(List.of(), "zh");

    private record Form(String text, String termId, Pattern pattern) {}

    private record Match(int start, int end, String termId) {}

    private final List<Form> forms;

    TermLinker(List<Term> terms, String lang) {
        List<Form> list = new ArrayList<>();
        boolean chinese = "zh".equals(lang);
        for (Term t : terms) {
            for (String f : t.forms(lang)) {
                if (f == null || f.isBlank()) {
                    continue;
                }
                Pattern p = chinese ? null
                        : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                list.add(new Form(f, t.id(), p));
            }
        }
        // Longest first, so that 勘查规划区块 wins over 规划区块 at the same place.
        list.sort(Comparator.comparingInt((Form f) -> -f.text().length()).thenComparing(Form::text));
        this.forms = List.copyOf(list);
    }

    void link(Document doc, char skipMarker) {
        if (forms.isEmpty()) {
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
                Node link = new WrappedText("a", new java.util.TreeMap<>(java.util.Map.of("class", "term",
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

    /** The earliest use of a term not yet linked; at one place, the longest form. */
    private Match first(String text, Set<String> linked) {
        Match best = null;
        String lower = null;
        for (Form f : forms) {
            if (linked.contains(f.termId())) {
                continue;
            }
            int start;
            int end;
            if (f.pattern() == null) {
                start = text.indexOf(f.text());
                end = start + f.text().length();
            } else {
                if (lower == null) {
                    lower = text.toLowerCase(Locale.ROOT);
                }
                if (!lower.contains(f.text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Matcher m = f.pattern().matcher(text);
                if (!m.find()) {
                    continue;
                }
                start = m.start();
                end = m.end();
            }
            if (start >= 0 && (best == null || start < best.start())) {
                best = new Match(start, end, f.termId());
            }
        }
        return best;
    }
}
