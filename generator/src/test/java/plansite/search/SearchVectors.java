package plansite.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import plansite.FixtureSite;

/** The shared test vectors of the Java and JavaScript tokenizers (test resources search/search-vectors.json). */
public final class SearchVectors {
    private SearchVectors() {}

    public static Path file() {
        return FixtureSite.repo().resolve("generator/src/test/resources/search/search-vectors.json");
    }

    public static JsonNode read() {
        try {
            return new ObjectMapper().readTree(file().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
