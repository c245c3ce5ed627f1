package plansite.memo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
    enum Kind { ONE, TWO }

    record Point(double x, double y) {}

    record Everything(String text, int count, Long big, boolean flag, BigDecimal value, LocalDate date, Kind kind,
            List<Point> points, Map<String, Object> byName, Set<String> names, Point[] array, String missing) {}

    @Test
    void aRecordOfEveryKnownKindComesBackEqual() {
        Map<String, Object> byName = new LinkedHashMap<>();
        byName.put("b", List.of(1, 2));
        byName.put("a", "x");
        Point[] array = {new Point(1, 2)};
        Everything e = new Everything("大同 <&>", 7, 1L << 40, true, new BigDecimal("100.00"), LocalDate.of(2023, 7, 10),
                Kind.TWO, List.of(new Point(113.5, 40.1), new Point(-0.0, 1e-9)), byName, Set.of("z"), array, null);

        Everything back = RecordCodec.decode(RecordCodec.encode(e), Everything.class).orElseThrow();

        assertArrayEquals(array, back.array());
        assertEquals(e, new Everything(back.text(), back.count(), back.big(), back.flag(), back.value(), back.date(),
                back.kind(), back.points(), back.byName(), back.names(), array, back.missing()));
        assertEquals("100.00", back.value().toString());
        assertEquals(List.of("b", "a"), List.copyOf(back.byName().keySet()));
    }

    record File(String name, byte[] bytes) {}

    @Test
    void bytesComeBackWithTheSameContent() {
        byte[] bytes = {0, (byte) 0xE5, 0x10, -1};
        File back = RecordCodec.decode(RecordCodec.encode(new File("a.geojson", bytes)), File.class).orElseThrow();
        assertEquals("a.geojson", back.name());
        assertArrayEquals(bytes, back.bytes());
    }

    @Test
    void equalMapsAndSetsGiveEqualBytesWhateverOrderTheyIterateIn() {
        Map<String, Object> unordered = Map.of("page", "p", "catalogue", List.of(1), "maps", Set.of("b", "a", "c"));
        Map<String, Object> other = new java.util.HashMap<>();
        other.put("maps", new java.util.HashSet<>(List.of("c", "a", "b")));
        other.put("catalogue", List.of(1));
        other.put("page", "p");
        assertArrayEquals(RecordCodec.encode(unordered), RecordCodec.encode(other));
    }

    @Test
    void anOrderedMapKeepsItsOrder() {
        Map<String, Integer> written = new LinkedHashMap<>();
        written.put("zh", 1);
        written.put("en", 2);
        Map<String, Integer> reversed = new LinkedHashMap<>();
        reversed.put("en", 2);
        reversed.put("zh", 1);
        assertFalse(Arrays.equals(RecordCodec.encode(written), RecordCodec.encode(reversed)));
        record Holder(Map<String, Integer> texts) {}
        assertEquals(List.of("zh", "en"), List.copyOf(RecordCodec.decode(RecordCodec.encode(new Holder(written)),
                Holder.class).orElseThrow().texts().keySet()));
    }

    record Containers(List<String> names, Map<String, List<Integer>> byName, Set<String> codes) {}

    @Test
    void listsMapsAndSetsComeBackUnmodifiableInTheOrderTheyWereWritten() {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        byName.put("zh", new java.util.ArrayList<>(List.of(2, 1)));
        byName.put("en", new java.util.ArrayList<>(List.of(3)));
        Containers written = new Containers(new java.util.ArrayList<>(Arrays.asList("b", null, "a")), byName,
                new java.util.LinkedHashSet<>(List.of("z", "a")));

        Containers back = RecordCodec.decode(RecordCodec.encode(written), Containers.class).orElseThrow();

        assertEquals(written, back);
        assertEquals(Arrays.asList("b", null, "a"), back.names());
        assertEquals(List.of("zh", "en"), List.copyOf(back.byName().keySet()));
        assertEquals(List.of("z", "a"), List.copyOf(back.codes()));
        assertThrows(UnsupportedOperationException.class, () -> back.names().add("c"));
        assertThrows(UnsupportedOperationException.class, () -> back.names().set(0, "c"));
        assertThrows(UnsupportedOperationException.class, () -> back.byName().put("fr", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> back.byName().get("zh").add(4));
        assertThrows(UnsupportedOperationException.class, () -> back.codes().add("c"));
    }

    @Test
    void aTypeItDoesNotKnowIsRefusedWhenWritten() {
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.encode(List.of(new Object())));
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.encode(new StringBuilder("x")));
    }

    @Test
    void bytesCutShortOrOfAnotherTypeReadAsNothing() {
        byte[] bytes = RecordCodec.encode(new Point(1, 2));
        assertTrue(RecordCodec.decode(Arrays.copyOf(bytes, bytes.length - 3), Point.class).isEmpty());
        assertTrue(RecordCodec.decode(bytes, Everything.class).isEmpty());
        bytes[3]++;
        assertTrue(RecordCodec.decode(bytes, Point.class).isEmpty());
    }

    @Test
    void anEncodingThatWouldPassTheLimitStopsThereAndGivesNothing() {
        Point p = new Point(1, 2);
        byte[] whole = RecordCodec.encode(p);
        assertArrayEquals(whole, RecordCodec.encode(p, whole.length).orElseThrow());
        assertTrue(RecordCodec.encode(p, whole.length - 1).isEmpty());
        assertTrue(RecordCodec.encode(List.of("长".repeat(100_000)), 1 << 10).isEmpty());
    }
}
