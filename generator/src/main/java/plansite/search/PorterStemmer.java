package plansite.search;

/**
 * Martin Porter's 1980 stemming algorithm, as in his reference implementation (including its two
 * published departures: -bli → -ble and -logi → -log). Reduces remediate / remediation to one stem
 * and graphite / graphites to another. assets/search.js carries a line-for-line port, and the shared
 * test vectors (search-vectors.json) prove that both stem every word the same way.
 */
final class PorterStemmer {
    private final char[] b;
    private int k;
    private int j;

    private PorterStemmer(String word) {
        b = new char[word.length() + 2];
        word.getChars(0, word.length(), b, 0);
        k = word.length() - 1;
    }

    /** The stem of a lower-case word of the letters a–z; words of one or two letters are kept. */
    static String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        PorterStemmer s = new PorterStemmer(word);
        s.step1ab();
        s.step1c();
        s.step2();
        s.step3();
        s.step4();
        s.step5();
        return new String(s.b, 0, s.k + 1);
    }

    private boolean cons(int i) {
        switch (b[i]) {
            case 'a', 'e', 'i', 'o', 'u':
                return false;
            case 'y':
                return i == 0 || !cons(i - 1);
            default:
                return true;
        }
    }

    /** The number of vowel-consonant sequences in b[0..j]: the m of [C](VC)^m[V]. */
    private int m() {
        int n = 0;
        int i = 0;
        while (i <= j && cons(i)) {
            i++;
        }
        while (true) {
            while (i <= j && !cons(i)) {
                i++;
            }
            if (i > j) {
                return n;
            }
            while (i <= j && cons(i)) {
                i++;
            }
            n++;
            if (i > j) {
                return n;
            }
        }
    }

    private boolean vowelInStem() {
        for (int i = 0; i <= j; i++) {
            if (!cons(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean doubleConsonant(int i) {
        return i >= 1 && b[i] == b[i - 1] && cons(i);
    }

    private boolean cvc(int i) {
        if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
            return false;
        }
        char ch = b[i];
        return ch != 'w' && ch != 'x' && ch != 'y';
    }

    private boolean ends(String s) {
        int l = s.length();
        int o = k - l + 1;
        if (o < 0) {
            return false;
        }
        for (int i = 0; i < l; i++) {
            if (b[o + i] != s.charAt(i)) {
                return false;
            }
        }
        j = k - l;
        return true;
    }

    private void setTo(String s) {
        int l = s.length();
        int o = j + 1;
        for (int i = 0; i < l; i++) {
            b[o + i] = s.charAt(i);
        }
        k = j + l;
    }

    private void r(String s) {
        if (m() > 0) {
            setTo(s);
        }
    }

    /** Plurals and -ed or -ing. */
    private void step1ab() {
        if (b[k] == 's') {
            if (ends("sses")) {
                k -= 2;
            } else if (ends("ies")) {
                setTo("i");
            } else if (b[k - 1] != 's') {
                k--;
            }
        }
        if (ends("eed")) {
            if (m() > 0) {
                k--;
            }
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at")) {
                setTo("ate");
            } else if (ends("bl")) {
                setTo("ble");
            } else if (ends("iz")) {
                setTo("ize");
            } else if (doubleConsonant(k)) {
                k--;
                char ch = b[k];
                if (ch == 'l' || ch == 's' || ch == 'z') {
                    k++;
                }
            } else if (m() == 1 && cvc(k)) {
                j = k;
                setTo("e");
            }
        }
    }

    /** Terminal y to i when there is another vowel in the stem. */
    private void step1c() {
        if (ends("y") && vowelInStem()) {
            b[k] = 'i';
        }
    }

    /** Double suffixes to single ones (-ization → -ize). */
    private void step2() {
        if (k == 0) {
            return;
        }
        switch (b[k - 1]) {
            case 'a' -> {
                if (ends("ational")) { r("ate"); } else if (ends("tional")) { r("tion"); }
            }
            case 'c' -> {
                if (ends("enci")) { r("ence"); } else if (ends("anci")) { r("ance"); }
            }
            case 'e' -> {
                if (ends("izer")) { r("ize"); }
            }
            case 'l' -> {
                if (ends("bli")) { r("ble"); } else if (ends("alli")) { r("al"); } else if (ends("entli")) { r("ent"); }
                else if (ends("eli")) { r("e"); } else if (ends("ousli")) { r("ous"); }
            }
            case 'o' -> {
                if (ends("ization")) { r("ize"); } else if (ends("ation")) { r("ate"); } else if (ends("ator")) { r("ate"); }
            }
            case 's' -> {
                if (ends("alism")) { r("al"); } else if (ends("iveness")) { r("ive"); } else if (ends("fulness")) { r("ful"); }
                else if (ends("ousness")) { r("ous"); }
            }
            case 't' -> {
                if (ends("aliti")) { r("al"); } else if (ends("iviti")) { r("ive"); } else if (ends("biliti")) { r("ble"); }
            }
            case 'g' -> {
                if (ends("logi")) { r("log"); }
            }
            default -> { }
        }
    }

    /** -ic-, -full, -ness etc. */
    private void step3() {
        switch (b[k]) {
            case 'e' -> {
                if (ends("icate")) { r("ic"); } else if (ends("ative")) { r(""); } else if (ends("alize")) { r("al"); }
            }
            case 'i' -> {
                if (ends("iciti")) { r("ic"); }
            }
            case 'l' -> {
                if (ends("ical")) { r("ic"); } else if (ends("ful")) { r(""); }
            }
            case 's' -> {
                if (ends("ness")) { r(""); }
            }
            default -> { }
        }
    }

    /** -ant, -ence etc. in context <c>vcvc<v>. */
    private void step4() {
        if (k == 0) {
            return;
        }
        boolean found = switch (b[k - 1]) {
            case 'a' -> ends("al");
            case 'c' -> ends("ance") || ends("ence");
            case 'e' -> ends("er");
            case 'i' -> ends("ic");
            case 'l' -> ends("able") || ends("ible");
            case 'n' -> ends("ant") || ends("ement") || ends("ment") || ends("ent");
            case 'o' -> ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't') || ends("ou");
            case 's' -> ends("ism");
            case 't' -> ends("ate") || ends("iti");
            case 'u' -> ends("ous");
            case 'v' -> ends("ive");
            case 'z' -> ends("ize");
            default -> false;
        };
        if (found && m() > 1) {
            k = j;
        }
    }

    /** A final -e, and -ll to -l, where the stem is long enough. */
    private void step5() {
        j = k;
        if (b[k] == 'e') {
            int a = m();
            if (a > 1 || a == 1 && !cvc(k - 1)) {
                k--;
            }
        }
        if (b[k] == 'l' && doubleConsonant(k) && m() > 1) {
            k--;
        }
    }
}
