package plansite.memo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;

/**
 * The hash behind a {@link Fingerprint}: MurmurHash3's 128-bit x64 variant, fed a sequence of parts, each
 * preceded by its length so that no two sequences run together into the same bytes. Texts go in as
 * their UTF-16 code units, without being encoded first.
 *
 * <p>Not a cryptographic hash, on purpose: a key must tell apart inputs that really differ, not resist
 * someone who forges a collision (whoever can write the inputs can write the memo too), and a build
 * hashes several megabytes of page models on a cold JVM, where SHA-256 ran at a quarter of this speed
 * and took the largest single share of a rebuild's time (bench/RESULTS.md, "Build time").
 */
final class KeyHash {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    /** Characters of a text hashed at a time, a multiple of 8 (a block). */
    private static final int CHUNK = 1024;

    private final byte[] block = new byte[16];
    private char[] chars;
    private int filled;
    private long length;
    private long h1;
    private long h2;

    /** Adds one part: these bytes. */
    KeyHash add(byte[] bytes) {
        addLength(bytes.length);
        int i = 0;
        while (filled != 0 && i < bytes.length) {
            put(bytes[i++]);
        }
        // Whole blocks straight from the array, read as longs in bulk: the loop runs interpreted for
        // its first thousands of turns, which then cost a fraction of reading each byte.
        int blocks = (bytes.length - i) / 16;
        if (blocks > 0) {
            long[] longs = new long[2 * blocks];
            ByteBuffer.wrap(bytes, i, 16 * blocks).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(longs);
            for (int k = 0; k < longs.length; k += 2) {
                mix(longs[k], longs[k + 1]);
            }
            length += 16L * blocks;
            i += 16 * blocks;
        }
        while (i < bytes.length) {
            put(bytes[i++]);
        }
        return this;
    }

    /** Adds one part: the UTF-16 code units of this text. */
    KeyHash add(CharSequence text) {
        int n = text.length();
        addLength(n);
        int i = 0;
        while (filled != 0 && i < n) {
            putChar(text.charAt(i++));
        }
        if (text instanceof String string) {
            // Whole blocks from chunks of the text copied out at once: charAt, a call per character, was most
            // of the time of hashing the input files in a rebuild of serve (under the launcher's C1 compiler).
            while (i + 8 <= n) {
                int end = i + Math.min(CHUNK, (n - i) / 8 * 8);
                if (chars == null) {
                    chars = new char[CHUNK];
                }
                string.getChars(i, end, chars, 0);
                for (int c = 0; c < end - i; c += 8) {
                    mix(chars[c] | (long) chars[c + 1] << 16 | (long) chars[c + 2] << 32 | (long) chars[c + 3] << 48,
                            chars[c + 4] | (long) chars[c + 5] << 16 | (long) chars[c + 6] << 32 | (long) chars[c + 7] << 48);
                }
                length += 2L * (end - i);
                i = end;
            }
        }
        for (; i + 8 <= n; i += 8) {
            long k1 = text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48;
            long k2 = text.charAt(i + 4) | (long) text.charAt(i + 5) << 16 | (long) text.charAt(i + 6) << 32
                    | (long) text.charAt(i + 7) << 48;
            mix(k1, k2);
            length += 16;
        }
        while (i < n) {
            putChar(text.charAt(i++));
        }
        return this;
    }

    /** The hash of everything added, as 32 hex digits; the hash takes nothing more after this. */
    String hex() {
        long k1 = 0;
        long k2 = 0;
        for (int i = filled - 1; i >= 8; i--) {
            k2 = k2 << 8 | (block[i] & 0xffL);
        }
        for (int i = Math.min(filled, 8) - 1; i >= 0; i--) {
            k1 = k1 << 8 | (block[i] & 0xffL);
        }
        if (filled > 8) {
            k2 *= C2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= C1;
            h2 ^= k2;
        }
        if (filled > 0) {
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            h1 ^= k1;
        }
        length += filled;
        filled = 0;
        long a = h1 ^ length;
        long b = h2 ^ length;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (a >>> (8 * i));
            out[8 + i] = (byte) (b >>> (8 * i));
        }
        return HexFormat.of().formatHex(out);
    }

    private void addLength(long n) {
        for (int i = 0; i < 8; i++) {
            put((byte) (n >>> (8 * i)));
        }
    }

    private void putChar(char c) {
        put((byte) c);
        put((byte) (c >>> 8));
    }

    private void put(byte b) {
        block[filled++] = b;
        if (filled == 16) {
            mix(longAt(block, 0), longAt(block, 8));
            length += 16;
            filled = 0;
        }
    }

    private void mix(long k1, long k2) {
        k1 *= C1;
        k1 = Long.rotateLeft(k1, 31);
        k1 *= C2;
        h1 ^= k1;
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        k2 *= C2;
        k2 = Long.rotateLeft(k2, 33);
        k2 *= C1;
        h2 ^= k2;
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    private static long longAt(byte[] b, int i) {
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48
                | (b[i + 7] & 0xffL) << 56;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
