package plansite.memo;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records of the generator (and the texts, numbers, dates, bytes, lists, sets and maps in them) as bytes,
 * for the memo. Only classes of the generator itself are ever made from bytes; bytes written
 * by another version of a record read as nothing. Lists, maps and sets come back unmodifiable, in the
 * order they were written (a list may hold nulls, as it was written); a record's own constructor makes it
 * again, with whatever it checks or copies.
 */
public final class RecordCodec {
    private static final int VERSION = 1;
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte LONG = 3;
    private static final byte BOOLEAN = 4;
    private static final byte DECIMAL = 5;
    private static final byte DATE = 6;
    private static final byte LIST = 7;
    private static final byte MAP = 8;
    private static final byte SET = 9;
    private static final byte RECORD = 10;
    private static final byte ENUM = 11;
    private static final byte ARRAY = 12;
    private static final byte DOUBLE = 13;
    private static final byte BYTES = 14;

    /** Per record class: its components and canonical constructor, found once. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor, String signature) {}

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private RecordCodec() {}

    /** The bytes of {@code value}; fails with {@link IllegalArgumentException} on a type it does not know. */
    public static byte[] encode(Object value) {
        return encode(value, Integer.MAX_VALUE).orElseThrow();
    }

    /**
     * The bytes of {@code value}, or empty as soon as they would pass {@code limit} bytes: a large
     * edition's one-page model runs to tens of megabytes, which need not be held twice to learn that.
     */
    public static Optional<byte[]> encode(Object value, int limit) {
        Bytes out = new Bytes(limit);
        try {
            out.writeInt(VERSION);
            new Writer(out).write(value);
        } catch (Bytes.Full e) {
            return Optional.empty();
        }
        return Optional.of(out.toByteArray());
    }

    /**
     * Bytes in the layout of {@link DataOutputStream}, which {@link DataInputStream} reads back, written
     * straight into an array that stops at a limit: the stream and its synchronized array, a call and a
     * lock per byte, were a fifth of the time of encoding a page's model for its key.
     */
    private static final class Bytes {
        private static final class Full extends RuntimeException {
            Full() {
                super(null, null, false, false);
            }
        }

        private final int limit;
        private byte[] buf = new byte[8192];
        private int count;

        Bytes(int limit) {
            this.limit = limit;
        }

        void writeByte(int b) {
            room(1);
            buf[count++] = (byte) b;
        }

        void writeBoolean(boolean b) {
            writeByte(b ? 1 : 0);
        }

        void writeInt(int v) {
            room(4);
            buf[count] = (byte) (v >>> 24);
            buf[count + 1] = (byte) (v >>> 16);
            buf[count + 2] = (byte) (v >>> 8);
            buf[count + 3] = (byte) v;
            count += 4;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void writeDouble(double v) {
            writeLong(Double.doubleToLongBits(v));
        }

        void write(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, buf, count, b.length);
            count += b.length;
        }

