package plansite.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the keys of the search index. assets/search.js splits queries with a line-for-line
 * port of this class (Pagefind lost most of its Chinese recall when index and queries were split by
 * different code); test resources search-vectors.json hold the strings both must split alike.
 *
 * <ol>
 * <li><b>Folding</b>, one code point at a time: NFKC (full-width １２３（ to 123(), lower case, accents
 * dropped (kuàng = kuang); every run of white space and control characters becomes one space.</li>
 * <li><b>Runs</b>: a run of Han characters, or a run of letters and digits (a word: {@code kz04},
 * {@code iii3}, {@code 2025}; a '.' or ':' between two digits stays inside it: {@code 1:5}, {@code 100.00}).
 * Anything else separates.</li>
 * <li><b>Keys</b>: a Han run gives its overlapping character pairs (冶镁白云岩 → 冶镁 镁白 白云 云岩), so any
 * run of two or more characters found in the text is found by its pairs, whether or not a dictionary
 * knows the word; a lone Han character is its own key. A word of the letters a–z is dropped if it is a
 * stop word, else Porter-stemmed (remediation → remedi); other words are kept as they are.</li>
 * </ol>
 */
public final class SearchTokenizer {
    /** Common English words that say nothing about a section (question words among them: a reader asks "what is …"); neither indexed nor searched. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "any", "are", "as", "at", "be", "by", "did", "do",
            "does", "for", "from", "has", "have", "how", "in", "is", "it", "its", "many", "much", "of", "on", "or", "s",
            "t", "that", "the", "their", "there", "this", "to", "was", "were", "what", "when", "where", "which", "who",
            "why", "will", "with");

    private SearchTokenizer() {}

    /** What a run of the text is made of. */
    public enum Kind { HAN, WORD }

    /** A run of the folded text: its kind, its characters, and where it stands in the folded text. */
    public record Run(Kind kind, String text, int start) {}

    /** A key of the index, and the span of the folded text it stands for. */
    public record Key(String key, int start, int end) {}

    /** The text folded as described above. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 && cp > ' ' || cp >= 0x4e00 && cp <= 0x9fff) {
                // ASCII is only lower-cased; NFKC, case and accents leave the common Han block as it is.
                out.append(cp < 0x80 ? (char) Character.toLowerCase(cp) : (char) cp);
                space = false;
                continue;
            }
            String f = foldCodePoint(cp);
            for (int c = 0; c < f.length(); c++) {
                char ch = f.charAt(c);
                if (ch <= ' ') {
                    if (!space) {
                        out.append(' ');
                    }
                    space = true;
                } else {
                    out.append(ch);
                    space = false;
                }
            }
        }
        return out.toString();
    }

    /** Folded forms of the Basic Multilingual Plane, made on first use (a race only makes one twice). */
    private static final String[] FOLDED_BMP = new String[0x10000];

    private static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            return ASCII[cp];
        }
        if (cp > 0xffff) {
            return normalize(cp);
        }
        String f = FOLDED_BMP[cp];
        if (f == null) {
            f = normalize(cp);
            FOLDED_BMP[cp] = f;
        }
        return f;
    }

    private static final String[] ASCII = new String[0x80];

    static {
        for (int c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf((char) Character.toLowerCase(c));
        }
    }

    private static String normalize(int cp) {
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
    }

    /** The runs of folded text. */
    public static List<Run> runs(String folded) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (isHan(cp)) {
                int start = i;
                while (i < n && isHan(folded.codePointAt(i))) {
                    i += Character.charCount(folded.codePointAt(i));
                }
                out.add(new Run(Kind.HAN, folded.substring(start, i), start));
            } else if (isWordChar(cp)) {
                int start = i;
                while (i < n) {
                    int c = folded.codePointAt(i);
                    if (isWordChar(c) && !isHan(c)) {
                        i += Character.charCount(c);
                    } else if ((c == '.' || c == ':') && i + 1 < n && isDigit(folded.charAt(i - 1))
                            && isDigit(folded.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                out.add(new Run(Kind.WORD, folded.substring(start, i), start));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** Receives the keys of a text one by one. */
    @FunctionalInterface
    interface KeySink {
        void key(String key, int start, int end);
    }

    /** Passes the keys of folded text, in order, each with its span, to {@code sink}; repeated keys repeat. */
    static void keys(String folded, KeySink sink) {
        for (Run run : runs(folded)) {
            String t = run.text();
            if (run.kind() == Kind.HAN) {
                int first = 0;
                int second = Character.charCount(t.codePointAt(0));
                if (second == t.length()) {
                    sink.key(t, run.start(), run.start() + t.length());
                }
                while (second < t.length()) {
                    int end = second + Character.charCount(t.codePointAt(second));
                    sink.key(t.substring(first, end), run.start() + first, run.start() + end);
                    first = second;
                    second = end;
                }
            } else {
                String key = wordKey(t);
                if (key != null) {
                    sink.key(key, run.start(), run.start() + t.length());
                }
            }
        }
    }

    /** The keys of folded text, in order, each with its span; repeated keys repeat. */
    public static List<Key> keys(String folded) {
        List<Key> out = new ArrayList<>();
        keys(folded, (key, start, end) -> out.add(new Key(key, start, end)));
        return out;
    }

    /** The distinct keys of a text (folded here), in the order they first occur. */
    public static Set<String> distinctKeys(String text) {
        Set<String> out = new LinkedHashSet<>();
        keys(fold(text), (key, start, end) -> out.add(key));
        return out;
    }

    /** The key of a word run: null for a stop word, the stem of a word of a–z, else the word. */
    static String wordKey(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return word;
            }
        }
        return STOP_WORDS.contains(word) ? null : STEMS.computeIfAbsent(word, PorterStemmer::stem);
    }

    /** Stems of the words seen: a plan uses a few thousand words, most of them many times. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> STEMS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static boolean isHan(int cp) {
        return cp >= 0x4e00 && cp <= 0x9fff || cp >= 0x2e80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
