package plansite.load;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import plansite.diag.Diagnostic;
import plansite.diag.Diagnostics;
import plansite.memo.Fingerprint;
import plansite.memo.Memo;

/**
 * How the load phase may take a file's parse from earlier work. A parse (one YAML document bound to
 * its record, one chapter, the boundaries) is a plain function of what its fingerprint names; the
 * driver passes its memo here, so that the loaders need not know whether or where anything is kept.
 */
public interface Reuse {
    /** The parse that {@code key} fingerprints: from earlier work, or {@code parse}'s now. */
    <T> Parse<T> parse(Fingerprint key, Supplier<Parse<T>> parse);

    /** A file's parse: what it made (null when it failed) and every message it gave. */
    record Parse<T>(T value, List<Diagnostic> messages) {
        public Parse {
            messages = List.copyOf(messages);
        }
    }

    /** Parses kept in {@code memo} (kind {@code parse}), made anew where it has none. */
    static Reuse through(Memo memo) {
        return new Reuse() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Parse<T> parse(Fingerprint key, Supplier<Parse<T>> parse) {
                return memo.get("parse", key, Memo.record((Class<Parse<T>>) (Class<?>) Parse.class), parse);
            }
        };
    }

    /** Every parse made anew. */
    Reuse NONE = new Reuse() {
        @Override
        public <T> Parse<T> parse(Fingerprint key, Supplier<Parse<T>> parse) {
            return parse.get();
        }
    };

    /** {@code make}'s value under {@code key}, its messages added to {@code diags} whether made now or before. */
    default <T> Optional<T> parse(Fingerprint key, Diagnostics diags, Function<Diagnostics, Optional<T>> make) {
        Parse<T> p = parse(key, () -> {
            Diagnostics own = new Diagnostics();
            T value = make.apply(own).orElse(null);
            return new Parse<>(value, own.all());
        });
        diags.addAll(Diagnostics.of(p.messages()));
        return Optional.ofNullable(p.value());
    }
}
