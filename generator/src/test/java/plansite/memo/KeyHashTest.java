package plansite.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyHashTest {
    private static final String TITLE = "大同市矿产资源总体规划（2021—2025年）";

    // Expected values: MurmurHash3 x64 128 (seed 0) of each part's 8-byte little-endian length followed
    // by the part (texts as UTF-16LE), from the npm package murmurhash3js-revisited, h1 and h2 written
    // as little-endian bytes.
    @Test
    void givesMurmurHash3OfTheLengthPrefixedParts() {
        assertEquals("130448bce997d72d8ad1f506eb9c9ffa", of((Object) "hello".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("87e5907f3c6107574dd9b859198cddba", of("hé"));
        assertEquals("4370fbc458882784b439359c085c4d55", of(zeroToThirtyNine(), "abc", TITLE));
    }

    @Test
    void theSamePartsAddedInAnyChunkingGiveTheSameHash() {
        String all = of(zeroToThirtyNine(), "abc", TITLE);
        assertEquals(all, new KeyHash().add(zeroToThirtyNine()).add("abc").add(TITLE).hex());
        assertEquals(all, new KeyHash().add(zeroToThirtyNine()).add(new StringBuilder("abc")).add(TITLE).hex());
        // A long text, read in chunks when it is a String and a character at a time otherwise, at every offset
        // into a block.
        String longText = TITLE.repeat(300) + "末";
        for (String before : new String[] {"", "a", "abcdefg"}) {
            assertEquals(new KeyHash().add(new StringBuilder(before)).add(new StringBuilder(longText)).hex(),
                    new KeyHash().add(before).add(longText).hex(), "after '" + before + "'");
        }
    }

    @Test
    void partsDoNotRunTogether() {
        assertNotEquals(of("ab", "c"), of("a", "bc"));
        assertNotEquals(of("", "x"), of("x", ""));
        assertNotEquals(of("x"), of("x", ""));
    }

    @Test
    void aChangeAnywhereInALongTextChangesTheHash() {
        String text = TITLE.repeat(1000);
        String base = of(text);
        for (int at : new int[] {0, 7, 8, 15, 16, text.length() / 2, text.length() - 1}) {
            StringBuilder changed = new StringBuilder(text);
            changed.setCharAt(at, (char) (text.charAt(at) + 1));
            assertNotEquals(base, of(changed.toString()), "change at " + at);
        }
    }

    /** The hash of {@code parts} in order: byte arrays as bytes, texts as texts. */
    private static String of(Object... parts) {
        KeyHash hash = new KeyHash();
        for (Object p : parts) {
            if (p instanceof byte[] bytes) {
                hash.add(bytes);
            } else {
                hash.add((String) p);
            }
        }
        return hash.hex();
    }

    private static byte[] zeroToThirtyNine() {
        byte[] b = new byte[40];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) i;
        }
        return b;
    }
}
