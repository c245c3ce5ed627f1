package plansite.memo;

import java.util.Optional;

/**
 * What a value is made from, in 32 hex digits: the hash of typed parts, each with its length, so
 * that no two sequences of parts run together. Only texts, bytes, numbers, other fingerprints and
 * records (by the bytes {@link RecordCodec} writes for every component) go in, never an object's
 * {@code toString}, which may leave a field out.
 */
public record Fingerprint(String hex) {
    /** A fingerprint of nothing but {@code kind}'s parts, added to the builder. */
    public static Builder of(String kind) {
        return new Builder().text(kind);
    }

    /** Adds parts in order; {@link #build} ends it. */
    public static final class Builder {
        private final KeyHash hash = new KeyHash();

        private Builder() {}

        /** Adds a text; null is a part of its own, unlike any text. */
        public Builder text(String text) {
            hash.add(text == null ? "\u0000null\u0000" : text);
            return this;
        }

        public Builder bytes(byte[] bytes) {
            hash.add(bytes);
            return this;
        }

        public Builder number(long n) {
            hash.add(Long.toString(n));
            return this;
        }

        public Builder fingerprint(Fingerprint f) {
            hash.add(f.hex());
            return this;
        }

        /**
         * Adds a value of the model (a record, or a list or map of them) by the bytes the codec writes
         * for it; empty when they would pass {@code limit} bytes or the value holds a type the codec does
         * not write: such a value has no fingerprint, and what is made from it is made anew each time.
         */
        public Optional<Builder> value(Object value, int limit) {
            try {
                return RecordCodec.encode(value, limit).map(this::bytes);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        public Fingerprint build() {
            return new Fingerprint(hash.hex());
        }
    }
}
