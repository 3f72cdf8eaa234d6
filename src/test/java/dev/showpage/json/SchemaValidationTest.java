package dev.showpage.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.showpage.EpisodePageParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schema ({@link PageJson#SCHEMA_RESOURCE}) against what the library writes.
 *
 * <ul>
 *   <li>the schema itself: a valid draft 2020-12 schema, every object closed, every property
 *       described;
 *   <li>every golden file under {@code testdata/} validates;
 *   <li>the JSON of generated Goodpods pages validates: {@link GoodpodsPageGenerator} builds page
 *       text from a fixed seed (the seed is in the test's name, so a failure is reproduced by
 *       running that one seed), the parser reads it and {@link PageJson#toJson} writes it;
 *   <li>the generated pages reach every property of the schema, both present and (when it is
 *       optional) absent, and every value of every enum, so that the previous point proves
 *       something about each of them;
 *   <li>the schema bites: the example document with one change at a time fails validation, on the
 *       keyword that the change breaks.
 * </ul>
 *
 * <p>Format assertion is off by default for draft 2020-12 (there {@code format} is an annotation);
 * it is turned on here, so that {@code "format": "date"} and {@code "format": "uri"} are checked as
 * a consumer that asserts formats would check them.
 */
class SchemaValidationTest {

    static final Path TESTDATA = Path.of("testdata");
    static final Path EXAMPLE = TESTDATA.resolve("goodpods/database-school.json");
    static final int SEEDS = 50;

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static SchemaRegistry registry;
    private static JsonNode schemaNode;
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        registry =
                SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = PageJson.openSchema()) {
            schemaNode = MAPPER.readTree(in);
        }
        try (InputStream in = PageJson.openSchema()) {
            schema = registry.getSchema(in);
        }
    }

    static List<Error> validate(JsonNode document) {
        return schema.validate(document);
    }

    static String describe(List<Error> errors) {
        return errors.stream()
                .map(
                        e ->
                                e.getInstanceLocation()
                                        + ": "
                                        + e.getMessage()
                                        + " ["
                                        + e.getKeyword()
                                        + "]")
                .collect(Collectors.joining("\n"));
    }

    // ---------------------------------------------------------------------------------------------
    // The schema itself
    // ---------------------------------------------------------------------------------------------

    @Test
    void schemaIsAValidDraft202012Schema() {
        assertThat(schemaNode.get("$schema").asString())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schemaNode.get("$id").asString())
                .isEqualTo("https://showpage.dev/schemas/episode-page/1/episode-page.schema.json");
        assertThat(schemaNode.path("title").asString()).isNotBlank();
        assertThat(schemaNode.at("/properties/schemaVersion/const").asInt())
                .isEqualTo(PageJson.SCHEMA_VERSION);

        Schema meta =
                registry.getSchema(
                        SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        List<Error> errors = meta.validate(schemaNode);
        assertThat(errors).as(describe(errors)).isEmpty();
    }

    @Test
    void everyObjectIsClosedAndEveryPropertyDescribed() {
        List<String> problems = new ArrayList<>();
        checkObjects(schemaNode, "#", problems);
        assertThat(problems).isEmpty();
    }

    private static void checkObjects(JsonNode node, String at, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkObjects(node.get(i), at + "/" + i, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean isObjectSchema = node.path("type").asString("").equals("object");
        if (isObjectSchema || node.has("properties")) {
            if (!node.path("additionalProperties").isBoolean()
                    || node.get("additionalProperties").asBoolean()) {
                problems.add(at + ": no \"additionalProperties\": false");
            }
            JsonNode properties = node.path("properties");
            if (!properties.isObject() || properties.isEmpty()) {
                problems.add(at + ": an object schema without properties");
            }
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                if (property.getValue().path("description").asString("").isBlank()) {
                    problems.add(at + "/properties/" + property.getKey() + ": no description");
                }
            }
            for (JsonNode required : node.path("required")) {
                if (!properties.has(required.asString())) {
                    problems.add(
                            at
                                    + ": requires '"
                                    + required.asString()
                                    + "', which it does not define");
                }
            }
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            checkObjects(child.getValue(), at + "/" + child.getKey(), problems);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Golden files
    // ---------------------------------------------------------------------------------------------

    static List<Path> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.walk(TESTDATA)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".chapters.json"))
                    .filter(p -> !p.startsWith(TestPages.REAL_WORLD))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void thereAreGoldenFiles() throws IOException {
        assertThat(goldenFiles()).contains(EXAMPLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenFileValidates(Path golden) {
        JsonNode document = MAPPER.readTree(read(golden));
        List<Error> errors = validate(document);
        assertThat(errors).as("%s:\n%s", golden, describe(errors)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Generated pages
    // ---------------------------------------------------------------------------------------------

    static LongStream seeds() {
        return LongStream.rangeClosed(1, SEEDS);
    }

    static String jsonOfGeneratedPage(long seed) {
        String text = new GoodpodsPageGenerator(seed).page();
        return PageJson.toJson(EpisodePageParser.parse(text));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedPageValidates(long seed) {
        String text = new GoodpodsPageGenerator(seed).page();
        String json = PageJson.toJson(EpisodePageParser.parse(text));
        List<Error> errors = validate(MAPPER.readTree(json));
        assertThat(errors)
                .as(
                        "seed %d\n%s\n--- page ---\n%s--- JSON ---\n%s",
                        seed, describe(errors), text, json)
                .isEmpty();
    }

    @Test
    void theGeneratorIsRepeatable() {
        for (long seed : new long[] {1, 17, SEEDS}) {
            assertThat(new GoodpodsPageGenerator(seed).page())
                    .isEqualTo(new GoodpodsPageGenerator(seed).page());
        }
        assertThat(new GoodpodsPageGenerator(1).page())
                .isNotEqualTo(new GoodpodsPageGenerator(2).page());
    }

    /**
     * Optional properties that the parser always fills in: a promotion is made only from a labelled
     * URL, so its {@code url} is never absent in the library's output.
     */
    static final Set<String> NEVER_ABSENT = Set.of("/episodes/*/promotions/*/url");

    /**
     * Every property the schema defines occurs in some generated page, every optional one is also
     * missing from some object that could have it, and every enum value occurs: the generated pages
     * exercise the whole schema, not just its easy parts.
     */
    @Test
    void generatedPagesReachEveryPartOfTheSchema() {
        Map<String, List<JsonNode>> objects = new TreeMap<>();
        Map<String, Set<String>> values = new TreeMap<>();
        for (long seed : seeds().toArray()) {
            collect(MAPPER.readTree(jsonOfGeneratedPage(seed)), "", objects, values);
        }
        List<SchemaProperty> properties = new ArrayList<>();
        schemaProperties(schemaNode, "", properties);
        assertThat(properties).hasSizeGreaterThan(50);

        List<String> missing = new ArrayList<>();
        for (SchemaProperty p : properties) {
            List<JsonNode> owners = objects.getOrDefault(p.owner(), List.of());
            String path = p.owner() + "/" + p.name();
            if (owners.stream().noneMatch(o -> o.has(p.name()))) {
                missing.add(path + " is in no generated page");
            }
            if (!p.required()
                    && !NEVER_ABSENT.contains(path)
                    && owners.stream().allMatch(o -> o.has(p.name()))) {
                missing.add(path + " is never absent from a generated page");
            }
            if (p.allowed() != null) {
                Set<String> unseen = new LinkedHashSet<>(p.allowed());
                unseen.removeAll(values.getOrDefault(path, Set.of()));
                if (!unseen.isEmpty()) {
                    missing.add(path + " never has the values " + unseen);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A property of an object schema; {@code owner} is a path such as {@code /episodes/*}. */
    record SchemaProperty(String owner, String name, boolean required, List<String> allowed) {}

    private static void schemaProperties(JsonNode node, String path, List<SchemaProperty> out) {
        node = resolve(node);
        if (node.has("properties")) {
            Set<String> required = new HashSet<>();
            node.path("required").forEach(r -> required.add(r.asString()));
            for (Map.Entry<String, JsonNode> property : node.get("properties").properties()) {
                JsonNode value = resolve(property.getValue());
                List<String> allowed = null;
                if (value.has("enum")) {
                    allowed = new ArrayList<>();
                    for (JsonNode v : value.get("enum")) {
                        allowed.add(v.asString());
                    }
                }
                out.add(
                        new SchemaProperty(
                                path,
                                property.getKey(),
                                required.contains(property.getKey()),
                                allowed));
                schemaProperties(value, path + "/" + property.getKey(), out);
            }
        }
        if (node.has("items")) {
            schemaProperties(node.get("items"), path + "/*", out);
        }
    }

    /** The schema a local {@code $ref} points at; a sibling description does not matter here. */
    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = schemaNode.at(node.get("$ref").asString().substring(1));
        }
        return node;
    }

    private static void collect(
            JsonNode node,
            String path,
            Map<String, List<JsonNode>> objects,
            Map<String, Set<String>> values) {
        if (node.isObject()) {
            objects.computeIfAbsent(path, k -> new ArrayList<>()).add(node);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), path + "/" + field.getKey(), objects, values);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, path + "/*", objects, values);
            }
        } else if (node.isString()) {
            values.computeIfAbsent(path, k -> new HashSet<>()).add(node.asString());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The schema bites
    // ---------------------------------------------------------------------------------------------

    /** One change to the example document, and the schema keyword it must break. */
    record Change(String name, String keyword, Consumer<JsonNode> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    static ObjectNode at(JsonNode doc, String pointer) {
        JsonNode node = doc.at(pointer);
        assertThat(node.isObject()).as("%s is an object of the example document", pointer).isTrue();
        return (ObjectNode) node;
    }

    static Change put(String name, String keyword, String pointer, String field, Object value) {
        return new Change(
                name, keyword, doc -> at(doc, pointer).set(field, MAPPER.valueToTree(value)));
    }

    static Change remove(String name, String pointer, String field) {
        return new Change(
                name,
                "required",
                doc -> {
                    assertThat(at(doc, pointer).remove(field))
                            .as("%s/%s", pointer, field)
                            .isNotNull();
                });
    }

    static final String EPISODE = "/episodes/0";
    static final String PERSON = EPISODE + "/people/0";
    static final String LINK = PERSON + "/links/0";

    static Stream<Change> changes() {
        return Stream.of(
                // What the contract's consumers must be able to rely on.
                put("unknown field at the top", "additionalProperties", "", "rating", 5),
                put("unknown field in an episode", "additionalProperties", EPISODE, "season", 1),
                put("unknown field in a link", "additionalProperties", LINK, "title", "Twitter"),
                put("rank as a string", "type", EPISODE, "rank", "1"),
                put("negative durationSeconds", "minimum", EPISODE, "durationSeconds", -1),
                remove("no episodes", "", "episodes"),
                remove("episode without source", EPISODE, "source"),
                remove("link without url", LINK, "url"),
                put("role cohost", "enum", PERSON, "role", "cohost"),
                put("kind blog", "enum", LINK, "kind", "blog"),
                put("severity info", "enum", "/diagnostics/0", "severity", "info"),
                put("released 17/02/2025", "pattern", EPISODE, "released", "17/02/2025"),
                put("schemaVersion 2", "const", "", "schemaVersion", 2),
                // More of the same kind, one per rule of the schema.
                put(
                        "released 2025-02-30 (no such day: format only)",
                        "format",
                        EPISODE,
                        "released",
                        "2025-02-30"),
                put(
                        "firstEpisodeDate 2024-6-13",
                        "pattern",
                        "/faq",
                        "firstEpisodeDate",
                        "2024-6-13"),
                put("url that is no host", "pattern", LINK, "url", "/sorenbs"),
                put(
                        "promotion url with a blank",
                        "pattern",
                        EPISODE + "/promotions/0",
                        "url",
                        "https://exa mple.com"),
                put("durationSeconds as a fraction", "type", EPISODE, "durationSeconds", 5040.5),
                put(
                        "startSeconds negative",
                        "minimum",
                        EPISODE + "/chapters/0",
                        "startSeconds",
                        -75),
                put("rank 0", "minimum", EPISODE, "rank", 0),
                put("source line 0", "minimum", EPISODE + "/source", "line", 0),
                put("diagnostic column 0", "minimum", "/diagnostics/0", "column", 0),
                put("negative listeners", "minimum", "/show", "listeners", -1),
                put("negative episodeCount", "minimum", "/faq", "episodeCount", -12),
                put(
                        "diagnostic code in snake case",
                        "pattern",
                        "/diagnostics/0",
                        "code",
                        "missing_title"),
                put("empty episode title", "minLength", EPISODE, "title", ""),
                put("empty link label", "minLength", LINK, "label", ""),
                put("heading null", "type", "", "heading", null),
                put("navigation not a list", "type", "", "navigation", "All episodes"),
                put("unknown field in the show", "additionalProperties", "/show", "id", 7),
                put("unknown field in a person", "additionalProperties", PERSON, "email", "a@b.c"),
                put(
                        "unknown field in a promotion",
                        "additionalProperties",
                        EPISODE + "/promotions/0",
                        "sponsor",
                        true),
                put(
                        "unknown field in a chapter",
                        "additionalProperties",
                        EPISODE + "/chapters/0",
                        "endTime",
                        "01:15"),
                put(
                        "unknown field in source",
                        "additionalProperties",
                        EPISODE + "/source",
                        "offset",
                        0),
                put(
                        "unknown field in the faq",
                        "additionalProperties",
                        "/faq",
                        "averageEpisodeMinutes",
                        75),
                put(
                        "unknown field in a faq entry",
                        "additionalProperties",
                        "/faq/entries/0",
                        "url",
                        "https://goodpods.com"),
                put(
                        "unknown field in a diagnostic",
                        "additionalProperties",
                        "/diagnostics/0",
                        "hint",
                        "add a title"),
                remove("no schemaVersion", "", "schemaVersion"),
                remove("no navigation", "", "navigation"),
                remove("person without role", PERSON, "role"),
                remove("chapter without title", EPISODE + "/chapters/0", "title"),
                remove("faq without topics", "/faq", "topics"),
                remove("diagnostic without message", "/diagnostics/0", "message"),
                remove("show without title", "/show", "title"),
                new Change(
                        "topic not a string",
                        "type",
                        doc -> ((ArrayNode) doc.at("/faq/topics")).add(3)));
    }

    @Test
    void theExampleDocumentValidates() {
        List<Error> errors = validate(example());
        assertThat(errors).as(describe(errors)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void oneChangeBreaksTheExampleDocument(Change change) {
        JsonNode doc = example();
        change.apply().accept(doc);
        assertThat(doc).isNotEqualTo(example());
        List<Error> errors = validate(doc);
        assertThat(errors).as("%s is accepted", change).isNotEmpty();
        assertThat(errors)
                .as(describe(errors))
                .anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo(change.keyword()));
    }

    static JsonNode example() {
        return MAPPER.readTree(read(EXAMPLE));
    }

    // ---------------------------------------------------------------------------------------------
    // The generator
    // ---------------------------------------------------------------------------------------------

    /**
     * Builds the text of a Goodpods show page from a seed: the same seed always gives the same
     * text. The pages vary in every part the parser reads: a header with or without publisher,
     * navigation lines, a ranking heading with or without its summary, any number of episode cards
     * (with or without title and show lines, duration, listener count), prose that introduces
     * guests, promotions, "Follow X:" groups, "Links Mentioned:" lists, "Label: URL" links with
     * notes, bare URLs and URLs in brackets, chapter lists in both notations, and a FAQ with any
     * subset of its statistics. A few pages carry damage that the parser reports as a diagnostic
     * (an impossible date, chapters out of order, a URL without a host, a card without its listener
     * count), so that diagnostics are validated too.
     *
     * <p>Its URLs are plain ASCII, and every chapter has a title; URLs with other characters and
     * title-less chapter marks are covered by the writer's own tests.
     */
    static final class GoodpodsPageGenerator {

        private static final String[] SHOWS = {
            "Database School",
            "Query Hour",
            "Index Notes",
            "Storage Engine Radio",
            "Latency Matters",
            "Schema Talk"
        };
        private static final String[] PUBLISHERS = {
            "Try Hard Studios", "Byte Media", "Northwind Audio", "Independent"
        };
        private static final String[] FIRST = {
            "Ada",
            "Grace",
            "Linus",
            "Margaret",
            "Ken",
            "Barbara",
            "Dennis",
            "Frances",
            "Edsger",
            "Radia",
            "Søren",
            "Tudor"
        };
        private static final String[] LAST = {
            "Lovelace",
            "Hopper",
            "Torvalds",
            "Hamilton",
            "Thompson",
            "Liskov",
            "Ritchie",
            "Allen",
            "Dijkstra",
            "Perlman",
            "Schmidt",
            "Golubenco"
        };
        private static final String[] TECH = {
            "Postgres", "SQLite", "MySQL", "Redis", "DuckDB", "Cassandra", "ClickHouse"
        };
        private static final String[] TOPICS = {
            "Technology", "Education", "Podcasts", "Business", "Science", "News"
        };
        private static final String[] SENTENCES = {
            "We cover indexes, query plans and the cost of a full table scan.",
            "This one is about replication, backups and what happens when a disk fills up.",
            "We dig into write-ahead logs, checkpoints and crash recovery.",
            "Expect opinions on ORMs, migrations and schema design.",
            "There is a long detour into caching and cache invalidation.",
            "If you run databases in production, this one’s for you.",
            "We also talk about hiring, open source and running a small company.",
            "It was recorded live at a conference, so forgive the noise.",
        };
        private static final String[] CHAPTER_TITLES = {
            "Introduction", "Why indexes matter", "Replication in practice",
            "Backups & restores", "Scaling reads (and writes)", "The business side",
            "Questions from listeners", "Closing thoughts", "Where to find our guest",
            "A story about a pager at 3am"
        };
        private static final String[] LINK_LABELS = {
            "Docs",
            "Source code",
            "Release notes",
            "Benchmark results",
            "Conference talk",
            "The paper",
            "Slides"
        };
        private static final String[] PLATFORMS = {
            "Twitter",
            "LinkedIn",
            "GitHub",
            "YouTube",
            "Mastodon",
            "Bluesky",
            "Instagram",
            "Facebook",
            "Website",
            "Blog"
        };
        private static final String[] MONTHS = {
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
        };

        private final SplittableRandom random;
        private final StringBuilder out = new StringBuilder();
        private final String show;
        private final String hostFirst;
        private final String hostLast;
        private final List<String> titles = new ArrayList<>();

        GoodpodsPageGenerator(long seed) {
            this.random = new SplittableRandom(seed);
            this.show = pick(SHOWS);
            this.hostFirst = pick(FIRST);
            this.hostLast = pick(LAST);
        }

        String page() {
            if (chance(0.9)) {
                header();
            }
            if (chance(0.8)) {
                line("All episodes");
            }
            if (chance(0.7)) {
                line("Best episodes");
            }
            int cards = random.nextInt(0, 7);
            if (chance(0.8)) {
                line("Top " + (chance(0.85) ? cards : cards + 3) + " " + show + " Episodes");
                if (chance(0.75)) {
                    line(
                            "Goodpods has curated a list of the "
                                    + cards
                                    + " best "
                                    + show
                                    + " episodes.");
                    if (chance(0.3)) {
                        line(pick(SENTENCES));
                    }
                }
                blank();
            }
            for (int i = 0; i < cards; i++) {
                card();
            }
            if (chance(0.5)) {
                line("Show more best episodes");
                blank();
            }
            if (chance(0.75)) {
                faq();
            }
            return out.toString();
        }

        private void header() {
            if (chance(0.2)) {
                blank();
            }
            line(show);
            if (chance(0.7)) {
                line(pick(PUBLISHERS));
            }
            if (chance(0.6)) {
                blank();
            }
            line(chance(0.06) ? "99999999999 Listeners" : listeners());
        }

        private String listeners() {
            int n = chance(0.5) ? 1 : random.nextInt(2, 250_000);
            return String.format(Locale.US, "%,d", n) + (n == 1 ? " Listener" : " Listeners");
        }

        private void card() {
            boolean titled = chance(0.8);
            boolean guest = chance(0.7);
            String guestFirst = pickOther(FIRST, hostFirst);
            String guestLast = pick(LAST);
            String tech = pick(TECH);
            boolean dated = !titled || chance(0.95);
            if (titled) {
                String title =
                        guest && chance(0.6)
                                ? tech + " in production with " + guestFirst + " " + guestLast
                                : pick(
                                                new String[] {
                                                    "Moving from Redis to ",
                                                    "Scaling ",
                                                    "A history of ",
                                                    "Why we left "
                                                })
                                        + tech;
                titles.add(title);
                line(title);
                if (chance(0.8)) {
                    line(show);
                }
            }
            int durationMinutes = random.nextInt(5, 180);
            boolean hasDuration = chance(0.85);
            if (dated) {
                StringBuilder date = new StringBuilder(chance(0.04) ? "02/30/24" : numericDate());
                if (hasDuration) {
                    date.append(" • ").append(durationText(durationMinutes));
                }
                line(date.toString());
            }

            List<Runnable> parts = new ArrayList<>();
            if (chance(0.5)) {
                parts.add(
                        () ->
                                line(
                                        "Want to learn more "
                                                + tech
                                                + "? Check out my "
                                                + tech
                                                + " course: https://"
                                                + tech.toLowerCase(Locale.ROOT)
                                                + "course.com."));
            }
            if (chance(0.85)) {
                parts.add(() -> prose(guest ? guestFirst + " " + guestLast : null, tech));
            }
            if (chance(0.3)) {
                parts.add(
                        () ->
                                line(
                                        "Get production ready "
                                                + tech
                                                + " with Turso: https://tur.so/"
                                                + word()
                                                + (chance(0.5) ? "." : "")));
            }
            if (chance(0.4)) {
                parts.add(this::linksMentioned);
            }
            if (chance(0.2)) {
                parts.add(
                        () -> line("See the slides (https://example.com/slides/" + word() + ")."));
            }
            if (chance(0.15)) {
                parts.add(() -> line("https://" + word() + ".example.org/" + word()));
            }
            if (guest && chance(0.25)) {
                parts.add(
                        () ->
                                line(
                                        guestFirst
                                                + ": https://twitter.com/"
                                                + handle(guestFirst, guestLast)));
            }
            if (guest && chance(0.2)) {
                parts.add(
                        () ->
                                line(
                                        guestFirst
                                                + " on "
                                                + pick(new String[] {"GitHub", "LinkedIn"})
                                                + ": "
                                                + platformUrl(
                                                        chance(0.5) ? "GitHub" : "LinkedIn",
                                                        guestFirst,
                                                        guestLast)));
            }
            if (chance(0.05)) {
                parts.add(() -> line("Old home page: https://nohost"));
            }
            if (guest && chance(0.6)) {
                parts.add(() -> follow(guestFirst, guestLast));
            }
            if (chance(0.75)) {
                parts.add(() -> follow(hostFirst, hostLast));
            }
            if (chance(0.5)) {
                parts.add(() -> chapters(hasDuration ? durationMinutes * 60 : 4 * 3600));
            } else if (chance(0.15)) {
                parts.add(this::inlineChapters);
            }
            for (Runnable part : parts) {
                part.run();
            }
            if (chance(0.95)) {
                if (chance(0.2)) {
                    blank();
                }
                line(chance(0.03) ? "12345678901 Listeners" : listeners());
            }
            blank();
        }

        private void prose(String guest, String tech) {
            StringBuilder text = new StringBuilder();
            if (guest != null) {
                text.append("In this episode, I talk with ")
                        .append(guest)
                        .append(" about ")
                        .append(tech)
                        .append(". ");
            }
            int sentences = random.nextInt(1, 4);
            for (int i = 0; i < sentences; i++) {
                text.append(pick(SENTENCES)).append(' ');
            }
            line(text.toString().trim());
            if (chance(0.25)) {
                line(pick(SENTENCES));
            }
        }

        private void linksMentioned() {
            line("Links Mentioned:");
            int n = random.nextInt(1, 4);
            for (int i = 0; i < n; i++) {
                String url =
                        chance(0.4)
                                ? platformUrl(pick(PLATFORMS), pick(FIRST), pick(LAST))
                                : chance(0.2)
                                        ? "https://www.youtube.com/watch?v=" + word()
                                        : "https://" + word() + ".io/" + word();
                if (chance(0.15)) {
                    line(url);
                } else {
                    line(
                            pick(LINK_LABELS)
                                    + ": "
                                    + url
                                    + (chance(0.25)
                                            ? " - the part about " + pick(TECH) + "."
                                            : ""));
                }
            }
        }

        private void follow(String first, String last) {
            line("Follow " + first + ":");
            int n = random.nextInt(1, 4);
            for (int i = 0; i < n; i++) {
                String platform = pick(PLATFORMS);
                String url = platformUrl(platform, first, last);
                String note =
                        platform.equals("Website") && chance(0.5)
                                ? " - find articles, podcasts, courses, and more."
                                : "";
                line(platform + ": " + url + note);
            }
        }

        private String platformUrl(String platform, String first, String last) {
            String h = handle(first, last);
            return switch (platform) {
                case "Twitter" -> chance(0.5) ? "https://twitter.com/" + h : "https://x.com/" + h;
                case "LinkedIn" -> "https://www.linkedin.com/in/" + h;
                case "GitHub" -> "https://github.com/" + h;
                case "YouTube" -> "https://www.youtube.com/@" + h;
                case "Mastodon" -> "https://mastodon.social/@" + h;
                case "Bluesky" -> "https://bsky.app/profile/" + h + ".bsky.social";
                case "Instagram" -> "https://instagram.com/" + h;
                case "Facebook" -> "https://facebook.com/" + h;
                case "Blog" -> "https://" + h + ".dev/blog/";
                default -> "https://" + h + ".dev";
            };
        }

        private void chapters(int lengthSeconds) {
            line("Chapters:");
            int n = random.nextInt(1, 9);
            int start = 0;
            for (int i = 0; i < n; i++) {
                int shown = start;
                if (i > 0 && chance(0.03)) {
                    shown = Math.max(0, start - 600); // out of order: a chapter-order warning
                }
                String mark = chance(0.02) ? "12:75" : timestamp(shown);
                line(mark + (chance(0.8) ? " - " : " ") + pick(CHAPTER_TITLES));
                start += random.nextInt(30, Math.max(31, lengthSeconds / n));
            }
        }

        private void inlineChapters() {
            StringBuilder text = new StringBuilder("-------");
            int n = random.nextInt(1, 6);
            int start = 0;
            for (int i = 0; i < n; i++) {
                text.append(' ').append(timestamp(start)).append(' ').append(pick(CHAPTER_TITLES));
                start += random.nextInt(30, 900);
            }
            line(text.append(" -----").toString());
        }

        private void faq() {
            line("FAQ");
            String count = String.valueOf(random.nextInt(1, 400));
            List<String[]> entries =
                    new ArrayList<>(
                            List.of(
                                    new String[] {
                                        "How many episodes does " + show + " have?",
                                        show + " currently has " + count + " episodes available."
                                    },
                                    new String[] {
                                        "What topics does " + show + " cover?",
                                        "The podcast is about " + topics() + "."
                                    },
                                    new String[] {
                                        "What is the most popular episode on " + show + "?",
                                        "The episode title '"
                                                + (titles.isEmpty() ? "Pilot" : pickFrom(titles))
                                                + "' is the most popular."
                                    },
                                    new String[] {
                                        "What is the average episode length on " + show + "?",
                                        "The average episode length on "
                                                + show
                                                + " is "
                                                + random.nextInt(5, 180)
                                                + " minutes."
                                    },
                                    new String[] {
                                        "How often are episodes of " + show + " released?",
                                        "Episodes of "
                                                + show
                                                + " are typically released every "
                                                + random.nextInt(1, 30)
                                                + " days, "
                                                + random.nextInt(1, 23)
                                                + " hours."
                                    },
                                    new String[] {
                                        "When was the first episode of " + show + "?",
                                        "The first episode of "
                                                + show
                                                + " was released on "
                                                + monthDate()
                                                + "."
                                    }));
            for (String[] entry : entries) {
                if (chance(0.8)) {
                    line(entry[0]);
                    if (chance(0.95)) {
                        line(entry[1]);
                    }
                }
            }
            if (chance(0.6)) {
                line("Show more FAQ");
            }
        }

        private String topics() {
            int n = random.nextInt(1, 4);
            List<String> picked = new ArrayList<>();
            while (picked.size() < n) {
                String t = pick(TOPICS);
                if (!picked.contains(t)) {
                    picked.add(t);
                }
            }
            if (n == 1) {
                return picked.get(0);
            }
            return String.join(", ", picked.subList(0, n - 1)) + " and " + picked.get(n - 1);
        }

        private String numericDate() {
            LocalDate date = randomDate();
            return chance(0.8)
                    ? date.format(DateTimeFormatter.ofPattern("MM/dd/yy", Locale.ROOT))
                    : date.format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT));
        }

        private String monthDate() {
            LocalDate date = randomDate();
            return MONTHS[date.getMonthValue() - 1]
                    + " "
                    + date.getDayOfMonth()
                    + ", "
                    + date.getYear();
        }

        private LocalDate randomDate() {
            return LocalDate.of(2018, 1, 1).plusDays(random.nextInt(0, 3000));
        }

        private String durationText(int minutes) {
            if (minutes >= 60 && chance(0.3)) {
                return minutes / 60 + " hr " + minutes % 60 + " min";
            }
            return minutes + (chance(0.8) ? " min" : " minutes");
        }

        private static String timestamp(int seconds) {
            int h = seconds / 3600;
            int m = seconds % 3600 / 60;
            int s = seconds % 60;
            return h > 0
                    ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                    : String.format(Locale.ROOT, "%02d:%02d", m, s);
        }

        private static String handle(String first, String last) {
            return (first + last).toLowerCase(Locale.ROOT).replace("ø", "o");
        }

        private String word() {
            StringBuilder w = new StringBuilder();
            int n = random.nextInt(3, 9);
            for (int i = 0; i < n; i++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            return w.toString();
        }

        private void line(String text) {
            out.append(text).append('\n');
        }

        private void blank() {
            out.append('\n');
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private String pick(String[] options) {
            return options[random.nextInt(options.length)];
        }

        private String pickFrom(List<String> options) {
            return options.get(random.nextInt(options.size()));
        }

        private String pickOther(String[] options, String not) {
            String picked;
            do {
                picked = pick(options);
            } while (picked.equals(not));
            return picked;
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
