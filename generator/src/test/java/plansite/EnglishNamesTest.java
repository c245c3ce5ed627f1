package plansite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One English name per entity: {@code data/names.yaml} lists the mines, railways, roads, places, features and
 * organisations of the plan with the one English name the edition uses and the renderings it rejected. The
 * English edition (its chapters and every English text of the tables, maps, glossary and settings) must not
 * contain a rejected rendering, and every listed name must be in use, so that the list cannot go stale.
 */
class EnglishNamesTest {
    private static final Path REPO = FixtureSite.repo();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Name(String kind, List<String> zh, String en, List<String> rejected) {}

    /** One English or Chinese text of the edition and where it comes from. */
    record Text(String where, String text) {}

    static List<Name> names;
    static List<Text> english;
    static List<Text> chinese;

    @BeforeAll
    static void load() throws IOException {
        names = new ArrayList<>();
        for (JsonNode n : YAML.readTree(REPO.resolve("data/names.yaml").toFile())) {
            names.add(new Name(n.path("kind").asText(), strings(n.path("zh")), n.path("en").asText(),
                    strings(n.path("rejected"))));
        }
        english = new ArrayList<>();
        chinese = new ArrayList<>();
        for (String lang : List.of("en", "zh")) {
            try (Stream<Path> files = Files.list(REPO.resolve("content").resolve(lang))) {
                for (Path f : files.sorted().toList()) {
                    (lang.equals("en") ? english : chinese).add(
                            new Text(REPO.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        List<Path> data = new ArrayList<>();
        try (Stream<Path> tables = Files.list(REPO.resolve("data/tables"))) {
            data.addAll(tables.sorted().toList());
        }
        try (Stream<Path> checks = Files.list(REPO.resolve("data/checks"))) {
            data.addAll(checks.sorted().toList());
        }
        data.addAll(List.of(REPO.resolve("data/maps.yaml"), REPO.resolve("data/glossary.yaml"),
                REPO.resolve("data/site.yaml"), REPO.resolve("data/glance.yaml"), REPO.resolve("data/disagreements.yaml")));
        for (Path f : data) {
            String where = REPO.relativize(f).toString();
            collect(YAML.readTree(f.toFile()), null, where, english, chinese);
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(s -> out.add(s.asText()));
        return out;
    }

    /** Every string under a key {@code en} (or an English glossary {@code variants}) and every string under {@code zh}. */
    private static void collect(JsonNode node, String key, String where, List<Text> en, List<Text> zh) {
        if (node.isTextual()) {
            if ("en".equals(key) || "variants".equals(key)) {
                en.add(new Text(where, node.asText()));
            } else if ("zh".equals(key) || "zh_variants".equals(key)) {
                zh.add(new Text(where, node.asText()));
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, key, where, en, zh));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(field.getValue(), field.getKey(), where, en, zh);
            }
        }
    }

    /**
     * Where {@code form} occurs in {@code text} as a whole name: case-sensitive (a name's capitals are part of
     * it), and not inside a longer word ("Tianli" is not found in "Tianlin").
     */
    static List<Integer> occurrences(String text, String form) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
            boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + form.length();
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                at.add(i);
            }
        }
        return at;
    }

    static List<String> rejectedNamesIn(List<Text> texts, List<Name> list) {
        List<String> found = new ArrayList<>();
        for (Name name : list) {
            for (String rejected : name.rejected()) {
                for (Text t : texts) {
                    for (int at : occurrences(t.text(), rejected)) {
                        int from = Math.max(0, at - 30);
                        int to = Math.min(t.text().length(), at + rejected.length() + 30);
                        found.add(t.where() + ": '" + rejected + "' for " + name.zh().get(0) + "; write '" + name.en()
                                + "': …" + t.text().substring(from, to).replace('\n', ' ') + "…");
                    }
                }
            }
        }
        return found;
    }

    /**
     * Renderings that docs/english-style.md's table of terms rejects and that are wrong wherever they stand
     * (its other rejected forms, such as "mining rights" for 矿业权 or "restoration" alone, are right
     * elsewhere: the plural of mining right, a part of remediation and restoration).
     */
    static final List<String> ALWAYS_WRONG = List.of("this level", "facing stone", "dimension granite",
            "decorative facing", "open-pit stope", "renewable resources", "exploration permit");

    /** The style sheet's always-wrong renderings: in its table, and nowhere in the English edition but in quotes. */
    @Test
    void theEnglishEditionUsesNoRenderingTheStyleSheetRejects() throws IOException {
        String style = Files.readString(REPO.resolve("docs/english-style.md"), StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        for (String wrong : ALWAYS_WRONG) {
            assertTrue(style.contains("\"" + wrong + "\""), "docs/english-style.md rejects \"" + wrong + "\"");
            for (Text t : english) {
                for (int at : occurrences(t.text().toLowerCase(java.util.Locale.ROOT), wrong)) {
                    boolean quoted = at > 0 && t.text().charAt(at - 1) == '"';
                    if (!quoted) {
                        found.add(t.where() + ": '" + wrong + "': …" + t.text().substring(Math.max(0, at - 30),
                                Math.min(t.text().length(), at + wrong.length() + 30)).replace('\n', ' ') + "…");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theEnglishEditionGivesNoListedEntityARejectedName() {
        assertTrue(names.size() >= 30, "data/names.yaml lists " + names.size() + " names");
        assertTrue(english.size() > 1000, "the English texts read: " + english.size());
        assertEquals(List.of(), rejectedNamesIn(english, names));
    }

    @Test
    void everyListedNameIsUsedInBothLanguages() {
        List<String> unused = new ArrayList<>();
        for (Name name : names) {
            if (english.stream().noneMatch(t -> !occurrences(t.text(), name.en()).isEmpty())) {
                unused.add(name.en() + ": not in the English edition");
            }
            if (chinese.stream().noneMatch(t -> name.zh().stream().anyMatch(t.text()::contains))) {
                unused.add(name.zh() + ": not in the Chinese edition");
            }
        }
        assertEquals(List.of(), unused);
    }

    @Test
    void theListGivesEachEntityOneNameAndRejectsNoChosenName() {
        List<String> problems = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        for (Name name : names) {
            if (name.kind().isBlank() || name.zh().isEmpty() || name.en().isBlank() || name.rejected().isEmpty()) {
                problems.add(name + ": kind, zh, en and rejected are all required");
            }
            if (!chosen.add(name.en())) {
                problems.add(name.en() + ": chosen for two entities");
            }
        }
        for (Name name : names) {
            for (String rejected : name.rejected()) {
                for (String en : chosen) {
                    if (!occurrences(en, rejected).isEmpty()) {
                        problems.add("'" + rejected + "' (rejected for " + name.en() + ") is part of the chosen name '" + en + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aRejectedNameIsFoundWhereverItStandsAndOnlyAsAWholeName() {
        Name road = new Name("road", List.of("天黎"), "Tianzhen–Licheng", List.of("Tianli"));
        List<Text> texts = List.of(
                new Text("content/en/x.md", "westward with the Tianli Expressway, and"),
                new Text("data/tables/x.yaml", "Tianli"),
                new Text("content/en/y.md", "the Tianzhen–Licheng Expressway and Tianlin Town; tianli"));
        assertEquals(List.of(
                "content/en/x.md: 'Tianli' for 天黎; write 'Tianzhen–Licheng': …westward with the Tianli Expressway, and…",
                "data/tables/x.yaml: 'Tianli' for 天黎; write 'Tianzhen–Licheng': …Tianli…"),
                rejectedNamesIn(texts, List.of(road)));
    }
}
