package plansite.load;

import com.fasterxml.jackson.databind.JsonNode;
import plansite.diag.Diagnostics;
import plansite.diag.SourcePos;

/**
 * Checks a GeoJSON geometry (RFC 7946) the maps can draw, a Polygon or a MultiPolygon of longitude,
 * latitude positions with closed rings, and writes it back as compact JSON for the site's map data.
 */
final class GeoJsonGeometry {
    private GeoJsonGeometry() {}

    /** The geometry as compact JSON, or null (with an error at {@code pos}) when it is not drawable. */
    static String check(String type, JsonNode coordinates, SourcePos pos, Diagnostics diags) {
        if (type == null || coordinates == null) {
            diags.error(pos, "missing geometry: expected {\"type\": \"Polygon\" or \"MultiPolygon\", \"coordinates\": …}");
            return null;
        }
        String problem = switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> multiPolygon(coordinates);
            default -> "geometry type '" + type + "' cannot be drawn as an area; expected Polygon or MultiPolygon";
        };
        if (problem != null) {
            diags.error(pos, problem);
            return null;
        }
        // The type is one of the two names above; a JsonNode's text is its compact JSON.
        return "{\"type\":\"" + type + "\",\"coordinates\":" + coordinates + "}";
    }

    private static String multiPolygon(JsonNode polygons) {
        if (!polygons.isArray() || polygons.isEmpty()) {
            return "a MultiPolygon's coordinates must be a non-empty array of polygons";
        }
        for (JsonNode p : polygons) {
            String problem = polygon(p);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            return "a Polygon's coordinates must be a non-empty array of linear rings";
        }
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                return "a linear ring needs at least 4 positions";
            }
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    return "a position must be [longitude, latitude] in numbers, found " + position;
                }
                double lon = position.get(0).asDouble();
                double lat = position.get(1).asDouble();
                if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                    return "position " + position + " is not a WGS84 longitude, latitude";
                }
            }
            if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                return "a linear ring must end where it starts (first position " + ring.get(0) + ", last "
                        + ring.get(ring.size() - 1) + ")";
            }
        }
        return null;
    }
}
