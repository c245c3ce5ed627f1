package plansite.memo;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The one way a build reuses earlier work: a phase's result, kept under the {@link Fingerprint} of
 * everything it is made from and of the generator that made it. The driver wraps a phase in
 * {@link #get}; the phase itself stays a plain function of its inputs. On disk for {@code build}
 * ({@code target/plansite-cache/}), in memory for {@code serve}; at the end of a build, entries it did
 * not use are dropped. A memo that cannot be trusted is off, and says why ({@link #offReason}); one that
 * fails to read or write an entry makes the value anew and says so ({@link #problems}): the memo
 * changes how fast a build is, never what it writes.
 */
public final class Memo {
    /** How a kind of value is kept on disk. */
    public interface Codec<V> {
        void write(V value, OutputStream out) throws IOException;

        /** The value these bytes hold; empty when they are not of this codec (another version's). */
        Optional<V> read(byte[] bytes);
    }

    /** Bytes kept as they are. */
    public static final Codec<byte[]> BYTES = new Codec<>() {
        public void write(byte[] value, OutputStream out) throws IOException {
            out.write(value);
        }

        public Optional<byte[]> read(byte[] bytes) {
            return Optional.of(bytes);
        }
    };

    /** Texts in order. */
    public static final Codec<List<String>> TEXTS = new Codec<>() {
        public void write(List<String> value, OutputStream out) throws IOException {
            out.write(RecordCodec.encode(value));
        }

        @SuppressWarnings("unchecked")
        public Optional<List<String>> read(byte[] bytes) {
            return RecordCodec.decode(bytes, List.class).map(l -> (List<String>) l);
        }
    };

    /**
     * Files by name, in name order, written one after another as they are (a large edition's downloads
     * run to hundreds of megabytes, which need not be copied into one array first).
     */
    public static final Codec<Map<String, byte[]>> FILES = new Codec<>() {
        private static final int MAGIC = 0x706c6631;

        public void write(Map<String, byte[]> value, OutputStream out) throws IOException {
            DataOutputStream data = new DataOutputStream(out);
            data.writeInt(MAGIC);
            data.writeInt(value.size());
            for (var f : new TreeMap<>(value).entrySet()) {
                data.writeUTF(f.getKey());
                data.writeInt(f.getValue().length);
                data.write(f.getValue());
            }
            data.flush();
        }

        public Optional<Map<String, byte[]>> read(byte[] bytes) {
            try {
                DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
                if (data.readInt() != MAGIC) {
                    return Optional.empty();
                }
                Map<String, byte[]> files = new TreeMap<>();
                for (int i = data.readInt(); i > 0; i--) {
                    String name = data.readUTF();
                    byte[] content = new byte[data.readInt()];
                    data.readFully(content);
                    files.put(name, content);
                }
                return data.available() == 0 ? Optional.of(Collections.unmodifiableMap(files)) : Optional.empty();
            } catch (IOException | NegativeArraySizeException e) {
                return Optional.empty();
            }
        }
    };

    /** A record of the generator, kept as the codec's bytes. */
    public static <R extends Record> Codec<R> record(Class<R> type) {
        return new Codec<>() {
            public void write(R value, OutputStream out) throws IOException {
                out.write(RecordCodec.encode(value));
            }

            public Optional<R> read(byte[] bytes) {
                return RecordCodec.decode(bytes, type);
            }
        };
    }

    /** Where entries are: a name per entry, made of its kind and its key. */
    interface Store {
        /** The entry's name in this store; empty when this key cannot be kept here. */
        Optional<Object> name(String kind, Fingerprint key);

        Optional<Object> read(Object name, Codec<?> codec);

        boolean has(Object name);

        void write(Object name, Object value, Codec<?> codec);

        void keepOnly(Set<Object> names);
    }

    private final Store store;
    private final String generator;
    private final String offReason;
    private final Set<Object> used = ConcurrentHashMap.newKeySet();
    private final List<String> problems = new ArrayList<>();

    /** On disk in {@code dir}; else in memory unless {@code offReason} says why there is no memo. */
    private Memo(Path dir, String generator, String offReason) {
        this.store = dir != null ? new PackStore(dir, generator, this::problem) : offReason == null ? new MemoryStore() : null;
        this.generator = generator;
        this.offReason = offReason;
    }

    /**
     * A memo in {@code dir} for the generator's jar, named by its size and time. From a folder of classes
     * (an IDE, the unit tests) a changed class would not change the name, so the memo is off.
     */
    public static Memo onDisk(Path dir) {
        Path code;
        try {
            code = Path.of(Memo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return off("the generator's own code could not be located (" + e.getMessage() + ")");
        }
        if (!Files.isRegularFile(code)) {
            return off("the generator runs from " + code + ", not from its jar, so a change to its code"
                    + " would not be seen");
        }
        try {
            return onDisk(dir, code.getFileName() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis());
        } catch (IOException e) {
            return off("cannot read " + code + ": " + e.getMessage());
        }
    }

    /** A memo in {@code dir} for a generator named {@code generator} (tests of the memo itself). */
    public static Memo onDisk(Path dir, String generator) {
        return new Memo(dir, generator, null);
    }

    /** A memo in this process's memory ({@code serve}): values are kept as they are, keys compared by value. */
    public static Memo inMemory() {
        return new Memo(null, "", null);
    }

    /** No memo: every phase makes its value; {@code why} is what {@link #offReason} says. */
    public static Memo off(String why) {
        return new Memo(null, "", java.util.Objects.requireNonNull(why));
    }

    /** Why the memo is off, or empty when it is on. */
    public Optional<String> offReason() {
        return Optional.ofNullable(offReason);
    }

    public boolean isOn() {
        return store != null;
    }

    /** Whether values are kept in this process's memory ({@code serve}), where small ones cost nothing to keep. */
    public boolean keepsInMemory() {
        return store instanceof MemoryStore;
    }

    /** Whether a value under {@code key} can be kept (on disk, a key whose values encode to at most 4 MB). */
    public boolean canKeep(String kind, Fingerprint key) {
        return store != null && store.name(kind, key).isPresent();
    }

    /** What went wrong with entries this build (each one was made anew); cleared by {@link #sweep}. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** The value of {@code kind} made from what {@code key} fingerprints: kept from before, else made now and kept. */
    public <V> V get(String kind, Fingerprint key, Codec<V> codec, Supplier<V> make) {
        Optional<V> kept = find(kind, key, codec);
        if (kept.isPresent()) {
            return kept.get();
        }
        V made = make.get();
        put(kind, key, codec, made);
        return made;
    }

    /** The value of {@code kind} kept under {@code key}, if any. */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> find(String kind, Fingerprint key, Codec<V> codec) {
        return used(kind, key).flatMap(name -> (Optional<V>) store.read(name, codec));
    }

    /** Whether a value of {@code kind} is kept under {@code key} (without reading it). */
    public boolean has(String kind, Fingerprint key) {
        return used(kind, key).map(store::has).orElse(false);
    }

    /** Keeps {@code value} as the value of {@code kind} under {@code key}. */
    public <V> void put(String kind, Fingerprint key, Codec<V> codec, V value) {
        used(kind, key).ifPresent(name -> store.write(name, value, codec));
    }

    /**
     * Keeps the bytes of {@code file} as the value of {@code kind} under {@code key}, copied file to file
     * (a value too large to hold in memory); on disk only.
     */
    public void putFile(String kind, Fingerprint key, Path file) {
        if (store instanceof PackStore disk) {
            used(kind, key).ifPresent(name -> disk.copy(name, file));
        }
    }

    /** Ends a build: drops the entries it did not use, so that the memo holds one build's worth. */
    public void sweep() {
        if (store != null) {
            store.keepOnly(Set.copyOf(used));
        }
        used.clear();
        synchronized (this) {
            problems.clear();
        }
    }

    private Optional<Object> used(String kind, Fingerprint key) {
        Optional<Object> name = store == null ? Optional.empty() : store.name(kind, key);
        name.ifPresent(used::add);
        return name;
    }

    private synchronized void problem(String what) {
        problems.add(what);
    }

    /**
     * An entry in memory is named by its kind and the hash of its key's parts other than values (for a
     * page: the templates, its path and template; so a key's texts must tell its entries apart, or they
     * take each other's place), and holds the key's values beside its value: a
     * read compares them by {@code equals}, which stops at once where a value is the very one of the
     * last build (a chapter reused by the load phase), instead of hashing every value of a page anew.
     */
    private record MemoryName(String kind, String parts) {}

    private record MemoryEntry(List<Object> values, Object value) {}

    private static final class MemoryStore implements Store {
        private final Map<MemoryName, MemoryEntry> entries = new ConcurrentHashMap<>();

        public Optional<Object> name(String kind, Fingerprint key) {
            return Optional.of(new Keyed(new MemoryName(kind, key.parts()), key.values()));
        }

        public Optional<Object> read(Object name, Codec<?> codec) {
            Keyed k = (Keyed) name;
            MemoryEntry e = entries.get(k.name());
            return e != null && e.values().equals(k.values()) ? Optional.of(e.value()) : Optional.empty();
        }

        public boolean has(Object name) {
            return read(name, null).isPresent();
        }

        public void write(Object name, Object value, Codec<?> codec) {
            Keyed k = (Keyed) name;
            entries.put(k.name(), new MemoryEntry(k.values(), value));
        }

        public void keepOnly(Set<Object> names) {
            Set<MemoryName> kept = new java.util.HashSet<>();
            names.forEach(n -> kept.add(((Keyed) n).name()));
            entries.keySet().retainAll(kept);
        }
    }

    /** A name in memory with the values to compare; as a member of the used set, only its name counts. */
    private static final class Keyed {
        private final MemoryName name;
        private final List<Object> values;

        Keyed(MemoryName name, List<Object> values) {
            this.name = name;
            this.values = values;
        }

        MemoryName name() {
            return name;
        }

        List<Object> values() {
            return values;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Keyed k && name.equals(k.name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }
}
