package plansite.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plansite.export.JsonText;
import plansite.model.Atlas;
import plansite.model.MapInputs;

/**
 * The files the maps need besides the pages: Leaflet, copied from its webjar on the classpath (no CDN),
 * and the geometry as a script that sets a global, since a page opened from file:// cannot fetch JSON.
 */
final class MapAssets {
    static final String LEAFLET_FOLDER = "assets/leaflet/";
    private static final String WEBJAR = "META-INF/resources/webjars/leaflet/1.9.4/";
    private static final List<String> LEAFLET_FILES = List.of("dist/leaflet.js", "dist/leaflet.css",
            "dist/images/layers.png", "dist/images/layers-2x.png", "dist/images/marker-icon.png",
            "dist/images/marker-icon-2x.png", "dist/images/marker-shadow.png", "LICENSE");

    private MapAssets() {}

    /** Site path → bytes of every map asset. */
    static Map<String, byte[]> files(Atlas atlas) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String f : LEAFLET_FILES) {
            out.put(LEAFLET_FOLDER + f.substring(f.startsWith("dist/") ? 5 : 0), resource(WEBJAR + f));
        }
        out.put(MapPages.GEO_SCRIPT, geoScript(atlas).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static String geoScript(Atlas atlas) {
        StringBuilder sb = new StringBuilder();
        // The notice of the settings (map.boundaries.attribution); a "*/" in it would end the comment early.
        sb.append("/* ").append(atlas.attribution().replace("*/", "* /")).append(" */\n");
        sb.append("window.plansiteGeo = {\"counties\": {\"type\": \"FeatureCollection\", \"features\": [\n");
        for (int i = 0; i < atlas.counties().size(); i++) {
            MapInputs.County c = atlas.counties().get(i);
            Map<String, String> props = new LinkedHashMap<>();
            props.put("adcode", c.adcode());
            // The names by language code, whatever order the county's name was made in.
            new java.util.TreeMap<>(c.name().byLang()).forEach(props::put);
            sb.append("{\"type\": \"Feature\", \"properties\": ").append(json(props)).append(", \"geometry\": ")
                    .append(c.geometryJson()).append('}').append(i + 1 < atlas.counties().size() ? ",\n" : "\n");
        }
        sb.append("]}, \"shapes\": {");
        int n = 0;
        for (Map.Entry<String, String> s : new java.util.TreeMap<>(atlas.shapes()).entrySet()) {
            sb.append(n++ > 0 ? ",\n" : "\n").append(json(s.getKey())).append(": ").append(s.getValue());
        }
        sb.append("}};\n");
        return sb.toString();
    }

    private static String json(Object o) {
        return JsonText.compact(o);
    }

    private static byte[] resource(String name) {
        try (InputStream in = MapAssets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Leaflet is missing from the classpath: " + name
                        + " (dependency org.webjars.npm:leaflet:1.9.4)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
