package plansite.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class XlsxTablesTest {
    @Test
    void aZipsEntriesAreReadFromItsBytesInTheirOrderStoredOrDeflated() throws IOException {
        byte[] stored = "stored 表".getBytes(StandardCharsets.UTF_8);
        byte[] deflated = "deflated ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("z/deflated.xml"));
            zip.write(deflated);
            ZipEntry entry = new ZipEntry("a/表.txt");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(stored.length);
            CRC32 crc = new CRC32();
            crc.update(stored);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(stored);
            zip.putNextEntry(new ZipEntry("empty"));
        }
        Map<String, byte[]> entries = XlsxTables.entries(bytes.toByteArray());
        assertEquals(List.of("z/deflated.xml", "a/表.txt", "empty"), List.copyOf(entries.keySet()));
        assertArrayEquals(deflated, entries.get("z/deflated.xml"));
        assertArrayEquals(stored, entries.get("a/表.txt"));
        assertEquals(0, entries.get("empty").length);
    }

    @Test
    void bytesThatAreNotAZipSaySo() {
        IOException e = assertThrows(IOException.class, () -> XlsxTables.entries(new byte[40]));
        assertEquals("not a zip: no end of central directory", e.getMessage());
    }
}
