package plansite.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plansite.FixtureSite;

/**
 * data/geo/datong-counties.geojson is valid GeoJSON (RFC 7946) with Datong's ten current county-level
 * divisions, and lies where the plan says the city lies: E112°34′–114°34′, N39°03′–40°44′.
 */
class CountyBoundariesTest {
    static final Map<String, String> COUNTIES = Map.of("140212", "新荣区", "140213", "平城区", "140214", "云冈区",
            "140215", "云州区", "140221", "阳高县", "140222", "天镇县", "140223", "广灵县", "140224", "灵丘县",
            "140225", "浑源县", "140226", "左云县");

    // The plan states the extent to whole arc-minutes; the outline, an OpenStreetMap derivative whose
    // lines lie a median 140 m from an independent source, reaches 39°02.91′ and 40°44.71′. One arc-minute
    // (under 1.9 km) of tolerance on each side covers that stating and that accuracy, and nothing more: a
    // county from a neighbouring city, or coordinates in the wrong order, would fall far outside.
    static final double TOLERANCE = 1.0 / 60;
    static final double WEST = 112 + 34.0 / 60;
    static final double EAST = 114 + 34.0 / 60;
    static final double SOUTH = 39 + 3.0 / 60;
    static final double NORTH = 40 + 44.0 / 60;

    static JsonNode geo;

    @BeforeAll
    static void read() throws IOException {
        geo = new ObjectMapper().readTree(FixtureSite.repo().resolve("data/geo/datong-counties.geojson").toFile());
    }

    @Test
    void isAFeatureCollectionOfTheTenCountiesWithTheirCodesAndNames() {
        assertEquals("FeatureCollection", geo.get("type").asText());
        Map<String, String> found = new TreeMap<>();
        for (JsonNode f : geo.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            JsonNode p = f.get("properties");
            found.put(p.get("adcode").asText(), p.get("name_zh").asText());
            assertTrue(p.get("name_en").asText().matches("[A-Z][a-z]+ (District|County)"), p.toString());
        }
        assertEquals(new TreeMap<>(COUNTIES), found);
    }

    @Test
    void everyOutlineIsAClosedCounterClockwisePolygon() {
        for (JsonNode f : geo.get("features")) {
            String code = f.get("properties").get("adcode").asText();
            JsonNode g = f.get("geometry");
            assertEquals("Polygon", g.get("type").asText(), code);
            JsonNode rings = g.get("coordinates");
            for (int i = 0; i < rings.size(); i++) {
                JsonNode ring = rings.get(i);
                assertTrue(ring.size() >= 4, code + ": a ring has at least four positions");
                assertEquals(ring.get(0), ring.get(ring.size() - 1), code + ": a ring ends where it starts");
                double area = signedArea(ring);
                // RFC 7946 §3.1.6: exterior rings counter-clockwise (positive area), holes clockwise.
                assertTrue(i == 0 ? area > 0 : area < 0, code + " ring " + i + " winding");
            }
        }
    }

    @Test
    void liesInsideThePlansStatedExtentAndReachesEachOfItsSides() {
        double west = 180;
        double east = -180;
        double south = 90;
        double north = -90;
        for (JsonNode f : geo.get("features")) {
            for (JsonNode ring : f.get("geometry").get("coordinates")) {
                for (JsonNode p : ring) {
                    west = Math.min(west, p.get(0).asDouble());
                    east = Math.max(east, p.get(0).asDouble());
                    south = Math.min(south, p.get(1).asDouble());
                    north = Math.max(north, p.get(1).asDouble());
                }
            }
        }
        String extent = "E " + west + "–" + east + ", N " + south + "–" + north;
        assertTrue(Math.abs(west - WEST) <= TOLERANCE, "west edge: " + extent);
        assertTrue(Math.abs(east - EAST) <= TOLERANCE, "east edge: " + extent);
        assertTrue(Math.abs(south - SOUTH) <= TOLERANCE, "south edge: " + extent);
        assertTrue(Math.abs(north - NORTH) <= TOLERANCE, "north edge: " + extent);
    }

    /** Twice the signed planar area of a ring (shoelace); positive when counter-clockwise. */
    private static double signedArea(JsonNode ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        return sum;
    }
}