        private void room(int len) {
            if (len > limit - count) {
                throw new Full();
            }
            if (len > buf.length - count) {
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8,
                        Math.max((long) buf.length * 2, (long) count + len)));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, count);
        }
    }

    /** The value of {@code type} in {@code bytes}, or empty when they are not what this version wrote. */
    public static <T> Optional<T> decode(byte[] bytes, Class<T> type) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != VERSION) {
                return Optional.empty();
            }
            Object value = new Reader(in).read();
            return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            StringBuilder signature = new StringBuilder(t.getName());
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                signature.append(' ').append(components[i].getName()).append(':').append(types[i].getName());
                components[i].getAccessor().setAccessible(true);
            }
            try {
                Constructor<?> c = t.getDeclaredConstructor(types);
                c.setAccessible(true);
                return new Shape(components, c, signature.toString());
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(e);
            }
        });
    }

    private static boolean ours(String className) {
        return className.startsWith("plansite.");
    }

    private static final class Writer {
        private final Bytes out;
        /** Classes written so far: later uses write their number, not their name. */
        private final Map<Class<?>, Integer> classes = new HashMap<>();

        Writer(Bytes out) {
            this.out = out;
        }

        void write(Object v) {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                out.writeByte(STRING);
                text(s);
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (v instanceof Boolean b) {
                out.writeByte(BOOLEAN);
                out.writeBoolean(b);
            } else if (v instanceof BigDecimal d) {
                out.writeByte(DECIMAL);
                text(d.toString());
            } else if (v instanceof LocalDate d) {
                out.writeByte(DATE);
                text(d.toString());
            } else if (v instanceof byte[] bytes) {
                out.writeByte(BYTES);
                out.writeInt(bytes.length);
                out.write(bytes);
            } else if (v instanceof List<?> list) {
                out.writeByte(LIST);
                items(list);
            } else if (v instanceof Object[] array && ours(array.getClass().getComponentType().getName())) {
                out.writeByte(ARRAY);
                Class<?> component = array.getClass().getComponentType();
                type(component, component.isRecord() ? shape(component).signature() : component.getName());
                items(Arrays.asList(array));
            } else if (v instanceof Set<?> set) {
                out.writeByte(SET);
                items(inFixedOrder(set, set instanceof java.util.SortedSet<?> || set instanceof LinkedHashSet<?>));
            } else if (v instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Object key : inFixedOrder(map.keySet(), map instanceof java.util.SortedMap<?, ?>
                        || map instanceof LinkedHashMap<?, ?>)) {
                    write(key);
                    write(map.get(key));
                }
            } else if (v instanceof Enum<?> e && ours(e.getDeclaringClass().getName())) {
                out.writeByte(ENUM);
                type(e.getDeclaringClass(), e.getDeclaringClass().getName());
                text(e.name());
            } else if (v instanceof Record r && ours(r.getClass().getName())) {
                out.writeByte(RECORD);
                Shape shape = shape(r.getClass());
                type(r.getClass(), shape.signature());
                for (RecordComponent c : shape.components()) {
                    try {
                        write(c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalArgumentException(e);
                    }
                }
            } else {
                throw new IllegalArgumentException("cannot keep a " + v.getClass().getName() + " in the memo");
            }
        }

        /**
         * The elements in an order that is the same in every run: as they are when {@code ordered} (a
         * LinkedHashSet or sorted set, the keys of such a map), sorted otherwise when they can be.
         * {@code Set.of} and {@code Map.of} change their order from one JVM run to the next, and equal
         * values must give equal bytes (they are also the memo's keys).
         */
        private static java.util.Collection<?> inFixedOrder(Set<?> items, boolean ordered) {
            if (ordered || items.size() < 2) {
                return items;
            }
            List<Object> sorted = new ArrayList<>(items);
            try {
                sorted.sort(null);
            } catch (ClassCastException e) {
                return items;
            }
            return sorted;
        }

        private void items(java.util.Collection<?> items) {
            out.writeInt(items.size());
            for (Object o : items) {
                write(o);
            }
        }

        /** A class by number once it has been named; the name carries the record's shape, so a changed record reads as nothing. */
        private void type(Class<?> c, String description) {
            Integer n = classes.get(c);
            if (n != null) {
                out.writeInt(n);
                return;
            }
            out.writeInt(-1);
            text(description);
            classes.put(c, classes.size());
        }

        private void text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<Class<?>> classes = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object read() throws IOException, ReflectiveOperationException {
            byte tag = in.readByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return text();
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case BOOLEAN:
                    return in.readBoolean();
                case DOUBLE:
                    return in.readDouble();
                case DECIMAL:
                    return new BigDecimal(text());
                case DATE:
                    return LocalDate.parse(text());
                case BYTES: {
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    return bytes;
                }
                case LIST: {
                    Object[] items = new Object[in.readInt()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = read();
                    }
                    return Collections.unmodifiableList(Arrays.asList(items));
                }
                case SET: {
                    int n = in.readInt();
                    Set<Object> set = new LinkedHashSet<>();
                    for (int i = 0; i < n; i++) {
                        set.add(read());
                    }
                    return Collections.unmodifiableSet(set);
                }
                case MAP: {
                    int n = in.readInt();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        map.put(read(), read());
                    }
                    return Collections.unmodifiableMap(map);
                }
                case ENUM: {
                    Class<?> c = type(false);
                    String name = text();
                    for (Object constant : c.getEnumConstants()) {
                        if (((Enum<?>) constant).name().equals(name)) {
                            return constant;
                        }
                    }
                    throw new IOException("no constant " + name + " in " + c.getName());
                }
                case ARRAY: {
                    Class<?> component = type(null);
                    Object[] array = (Object[]) java.lang.reflect.Array.newInstance(component, in.readInt());
                    for (int i = 0; i < array.length; i++) {
                        array[i] = read();
                    }
                    return array;
                }
                case RECORD: {
                    Shape shape = shape(type(true));
                    Object[] args = new Object[shape.components().length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = read();
                    }
                    return shape.constructor().newInstance(args);
                }
                default:
                    throw new IOException("unknown tag " + tag);
            }
        }

        /** A class as {@link Writer#type} wrote it; {@code record}: must be a record (true), must not (false), either (null). */
        private Class<?> type(Boolean record) throws IOException, ClassNotFoundException {
            int n = in.readInt();
            if (n >= 0) {
                return classes.get(n);
            }
            String description = text();
            int space = description.indexOf(' ');
            String name = space < 0 ? description : description.substring(0, space);
            if (!ours(name)) {
                throw new IOException("not a class of the generator: " + name);
            }
            Class<?> c = Class.forName(name, false, RecordCodec.class.getClassLoader());
            if (record != null && record != c.isRecord()) {
                throw new IOException("not what was kept: " + name);
            }
            if (c.isRecord() && !shape(c).signature().equals(description)) {
                throw new IOException("the record " + name + " has changed since it was kept");
            }
            classes.add(c);
            return c;
        }

        private String text() throws IOException {
            return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        }
    }
}
