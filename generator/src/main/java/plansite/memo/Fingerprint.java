package plansite.memo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a value is made from: typed parts in order. Texts, bytes, numbers and other fingerprints are
 * hashed as they are added, each with its length, so that no two sequences run together; values of
 * the model (records, lists and maps of them) are kept as they are. In memory two fingerprints are
 * equal when their hashes are and their values are equal (records compare every component, and a
 * value shared with the last build compares at once); on disk a fingerprint is named by
 * {@link #hex}, which also hashes the bytes {@link RecordCodec} writes for its values. Never an
 * object's {@code toString}, which may leave a field out.
 */
public final class Fingerprint {
    /** Each value is encoded for its hash up to this many bytes (a large edition's one-page model is more). */
    static final int ENCODED_VALUES_LIMIT = 4 << 20;

    private final String parts;
    private final List<Object> values;
    private volatile Optional<String> hex;

    private Fingerprint(String parts, List<Object> values) {
        this.parts = parts;
        this.values = values;
    }

    /** The fingerprint whose {@link #hex} is {@code hex} (as a manifest names an entry it made). */
    public static Fingerprint ofHex(String hex) {
        return new Fingerprint(hex, List.of());
    }

    /** A fingerprint whose parts start with {@code kind}. */
    public static Builder of(String kind) {
        return new Builder().text(kind);
    }

    /**
     * The fingerprint as 32 hex digits, its values included (a fingerprint among them by its own hex);
     * empty when a value encodes to more than 4 MB or holds a type the codec does not write: then what is
     * made from it is not kept on disk.
     */
    public Optional<String> hex() {
        Optional<String> h = hex;
        if (h == null) {
            h = values.isEmpty() ? Optional.of(parts) : hashed();
            hex = h;
        }
        return h;
    }

    private Optional<String> hashed() {
        KeyHash hash = new KeyHash().add(parts);
        for (Object v : values) {
            Optional<String> part;
            if (v instanceof Fingerprint f) {
                part = f.hex();
            } else {
                try {
                    part = RecordCodec.encode(v, ENCODED_VALUES_LIMIT).map(bytes -> new KeyHash().add(bytes).hex());
                } catch (IllegalArgumentException e) {
                    part = Optional.empty();
                }
            }
            if (part.isEmpty()) {
                return Optional.empty();
            }
            hash.add(part.get());
        }
        return Optional.of(hash.hex());
    }

    /** The hash of the parts other than values. */
    String parts() {
        return parts;
    }

    /** The values of the model among the parts, in order. */
    List<Object> values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && parts.equals(f.parts) && values.equals(f.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts, values);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + parts + (values.isEmpty() ? "" : " + " + values.size() + " values") + "]";
    }

    /** Adds parts in order; {@link #build} ends it. */
    public static final class Builder {
        private final KeyHash hash = new KeyHash();
        private final List<Object> values = new ArrayList<>(1);

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

        /** Adds another fingerprint: its parts, or, when it holds values, the whole of it as a value. */
        public Builder fingerprint(Fingerprint f) {
            if (f.values.isEmpty()) {
                hash.add(f.parts);
            } else {
                values.add(f);
            }
            return this;
        }

        /** Adds a value of the model: a record, or a list or map of records and plain values. */
        public Builder value(Object value) {
            values.add(Objects.requireNonNull(value));
            return this;
        }

        public Fingerprint build() {
            return new Fingerprint(hash.hex(), List.copyOf(values));
        }
    }
}
