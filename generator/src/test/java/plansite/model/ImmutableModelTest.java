package plansite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plansite.FixtureSite;
import plansite.TestPlans;
import plansite.memo.Memo;

/**
 * The model is immutable by construction, not by convention: every list, map and set a record holds is
 * an unmodifiable copy of what it was given, in the plan as loaded, in the plan as read back from the
 * memo on disk, and for every record class of the model (found in the compiled classes, so a new record
 * is checked without being named here) and of the values made from it (the maps, the views).
 */
class ImmutableModelTest {
    @TempDir
    static Path cacheDir;

    static LoadedPlan parsed;
    static LoadedPlan cached;

    @BeforeAll
    static void load() throws Exception {
        parsed = TestPlans.load(FixtureSite.repo(), plansite.load.Reuse.through(Memo.onDisk(cacheDir, "test")));
        // A memo of its own, so that every file's parse is decoded from the disk, not taken from memory.
        cached = TestPlans.load(FixtureSite.repo(), plansite.load.Reuse.through(Memo.onDisk(cacheDir, "test")));
    }

    @Test
    void everyCollectionInTheLoadedPlanIsUnmodifiable() {
        assertEquals(List.of(), modifiable(parsed));
    }

    @Test
    void everyCollectionInThePlanReadFromTheMemoIsUnmodifiable() {
        assertEquals(List.of(), modifiable(cached));
    }

    @Test
    void everyRecordCopiesTheCollectionsItIsGiven() throws Exception {
        List<Class<?>> records = recordClasses();
        assertTrue(records.contains(SiteSettings.class) && records.contains(TableCheck.Total.class)
                && records.contains(Atlas.Feature.class), records.toString());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : records) {
            RecordComponent[] components = type.getRecordComponents();
            if (Stream.of(components).noneMatch(c -> isCollection(c.getType()))) {
                continue;
            }
            checked++;
            List<Object> given = new ArrayList<>();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = argument(components[i].getType(), components[i].getGenericType(), given);
            }
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            Object made = constructor.newInstance(args);
            Map<String, String> found = new LinkedHashMap<>();
            walk(made, type.getSimpleName(), type.getSimpleName(), found, new IdentityHashMap<>());
            problems.addAll(found.keySet());
            String before = made.toString();
            given.forEach(ImmutableModelTest::change);
            if (!before.equals(made.toString())) {
                problems.add(type.getName() + ": changes with the collections it was made from");
            }
        }
        assertTrue(checked >= 20, "records with collections checked: " + checked);
        assertEquals(List.of(), problems);
    }

    /**
     * Where the plan and its maps hold a collection that can be changed: the record component, the
     * collection's class, and the first place it was found.
     */
    private static List<String> modifiable(LoadedPlan loaded) {
        Map<String, String> found = new LinkedHashMap<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        walk(loaded.plan(), "Plan", "Plan", found, seen);
        walk(loaded.atlas().orElseThrow(), "Atlas", "Atlas", found, seen);
        return found.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }

    /** Walks {@code value}, found at {@code path} in {@code component}, and every value in it. */
    private static void walk(Object value, String path, String component, Map<String, String> found,
            Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Record r) {
            Class<?> t = r.getClass();
            String type = t.getName().substring(t.getPackageName().length() + 1).replace('$', '.');
            for (RecordComponent c : t.getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    walk(c.getAccessor().invoke(r), path + "." + c.getName(), type + "." + c.getName(), found, seen);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(path + "." + c.getName(), e);
                }
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, path, component, found, seen));
        } else if (value instanceof Map<?, ?> m) {
            if (canChange(m)) {
                found.putIfAbsent(component + ": " + m.getClass().getName(), path);
            }
            List.copyOf(m.entrySet()).forEach(e -> {
                walk(e.getKey(), path + ".key", component + ".key", found, seen);
                walk(e.getValue(), path + "[" + e.getKey() + "]", component + "[]", found, seen);
            });
        } else if (value instanceof Collection<?> c) {
            if (canChange(c)) {
                found.putIfAbsent(component + ": " + c.getClass().getName(), path);
            }
            int i = 0;
            for (Object o : new ArrayList<>(c)) {
                walk(o, path + "[" + i++ + "]", component + "[]", found, seen);
            }
        }
    }

    /** Whether a change is accepted (or refused for another reason than that the collection cannot change). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean canChange(Object collection) {
        try {
            if (collection instanceof Map m) {
                m.replaceAll((k, v) -> v);
                m.put(null, null);
            } else if (collection instanceof List l) {
                if (!l.isEmpty()) {
                    l.set(0, l.get(0));
                }
                l.add(null);
            } else {
                ((Collection) collection).add(null);
            }
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (RuntimeException e) {
            return true;
        }
        return true;
    }

    private static boolean isCollection(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    /**
     * A value for a component: a changeable collection (holding an empty changeable one when its elements
     * are collections), remembered in {@code given}; a number, false or null otherwise.
     */
    private static Object argument(Class<?> type, Type generic, List<Object> given) {
        if (type.isPrimitive()) {
            return type == boolean.class ? false : type == int.class ? 0 : type == long.class ? 0L
                    : type == double.class ? 0.0 : type == char.class ? (Object) 'x' : (Object) (byte) 0;
        }
        Type[] params = generic instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
        Object made;
        if (Map.class.isAssignableFrom(type)) {
            Map<Object, Object> map = SortedMap.class.isAssignableFrom(type) ? new TreeMap<>() : new LinkedHashMap<>();
            if (params.length == 2 && params[0] == String.class && isCollection(raw(params[1]))) {
                map.put("key", argument(raw(params[1]), params[1], given));
            }
            made = map;
        } else if (Collection.class.isAssignableFrom(type)) {
            Collection<Object> items = Set.class.isAssignableFrom(type) ? new LinkedHashSet<>() : new ArrayList<>();
            if (params.length == 1 && isCollection(raw(params[0]))) {
                items.add(argument(raw(params[0]), params[0], given));
            }
            made = items;
        } else {
            return null;
        }
        given.add(made);
        return made;
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : t instanceof Class<?> c ? c : Object.class;
    }

    @SuppressWarnings("unchecked")
    private static void change(Object collection) {
        if (collection instanceof TreeMap<?, ?> m) {
            ((Map<Object, Object>) m).put("zz", null);
        } else if (collection instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(null, null);
        } else {
            ((Collection<Object>) collection).add(null);
        }
    }

    /**
     * Every record class compiled into plansite/model, and those of the values made from the model: the
     * maps' atlas, the templates' views, the search index.
     */
    static List<Class<?>> recordClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Plan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes.resolve("plansite/model"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.equals("package-info.class")) {
                    Class<?> c = Class.forName("plansite.model." + name.substring(0, name.length() - 6));
                    if (c.isRecord()) {
                        out.add(c);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (String holder : List.of("plansite.render.Views", "plansite.render.MapPages")) {
            Stream.of(Class.forName(holder).getDeclaredClasses()).filter(Class::isRecord)
                    .sorted(java.util.Comparator.comparing(Class::getName)).forEach(out::add);
        }
        out.add(plansite.search.SearchIndex.class);
        return out;
    }
}
