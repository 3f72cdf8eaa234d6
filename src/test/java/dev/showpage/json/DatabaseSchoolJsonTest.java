package dev.showpage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden file {@code testdata/goodpods/database-school.json} read against its page {@code
 * testdata/goodpods/database-school.txt}, value by value. Every expected value is written here from
 * the page text (line numbers in the comments are 1-based lines of the page); times, dates and
 * durations are converted here from the page's own notation, never copied from the golden file.
 * Each literal that claims to be page text is also checked to occur in the page.
 */
class DatabaseSchoolJsonTest {

    static final Path PAGE = Path.of("testdata/goodpods/database-school.txt");
    static final Path GOLDEN = Path.of("testdata/goodpods/database-school.json");

    /** Duplicate keys would hide behind the field-order checks, so they fail the read. */
    static final JsonMapper MAPPER =
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final String SHOW = "Database School";

    private static List<String> pageLines;
    private static String pageText;
    private static JsonNode doc;

    @BeforeAll
    static void readPageAndGolden() throws IOException {
        pageText = Files.readString(PAGE, StandardCharsets.UTF_8);
        pageLines = pageText.lines().toList();
        doc = MAPPER.readTree(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------------------------------------
    // The cards: rank, where the card starts, title, show, date and duration line, listeners line
    // ---------------------------------------------------------------------------------------------

    /**
     * One episode card as the page prints it. {@code title} is null for a card that starts with its
     * date line; {@code dateLine} is the page's "MM/DD/YY • N min" line.
     */
    record Card(
            int rank,
            int line,
            String title,
            int dateLineNo,
            String dateLine,
            int listenersLineNo) {

        String released() {
            Matcher m = DATE_LINE.matcher(dateLine);
            assertThat(m.matches()).as("date line %s", dateLine).isTrue();
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            int year = 2000 + Integer.parseInt(m.group(3));
            return LocalDate.of(year, month, day).toString();
        }

        long durationSeconds() {
            Matcher m = DATE_LINE.matcher(dateLine);
            assertThat(m.matches()).as("date line %s", dateLine).isTrue();
            return Long.parseLong(m.group(4)) * 60;
        }
    }

    private static final Pattern DATE_LINE =
            Pattern.compile("(\\d{2})/(\\d{2})/(\\d{2}) \u2022 (\\d+) min");

    static final List<Card> CARDS =
            List.of(
                    new Card(
                            1,
                            11,
                            "Postgres on bare metal with the CEO of Prisma",
                            13,
                            "02/17/25 • 84 min",
                            46),
                    new Card(
                            2,
                            48,
                            "Bootstrapping an email service provider (with Jesse Hanley)",
                            50,
                            "10/14/24 • 81 min",
                            92),
                    new Card(
                            3,
                            94,
                            "Moving from Redis to SQLite with Mike Buckbee",
                            96,
                            "11/26/24 • 69 min",
                            99),
                    new Card(
                            4,
                            101,
                            "Building a serverless database replica with Carl Sverre",
                            103,
                            "04/18/25 • 88 min",
                            106),
                    new Card(
                            5,
                            108,
                            "Migrating from Postgres to SQLite with Kent C. Dodds",
                            110,
                            "06/20/24 • 51 min",
                            119),
                    // Lines 121 and 163: the card starts with its date line; there is no title or
                    // show line.
                    new Card(6, 121, null, 121, "10/07/24 • 61 min", 161),
                    new Card(7, 163, null, 163, "09/24/24 • 62 min", 198),
                    new Card(
                            8,
                            200,
                            "Offline-first, multiplayer SQLite",
                            202,
                            "06/13/24 • 86 min",
                            206),
                    new Card(
                            9,
                            208,
                            "Distributed SQLite with Litestream and LiteFS",
                            210,
                            "06/13/24 • 57 min",
                            214),
                    new Card(
                            10,
                            216,
                            "DHH discusses SQLite (and Stoicism)",
                            218,
                            "06/13/24 • 53 min",
                            221));

    // ---------------------------------------------------------------------------------------------
    // Top level
    // ---------------------------------------------------------------------------------------------

    @Test
    void topLevelFieldsInContractOrder() {
        // json-contract.md: schemaVersion, layout, show, heading, summary, episodes, faq,
        // diagnostics; the library adds navigation after summary.
        assertThat(names(doc))
                .containsExactly(
                        "schemaVersion",
                        "layout",
                        "show",
                        "heading",
                        "summary",
                        "navigation",
                        "episodes",
                        "faq",
                        "diagnostics");
        assertThat(doc.get("schemaVersion").isIntegralNumber()).isTrue();
        assertThat(doc.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(doc.get("layout").stringValue()).isEqualTo("goodpods");
    }

    @Test
    void showHeadingAndSummary() {
        // Lines 2, 3, 5: "Database School", "Try Hard Studios", "1 Listener".
        assertThat(pageLine(2)).isEqualTo(SHOW);
        assertThat(pageLine(3)).isEqualTo("Try Hard Studios");
        assertThat(pageLine(5)).isEqualTo("1 Listener");
        JsonNode show = doc.get("show");
        assertThat(names(show)).containsExactly("title", "publisher", "listeners", "episodeCount");
        assertThat(show.get("title").stringValue()).isEqualTo(SHOW);
        assertThat(show.get("publisher").stringValue()).isEqualTo("Try Hard Studios");
        assertThat(show.get("listeners").isIntegralNumber()).isTrue();
        assertThat(show.get("listeners").intValue()).isEqualTo(1);
        // Line 227, the FAQ's answer: "Database School currently has 12 episodes available."
        assertThat(pageLine(227)).contains("currently has 12 episodes");
        assertThat(show.get("episodeCount").intValue()).isEqualTo(12);

        // Line 8.
        assertThat(doc.get("heading").stringValue())
                .isEqualTo("Top 10 Database School Episodes")
                .isEqualTo(pageLine(8));

        // Line 9, the whole line.
        String summary =
                "Goodpods has curated a list of the 10 best Database School episodes, ranked by the"
                    + " number of listens and likes each episode have garnered from our listeners."
                    + " If you are listening to Database School for the first time, there's no"
                    + " better place to start than with one of these standout episodes. If you are"
                    + " a fan of the show, vote for your favorite Database School episode by adding"
                    + " your comments to the episode page.";
        assertThat(pageLine(9)).isEqualTo(summary);
        assertThat(doc.get("summary").stringValue()).isEqualTo(summary);
    }

    @Test
    void navigationLinesInPageOrder() {
        // Lines 6, 7, 222, 224, 238, 240.
        List<String> expected =
                List.of(
                        "All episodes",
                        "Best episodes",
                        "Show more best episodes",
                        "Show more best episodes",
                        "Show more FAQ",
                        "Show more FAQ");
        assertThat(Stream.of(6, 7, 222, 224, 238, 240).map(DatabaseSchoolJsonTest::pageLine))
                .containsExactlyElementsOf(expected);
        assertThat(strings(doc.get("navigation"))).containsExactlyElementsOf(expected);
    }

    @Test
    void twoMissingTitleWarnings() {
        // Lines 121 and 163 start their cards (episodes 6 and 7) with the date line.
        JsonNode diagnostics = doc.get("diagnostics");
        assertThat(diagnostics.size()).isEqualTo(2);
        int[][] positions = {{6, 121}, {7, 163}};
        for (int i = 0; i < positions.length; i++) {
            JsonNode d = diagnostics.get(i);
            assertThat(names(d)).containsExactly("severity", "code", "line", "column", "message");
            assertThat(d.get("severity").stringValue()).isEqualTo("warning");
            assertThat(d.get("code").stringValue()).isEqualTo("missing-title");
            assertThat(d.get("line").intValue()).isEqualTo(positions[i][1]);
            assertThat(d.get("column").intValue()).isEqualTo(1);
            assertThat(d.get("message").stringValue())
                    .isEqualTo(
                            "episode "
                                    + positions[i][0]
                                    + " has no title line; it starts with its date line");
        }
    }

    @Test
    void episodeFieldsInContractOrder() {
        List<String> all =
                List.of(
                        "rank",
                        "title",
                        "show",
                        "released",
                        "durationSeconds",
                        "listeners",
                        "description",
                        "people",
                        "links",
                        "promotions",
                        "chapters",
                        "source");
        assertThat(doc.get("episodes").size()).isEqualTo(10);
        // Episode 1 (lines 11-46) has every field.
        assertThat(names(episode(1))).containsExactlyElementsOf(all);
        // Episodes 6 and 7 (lines 121, 163) have no title and no show: the keys are absent.
        List<String> untitled =
                all.stream().filter(n -> !n.equals("title") && !n.equals("show")).toList();
        assertThat(names(episode(6))).containsExactlyElementsOf(untitled);
        assertThat(names(episode(7))).containsExactlyElementsOf(untitled);
        for (int rank = 1; rank <= 10; rank++) {
            assertThat(names(episode(rank)))
                    .as("episode %d", rank)
                    .containsExactlyElementsOf(rank == 6 || rank == 7 ? untitled : all);
            for (JsonNode person : episode(rank).get("people")) {
                assertThat(names(person)).containsExactly("name", "role", "links");
            }
            for (JsonNode promotion : episode(rank).get("promotions")) {
                assertThat(names(promotion)).containsExactly("text", "url");
            }
            assertThat(names(episode(rank).get("source"))).containsExactly("line", "column");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Every card: rank, title, show, released, durationSeconds, listeners, source
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyCardsOwnValues() {
        SoftAssertions soft = new SoftAssertions();
        for (Card card : CARDS) {
            JsonNode e = episode(card.rank());
            String as = "episode " + card.rank() + " (line " + card.line() + ")";
            // The page text the table claims.
            soft.assertThat(pageLine(card.dateLineNo())).as(as).isEqualTo(card.dateLine());
            soft.assertThat(pageLine(card.listenersLineNo())).as(as).isEqualTo("1 Listener");

            soft.assertThat(e.get("rank").intValue()).as(as).isEqualTo(card.rank());
            if (card.title() == null) {
                soft.assertThat(card.dateLineNo()).as(as).isEqualTo(card.line());
                soft.assertThat(e.has("title")).as(as + " title").isFalse();
                soft.assertThat(e.has("show")).as(as + " show").isFalse();
            } else {
                // Title at the card's first line, the show on the next, then the date line.
                soft.assertThat(pageLine(card.line())).as(as).isEqualTo(card.title());
                soft.assertThat(pageLine(card.line() + 1)).as(as).isEqualTo(SHOW);
                soft.assertThat(card.dateLineNo()).as(as).isEqualTo(card.line() + 2);
                soft.assertThat(e.get("title").stringValue())
                        .as(as + " title")
                        .isEqualTo(card.title());
                soft.assertThat(e.get("show").stringValue()).as(as + " show").isEqualTo(SHOW);
            }
            soft.assertThat(e.get("released").stringValue())
                    .as(as + " released")
                    .isEqualTo(card.released());
            soft.assertThat(e.get("durationSeconds").isIntegralNumber()).as(as).isTrue();
            soft.assertThat(e.get("durationSeconds").longValue())
                    .as(as + " durationSeconds")
                    .isEqualTo(card.durationSeconds());
            soft.assertThat(e.get("listeners").isIntegralNumber()).as(as).isTrue();
            soft.assertThat(e.get("listeners").intValue()).as(as + " listeners").isEqualTo(1);
            soft.assertThat(e.at("/source/line").intValue())
                    .as(as + " source line")
                    .isEqualTo(card.line());
            soft.assertThat(e.at("/source/column").intValue())
                    .as(as + " source column")
                    .isEqualTo(1);
        }
        soft.assertAll();
    }

    @Test
    void releasedAndDurationSpotChecks() {
        // Written out once by hand, so that the conversions above cannot agree with a wrong golden.
        assertThat(episode(1).get("released").stringValue()).isEqualTo("2025-02-17"); // line 13
        assertThat(episode(1).get("durationSeconds").longValue()).isEqualTo(84 * 60); // line 13
        assertThat(episode(6).get("released").stringValue()).isEqualTo("2024-10-07"); // line 121
        assertThat(episode(10).get("durationSeconds").longValue()).isEqualTo(53 * 60); // line 218
    }

    // ---------------------------------------------------------------------------------------------
    // Descriptions: the episode's own prose, without promotions, links, people and chapters
    // ---------------------------------------------------------------------------------------------

    @Test
    void descriptionOfEveryEpisode() {
        Map<Integer, String> descriptions =
                Map.of(
                        // Line 14, the whole line.
                        1,
                                "Prisma started as a GraphQL backend and pivoted into one of the"
                                    + " most widely used ORMs in the world. Now, they’ve launched"
                                    + " Prisma Postgres, and CEO Søren Bramer Schmidt is here to"
                                    + " break down the journey, the challenges, and the massive"
                                    + " technical innovations behind it—including bare-metal"
                                    + " servers, Firecracker microVMs, and unikernels. If you care"
                                    + " about databases, performance, or scaling, this one’s for"
                                    + " you.",
                        // Line 52, the whole line.
                        2,
                                "In this interview, I talk with Jesse Hanley, founder of Bento,"
                                    + " about running a lean email service from Japan. We chat"
                                    + " about the challenges of scaling infrastructure, managing"
                                    + " databases, and maintaining a calm business while serving a"
                                    + " global customer base.",
                        // Line 97, between the SQLite course promotion and the Turso promotion.
                        3,
                                "In this episode, I sit down with Mike Buckbee to dive into the"
                                    + " nitty-gritty of web application firewalls and his journey"
                                    + " from using Redis to SQLite in Wafris. We talk about"
                                    + " database architecture, operational challenges, and the"
                                    + " fascinating ways SQLite improves performance and usability"
                                    + " in cybersecurity tools.",
                        // Line 104, between the SQLite course promotion and "SQLSync:".
                        4,
                                "In this episode, Carl Sverre and I discuss why syncing everything"
                                    + " is a bad idea and how his new project, Graft, makes"
                                    + " edge-native, partially replicated databases possible. We"
                                    + " dig into SQLite, object storage, transactional guarantees,"
                                    + " and why Graft might be the foundation for serverless"
                                    + " database replicas.",
                        // Line 111, after the two promotions.
                        5,
                                "In this interview, I talk to Kent C. Dodds about SQLite, LiteFS"
                                        + " and the React ecosystem.",
                        // Line 123, after the Xata promotion.
                        6,
                                "In this interview, I talk with Monica Sarbu and Tudor Golubenco"
                                    + " from Xata about their journey from Elastic to founding"
                                    + " Xata. We deep dive on building a Postgres hosting platform,"
                                    + " handling schema changes, and how they've made their free"
                                    + " tier economical.",
                        // Line 165, the whole line.
                        7,
                                "In this interview, I dive deep with Craig Kerstiens from Crunchy"
                                    + " Data into the world of Postgres, covering its rise to"
                                    + " prominence, scaling at Heroku, and the power of Postgres"
                                    + " extensions. Craig also shares insights on database"
                                    + " sharding, the future of Postgres, and why developers love"
                                    + " working with it.",
                        // Line 204, up to "Carl: https://twitter.com/carlsverre".
                        8,
                                "In this interview I talk to Carl Sverre about his new project:"
                                        + " SQLSync. It's an offline-first, collaborative wrapper"
                                        + " around SQLite. We cover event sourcing, conflict"
                                        + " resolution, VFSes, and more!",
                        // Line 212, up to the first "•".
                        9,
                                "Ben and Aaron discuss replication and backups in SQLite,"
                                    + " Litestream and LiteFS, and future mad scientist projects"
                                    + " Ben is working on.",
                        // Line 219, after the two promotions.
                        10,
                                "DHH and Aaron discuss modern SQLite, the one-person framework,"
                                        + " conceptual compression, stoicism, and ONCE.com's newest"
                                        + " product: Workbook.");
        assertThat(pageLine(14)).isEqualTo(descriptions.get(1));
        assertThat(pageLine(52)).isEqualTo(descriptions.get(2));
        assertThat(pageLine(165)).isEqualTo(descriptions.get(7));
        SoftAssertions soft = new SoftAssertions();
        for (int rank = 1; rank <= 10; rank++) {
            assertThat(pageText)
                    .as("page text of description %d", rank)
                    .contains(descriptions.get(rank));
            soft.assertThat(episode(rank).get("description").stringValue())
                    .as("description of episode %d", rank)
                    .isEqualTo(descriptions.get(rank));
        }
        soft.assertAll();
    }

    // ---------------------------------------------------------------------------------------------
    // People, links and promotions
    // ---------------------------------------------------------------------------------------------

    /** A link; a null field is a key that must be absent. */
    record L(String label, String url, String kind, String note) {}

    record P(String name, String role, List<L> links) {}

    record Pr(String text, String url) {}

    private static L link(String label, String url, String kind) {
        return new L(label, url, kind, null);
    }

    /** "Kent: URL", "Carl: URL": the link belongs to the person and has no label. */
    private static L bare(String url, String kind) {
        return new L(null, url, kind, null);
    }

    // "Follow Aaron:" (lines 20-23, 60-63, 132-135, 169-172, and inline on lines 97 and 104):
    // the URL of "Website" is followed by " - find articles, podcasts, courses, and more."
    static final P AARON =
            new P(
                    "Aaron",
                    "host",
                    List.of(
                            link("Twitter", "https://twitter.com/aarondfrancis", "twitter"),
                            link(
                                    "LinkedIn",
                                    "https://www.linkedin.com/in/aarondfrancis",
                                    "linkedin"),
                            new L(
                                    "Website",
                                    "https://aaronfrancis.com",
                                    "website",
                                    "find articles, podcasts, courses, and more.")));

    // Lines 212 and 219 name Aaron in the prose ("Ben and Aaron", "DHH and Aaron") without links.
    private static final P AARON_WITHOUT_LINKS = new P("Aaron", "host", List.of());

    // Lines 15, 51, 122, 164: "... Check out my Postgres course: https://masteringpostgres.com."
    private static final Pr POSTGRES_COURSE =
            new Pr(
                    "Want to learn more Postgres? Check out my Postgres course",
                    "https://masteringpostgres.com");
    // Lines 97, 104: "... Check out my SQLite course: https://highperformancesqlite.com"
    private static final Pr SQLITE_COURSE =
            new Pr(
                    "Want to learn more SQLite? Check out my SQLite course",
                    "https://highperformancesqlite.com");
    // Lines 111, 203, 211, 219: "... Check out the full course: https://highperformancesqlite.com."
    private static final Pr SQLITE_FULL_COURSE =
            new Pr(
                    "Want to learn more about SQLite? Check out the full course",
                    "https://highperformancesqlite.com");
    // Lines 97, 111, 203, 211, 219: "Get production ready SQLite with Turso: https://tur.so/af."
    private static final Pr TURSO =
            new Pr("Get production ready SQLite with Turso", "https://tur.so/af");
    // Line 123: "Production ready Postgres for teams that ship fast: https://xata.io"
    private static final Pr XATA =
            new Pr("Production ready Postgres for teams that ship fast", "https://xata.io");

    @Test
    void episode1PeopleLinksPromotions() {
        // Lines 14-23: "CEO Søren Bramer Schmidt" in the prose, "Follow Søren:" with three links.
        assertEpisode(
                1,
                List.of(
                        new P(
                                "Søren Bramer Schmidt",
                                "guest",
                                List.of(
                                        link("Twitter", "https://twitter.com/sorenbs", "twitter"),
                                        link(
                                                "GitHub",
                                                "https://github.com/prisma/prisma",
                                                "github"),
                                        link(
                                                "Prisma Postgres",
                                                "https://www.prisma.io/postgres",
                                                "website"))),
                        AARON),
                List.of(),
                List.of(POSTGRES_COURSE));
    }

    @Test
    void episode2PeopleLinksPromotions() {
        // Lines 51-63: "Links Mentioned:" (54-56), "Follow Jesse:" (58-59; "Bento on Twitter"
        // names the company, not a person, so the label stays whole), "Follow Aaron:" (60-63).
        assertEpisode(
                2,
                List.of(
                        new P(
                                "Jesse Hanley",
                                "guest",
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/jessethanley",
                                                "twitter"),
                                        link(
                                                "Bento on Twitter",
                                                "https://twitter.com/Bento",
                                                "twitter"))),
                        AARON),
                List.of(
                        link("Bento", "https://bentonow.com", "website"),
                        link(
                                "Database school on YouTube",
                                "https://www.youtube.com/playlist?list=PLI72dgeNJtzqElnNB6sQoAn2R-F3Vqm15",
                                "youtube"),
                        link(
                                "Database school audio only",
                                "https://databaseschool.transistor.fm",
                                "website")),
                List.of(POSTGRES_COURSE));
    }

    @Test
    void episode3PeopleLinksPromotions() {
        // Line 97: "Follow Mike:" with four links, then "Follow Aaron:".
        assertEpisode(
                3,
                List.of(
                        new P(
                                "Mike Buckbee",
                                "guest",
                                List.of(
                                        link("Twitter", "https://twitter.com/mbuckbee", "twitter"),
                                        link(
                                                "LinkedIn",
                                                "https://www.linkedin.com/in/michaelbuckbee",
                                                "linkedin"),
                                        link("Wafris website", "https://wafris.org", "website"),
                                        link(
                                                "Rearchitecting Redis to SQLite article",
                                                "https://wafris.org/blog/rearchitecting-for-sqlite",
                                                "website"))),
                        AARON),
                List.of(),
                List.of(SQLITE_COURSE, TURSO));
    }

    @Test
    void episode4PeopleLinksPromotions() {
        // Line 104: SQLSync, blog post and Graft links, "Follow Carl:", "Follow Aaron:".
        // "https://carlsverre.com/" keeps its slash: it is part of the URL, not punctuation.
        assertEpisode(
                4,
                List.of(
                        new P(
                                "Carl Sverre",
                                "guest",
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/carlsverre",
                                                "twitter"),
                                        link(
                                                "LinkedIn",
                                                "https://www.linkedin.com/in/carlsverre",
                                                "linkedin"),
                                        link("Website", "https://carlsverre.com/", "website"))),
                        AARON),
                List.of(
                        link("SQLSync", "https://sqlsync.dev", "website"),
                        link(
                                "Stop syncing everything blog post",
                                "https://sqlsync.dev/posts/stop-syncing-everything",
                                "website"),
                        link("Graft", "https://github.com/orbitinghail/graft", "github")),
                List.of(SQLITE_COURSE));
    }

    @Test
    void episode5PeopleLinksPromotions() {
        // Lines 111-117: "Kent: URL" is Kent C. Dodds' own link (no label); no host is named.
        assertEpisode(
                5,
                List.of(
                        new P(
                                "Kent C. Dodds",
                                "guest",
                                List.of(bare("https://twitter.com/kentcdodds", "twitter")))),
                List.of(
                        link("EpicWeb", "https://www.epicweb.dev", "website"),
                        link("The Epic Stack", "https://www.epicweb.dev/epic-stack", "website"),
                        link("Fly.io", "https://fly.io", "website"),
                        link("LiteFS", "https://fly.io/docs/litefs", "website"),
                        link("Litestream", "https://litestream.io", "website")),
                List.of(SQLITE_FULL_COURSE, TURSO));
    }

    @Test
    void episode6PeopleLinksPromotions() {
        // Lines 122-135: "Links Mentioned:" (125-126, the second URL on its own line),
        // "Follow Monica & Tudor:" with "Monica on Twitter" etc. (128-131), "Follow Aaron:".
        assertEpisode(
                6,
                List.of(
                        new P(
                                "Monica Sarbu",
                                "guest",
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/monicasarbu",
                                                "twitter"),
                                        link(
                                                "LinkedIn",
                                                "https://www.linkedin.com/in/monicasarbu",
                                                "linkedin"))),
                        new P(
                                "Tudor Golubenco",
                                "guest",
                                List.of(
                                        link("Twitter", "https://twitter.com/tudor_g", "twitter"),
                                        link(
                                                "LinkedIn",
                                                "https://www.linkedin.com/in/tudorgolubenco/",
                                                "linkedin"))),
                        AARON),
                List.of(
                        link("Xata.io", "https://xata.io/", "website"),
                        link(
                                "The economics of a Postgres free tier",
                                "https://xata.io/blog/postgres-free-tier",
                                "website")),
                List.of(POSTGRES_COURSE, XATA));
    }

    @Test
    void episode7PeopleLinksPromotions() {
        // Lines 164-172: "Craig Kerstiens" in the prose, "Follow Craig:", "Follow Aaron:".
        assertEpisode(
                7,
                List.of(
                        new P(
                                "Craig Kerstiens",
                                "guest",
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/craigkerstiens",
                                                "twitter"),
                                        link(
                                                "Crunchy Data Blog",
                                                "https://www.crunchydata.com/blog",
                                                "website"))),
                        AARON),
                List.of(),
                List.of(POSTGRES_COURSE));
    }

    @Test
    void episode8PeopleLinksPromotions() {
        // Lines 203-204: "Carl: URL" (no label), PartyKit, SQLSync, "Carl's new company"; no host.
        assertEpisode(
                8,
                List.of(
                        new P(
                                "Carl Sverre",
                                "guest",
                                List.of(bare("https://twitter.com/carlsverre", "twitter")))),
                List.of(
                        link("PartyKit", "https://www.partykit.io", "website"),
                        link("SQLSync", "https://sqlsync.dev", "website"),
                        link("Carl's new company", "https://orbitinghail.dev", "website")),
                List.of(SQLITE_FULL_COURSE, TURSO));
    }

    @Test
    void episode9PeopleLinksPromotions() {
        // Lines 211-212: "Ben Johnson on Twitter: https://x.com/benbjohnson" (x.com is twitter),
        // "Litestream: https://litestream.io/", "LiteFS: https://fly.io/docs/litefs/".
        assertEpisode(
                9,
                List.of(
                        new P(
                                "Ben Johnson",
                                "guest",
                                List.of(link("Twitter", "https://x.com/benbjohnson", "twitter"))),
                        AARON_WITHOUT_LINKS),
                List.of(
                        link("Litestream", "https://litestream.io/", "website"),
                        link("LiteFS", "https://fly.io/docs/litefs/", "website")),
                List.of(SQLITE_FULL_COURSE, TURSO));
    }

    @Test
    void episode10PeopleLinksPromotions() {
        // Line 219: "DHH and Aaron discuss ..."; no links.
        assertEpisode(
                10,
                List.of(new P("DHH", "guest", List.of()), AARON_WITHOUT_LINKS),
                List.of(),
                List.of(SQLITE_FULL_COURSE, TURSO));
    }

    @Test
    void linkUrlsArePageTextWithoutSentencePunctuation() {
        // Every URL in the document is written on the page, and none ends in a sentence '.'.
        List<String> urls = new ArrayList<>();
        collectUrls(doc, urls);
        assertThat(urls).isNotEmpty();
        for (String url : urls) {
            assertThat(pageText).as("url %s", url).contains(url);
            assertThat(url).doesNotEndWith(".").doesNotEndWith(",");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Chapters, as the page prints them
    // ---------------------------------------------------------------------------------------------

    /** Lines 25-44. */
    static final String EPISODE_1_CHAPTERS =
            """
            00:00 - Introduction
            01:15 - The Origins of Prisma: From GraphQL to ORM
            02:55 - Why Firebase & Parse Inspired Prisma
            04:04 - The Pivot: From GraphQL to Prisma ORM
            06:00 - Why They Abandoned Backend-as-a-Service
            08:07 - The Open Source Business Model Debate
            10:15 - The Challenges of Monetizing an ORM
            12:42 - Building Prisma Accelerate & Pulse
            14:55 - How Prisma Accelerate Optimizes Database Access
            17:00 - Real-Time Database Updates with Prisma Pulse
            20:03 - How Prisma Pulse Handles Change Data Capture (CDC)
            23:15 - Users Wanted a Hosted Database (Even When Prisma Didn’t)
            25:40 - Why Prisma Finally Launched Prisma Postgres
            27:32 - Unikernels, Firecracker MicroVMs & Running Millions of Databases
            31:10 - Bare Metal Servers vs. AWS: The Controversial Choice
            34:40 - How Prisma Routes Queries for Low Latency
            38:02 - Scaling, Cost Efficiency & Performance Benefits
            42:10 - The Prisma Postgres Roadmap & Future Features
            45:30 - Why Prisma is Competing with AWS & The Big Cloud Players
            48:05 - Final Thoughts & Where to Learn More\
            """;

    /** Lines 65-90. */
    private static final String EPISODE_2_CHAPTERS =
            """
            00:00 - Introduction to Jesse Hanley
            01:02 - Running Bento from Japan
            01:48 - The Lean Team Structure at Bento
            03:00 - Managing Support via Discord
            05:01 - Benefits of Using Discord for Customer Support
            06:45 - The Role of Community in Customer Feedback
            09:01 - How Bento Gained Traction
            13:00 - Bootstrapping Bento and Profitable Growth
            16:00 - Running Your Own Mail Servers
            19:03 - The Economics and Redundancy of Email Delivery
            21:00 - Bento's Heroku Setup and Scaling Challenges
            26:00 - Handling and Querying Massive Data in Bento
            29:52 - Leveraging Elasticsearch for Data Queries
            35:40 - Moving Toward Multi-Database Solutions
            37:45 - Exploring Crunchy Data and Citus for Database Scaling
            42:00 - Optimizing Bento for Performance and Scalability
            54:02 - Jesse’s Advice on Building a Calm and Profitable Business
            57:00 - How Bento Uses WebSockets and Background Jobs
            1:00:00 - Optimizing Bento with Action Cable
            1:02:25 - Avoiding N+1 Queries with WebSockets
            1:04:50 - Scaling Redis and Postgres at Bento
            1:09:00 - Jesse’s Approach to Managing Growth and Multiple Services
            1:11:00 - Final Thoughts on Scaling and Optimizing Databases
            1:13:10 - Advice for Aspiring Builders: Stay Patient and True to Your Vision
            1:16:00 - Bento’s Unique Approach to Email Marketing and Transactional Emails
            1:19:50 - Closing Thoughts and Where to Find Jesse Hanley Online\
            """;

    /** Line 97, after "Chapters:", on one line. */
    private static final String EPISODE_3_CHAPTERS =
            "00:00 - Introduction and Guest Overview 01:06 - What is Wafris? 02:43 - Naming and"
                + " Origins of Wafris 04:00 - Mike's Cybersecurity Background 07:17 - Challenges"
                + " with Web Application Firewalls 10:01 - Wafris Architecture Overview 16:15 - Why"
                + " Switch to SQLite? 18:01 - Handling IP Address Ranges 24:00 - Wild Redis Data"
                + " Structures Explained 28:51 - Transitioning to SQLite 32:02 - Operational"
                + " Advantages of SQLite 37:04 - How Wafris Leverages Threat Lists 40:13 -"
                + " Performance Gains with SQLite 46:51 - Splitting Reads and Writes in the New"
                + " Architecture 52:29 - Closing Thoughts and Where to Learn More";

    /** Line 104, after "Chapters:", on one line. */
    private static final String EPISODE_4_CHAPTERS =
            "00:00 - Intro and Carl’s controversial blog title 01:00 - Why “stop syncing"
                + " everything” doesn't mean stop syncing 02:30 - The problem with full database"
                + " syncs 03:20 - Quick recap of SQL Sync and multiplayer SQLite 04:45 - How SQL"
                + " Sync works using physical replication 06:00 - The limitations that led to"
                + " building Graft 09:00 - What is Graft? A high-level overview 16:30 - Syncing"
                + " architecture: how Graft scales 18:00 - Graft's stateless design and Fly.io"
                + " integration 20:00 - S3 compatibility and using Tigris as backend 22:00 -"
                + " Latency tuning and express zone support 24:00 - Can Graft run locally or with"
                + " Minio? 27:00 - Page store vs meta store in Graft 36:00 - Index-aware"
                + " prefetching in SQLite 38:00 - Prefetching intelligence: Graft vs driver 40:00 -"
                + " The benefits of Graft's architectural simplicity 48:00 - Three use cases: apps,"
                + " web apps, and replicas 50:00 - Sync timing and perceived latency 59:00 -"
                + " Replaying transactions vs logical conflict resolution 1:03:00 - What’s next for"
                + " Graft and how to get involved 1:05:00 - Hacker News reception and blog post"
                + " feedback 1:06:30 - Closing thoughts and where to find Carl";

    /** Lines 137-159; line 148 holds two chapters. */
    private static final String EPISODE_6_CHAPTERS =
            """
            00:00 - Introduction
            00:26 - What is Xata? Overview and Mission
            01:32 - Open Source Projects: PG Roll and PG Stream
            02:33 - Synchronizing Data: Postgres to Elastic Search
            03:12 - Monica and Tudor's Background & Journey to Elastic
            04:00 - Founding of Packetbeat: The Start of Open Source Monitoring
            06:08 - Transition from Elastic to Starting Xata
            07:00 - Launching a Nonprofit and Insights on Database Challenges
            08:29 - The Idea Behind Xata: Simplifying Application Development
            10:00 - Tudor Joins Xata: The Decision to Start Again
            10:47 - The Technical Vision for Xata's Platform
            12:06 - Founding Xata During the Pandemic 13:11 - Funding Journey: From Seed to Series A
            15:07 - Building a Platform, Not Just a Hosted Database
            17:20 - Introducing Postgres to Xata's Stack
            20:19 - Navigating Postgres as a DBA
            22:44 - Open Source Strategy & Community Building
            27:48 - PG Stream Use Cases & Postgres Replication
            32:08 - PG Roll for Zero Downtime Schema Changes
            36:05 - Implementing Safe and Fast Schema Changes
            39:49 - Blob Storage and Cloudflare Integration
            45:11 - Xata's Unique Features: Serving Builders and Larger Teams
            49:20 - Free Tier Economics and Why It Matters
            56:04 - Working as a Husband-Wife Team\
            """;

    /** Lines 174-196; the last one is written "01:00:00". */
    private static final String EPISODE_7_CHAPTERS =
            """
            00:00 - Introduction: Welcome to Database School
            00:20 - Guest Introduction: Craig Kerstiens and Crunchy Data
            01:40 - Craig's Journey from Heroku to Crunchy Data
            02:55 - Scaling Postgres at Heroku
            04:50 - Mastering Postgres Course Announcement
            05:30 - The Importance of Postgres at Heroku
            07:50 - The Value of Live SQL with Data Clips
            09:25 - Data Clips for Business Intelligence and Real-Time Analytics
            11:05 - Heroku’s Unique Company Culture and How Data Clips Came to Be
            12:30 - Postgres Extensions and Marketplace
            14:00 - Citus: Scaling Postgres for Multi-Tenant Applications
            15:40 - The Challenges of Sharding in Databases
            18:00 - Managing Large Databases and Sharding Keys with Citus
            24:00 - The Evolution of Postgres and Its Growing Popularity
            31:00 - Postgres for Developers and the Importance of Extensions
            35:00 - Extensions as Proving Grounds for Core Postgres Features
            37:50 - Building an Extension Marketplace for Postgres
            41:00 - Postgres as a Data Platform and Developer Flexibility
            46:00 - Why Developers Love Postgres: Stability, Extensions, and Ownership
            51:00 - DuckDB: A Fascinating New Database Approach
            53:30 - Crunchy Data: What They Offer and Why It Matters
            58:30 - Expanding Postgres with DuckDB for Data Warehousing
            01:00:00 - Wrapping Up: Where to Find Craig and Crunchy Data\
            """;

    /** Line 204, between "-------" and "-----": "MM:SS Title" without a dash. */
    private static final String EPISODE_8_CHAPTERS =
            "00:00 Intro and Background 01:56 What is SQLSync 02:30 Amplify 05:08 SQLSync Use Case"
                + " 07:35 Multiplayer Explained 09:41 Durable Objects 12:00 Compare to PartyKit"
                + " 13:08 Local First 22:46 SQLSync Terminology 24:28 SQLSync Replication Flow"
                + " 27:33 Virtual File System 33:51 Transactions in WASM 39:41 Sync to Coordinator"
                + " 43:22 Conflict Resolution as Business Logic 52:03 Sync to Clients 1:01:12 Goals"
                + " for SQLSync 1:04:14 Scaling Limitations 1:07:30 Graft Storage Engine 1:14:47"
                + " Graft as a SQLite Extension 1:17:08 What's Next";

    /** The printed chapter text of each episode; episodes 5, 9 and 10 have no chapter list. */
    static final Map<Integer, String> PRINTED_CHAPTERS =
            Map.of(
                    1,
                    EPISODE_1_CHAPTERS,
                    2,
                    EPISODE_2_CHAPTERS,
                    3,
                    EPISODE_3_CHAPTERS,
                    4,
                    EPISODE_4_CHAPTERS,
                    5,
                    "",
                    6,
                    EPISODE_6_CHAPTERS,
                    7,
                    EPISODE_7_CHAPTERS,
                    8,
                    EPISODE_8_CHAPTERS,
                    9,
                    "",
                    10,
                    "");

    /** A chapter as the page prints it: its start in seconds and its title. */
    record PageChapter(long startSeconds, String title) {}

    /** A timestamp that starts a chapter: "MM:SS" or "H:MM:SS", then " - " or a blank. */
    private static final Pattern CHAPTER_START =
            Pattern.compile("(?<!\\S)((?:\\d{1,2}:)?\\d{1,2}:\\d{2})\\s+(?:-\\s+)?");

    /**
     * The chapters in printed text: each timestamp starts a chapter, its title runs to the next.
     */
    static List<PageChapter> pageChapters(String printed) {
        List<PageChapter> chapters = new ArrayList<>();
        Matcher m = CHAPTER_START.matcher(printed);
        long start = -1;
        int titleStart = -1;
        while (m.find()) {
            if (start >= 0) {
                chapters.add(
                        new PageChapter(start, printed.substring(titleStart, m.start()).strip()));
            } else {
                assertThat(m.start()).as("printed chapters start with a timestamp").isZero();
            }
            start = seconds(m.group(1));
            titleStart = m.end();
        }
        if (start >= 0) {
            chapters.add(new PageChapter(start, printed.substring(titleStart).strip()));
        }
        return chapters;
    }

    /** "MM:SS" or "H:MM:SS" (also "01:00:00") as seconds. */
    static long seconds(String timestamp) {
        String[] parts = timestamp.split(":");
        assertThat(parts.length).as(timestamp).isBetween(2, 3);
        long total = 0;
        for (String part : parts) {
            int value = Integer.parseInt(part);
            assertThat(value).as(timestamp).isLessThan(60);
            total = total * 60 + value;
        }
        return total;
    }

    @Test
    void printedChapterTextIsThePagesText() {
        for (Map.Entry<Integer, String> e : PRINTED_CHAPTERS.entrySet()) {
            assertThat(pageText).as("chapters of episode %d", e.getKey()).contains(e.getValue());
        }
        // Counted on the page: one chapter per line, two on line 148, or inline on one line.
        assertThat(pageChapters(EPISODE_1_CHAPTERS)).hasSize(44 - 25 + 1);
        assertThat(pageChapters(EPISODE_2_CHAPTERS)).hasSize(90 - 65 + 1);
        assertThat(pageChapters(EPISODE_3_CHAPTERS)).hasSize(15);
        assertThat(pageChapters(EPISODE_4_CHAPTERS)).hasSize(22);
        assertThat(pageChapters(EPISODE_6_CHAPTERS)).hasSize(159 - 137 + 1 + 1);
        assertThat(pageChapters(EPISODE_7_CHAPTERS)).hasSize(196 - 174 + 1);
        assertThat(pageChapters(EPISODE_8_CHAPTERS)).hasSize(20);
        // Spot checks of the conversion itself.
        assertThat(seconds("01:15")).isEqualTo(75);
        assertThat(seconds("1:19:50")).isEqualTo(3600 + 19 * 60 + 50);
        assertThat(seconds("01:00:00")).isEqualTo(3600);
        assertThat(pageChapters(EPISODE_6_CHAPTERS).get(11))
                .isEqualTo(new PageChapter(12 * 60 + 6, "Founding Xata During the Pandemic"));
        assertThat(pageChapters(EPISODE_6_CHAPTERS).get(12))
                .isEqualTo(new PageChapter(13 * 60 + 11, "Funding Journey: From Seed to Series A"));
    }

    /** A chapter object of the document. */
    record C(long startSeconds, long endSeconds, String title) {}

    @Test
    void everyChapterOfEveryEpisode() {
        SoftAssertions soft = new SoftAssertions();
        for (Card card : CARDS) {
            List<PageChapter> printed = pageChapters(PRINTED_CHAPTERS.get(card.rank()));
            List<C> expected = new ArrayList<>();
            for (int i = 0; i < printed.size(); i++) {
                long end =
                        i + 1 < printed.size()
                                ? printed.get(i + 1).startSeconds()
                                : card.durationSeconds();
                expected.add(new C(printed.get(i).startSeconds(), end, printed.get(i).title()));
            }
            List<C> actual = new ArrayList<>();
            for (JsonNode chapter : episode(card.rank()).get("chapters")) {
                soft.assertThat(names(chapter))
                        .containsExactly("startSeconds", "endSeconds", "title");
                soft.assertThat(chapter.get("startSeconds").isIntegralNumber()).isTrue();
                soft.assertThat(chapter.get("endSeconds").isIntegralNumber()).isTrue();
                actual.add(
                        new C(
                                chapter.get("startSeconds").longValue(),
                                chapter.get("endSeconds").longValue(),
                                chapter.get("title").stringValue()));
            }
            soft.assertThat(actual)
                    .as("chapters of episode %d", card.rank())
                    .containsExactlyElementsOf(expected);
        }
        soft.assertAll();
        // Episodes 5, 9 and 10 print no chapters: "chapters": [].
        for (int rank : new int[] {5, 9, 10}) {
            assertThat(episode(rank).get("chapters").isArray()).isTrue();
            assertThat(episode(rank).get("chapters").size()).isZero();
        }
        // One by hand: line 44 "48:05 - Final Thoughts ..." runs to the 84 minutes of line 13.
        assertThat(episode(1).at("/chapters/19/startSeconds").longValue()).isEqualTo(48 * 60 + 5);
        assertThat(episode(1).at("/chapters/19/endSeconds").longValue()).isEqualTo(84 * 60);
    }

    // ---------------------------------------------------------------------------------------------
    // FAQ (lines 225-237)
    // ---------------------------------------------------------------------------------------------

    @Test
    void faq() {
        assertThat(pageLine(225)).isEqualTo("FAQ");
        JsonNode faq = doc.get("faq");
        assertThat(names(faq))
                .containsExactly(
                        "entries",
                        "episodeCount",
                        "topics",
                        "mostPopularEpisode",
                        "averageEpisodeSeconds",
                        "releaseIntervalSeconds",
                        "firstEpisodeDate");

        // Lines 226-237: question and answer lines alternate.
        JsonNode entries = faq.get("entries");
        assertThat(entries.size()).isEqualTo(6);
        for (int i = 0; i < 6; i++) {
            JsonNode entry = entries.get(i);
            assertThat(names(entry)).containsExactly("question", "answer");
            assertThat(entry.get("question").stringValue()).isEqualTo(pageLine(226 + 2 * i));
            assertThat(entry.get("answer").stringValue()).isEqualTo(pageLine(227 + 2 * i));
        }
        assertThat(entries.at("/0/question").stringValue())
                .isEqualTo("How many episodes does Database School have?");

        // Line 227: "Database School currently has 12 episodes available."
        assertThat(pageLine(227)).contains("has 12 episodes");
        assertThat(faq.get("episodeCount").isIntegralNumber()).isTrue();
        assertThat(faq.get("episodeCount").intValue()).isEqualTo(12);

        // Line 229: "The podcast is about Podcasts, Technology and Education."
        assertThat(pageLine(229))
                .isEqualTo("The podcast is about Podcasts, Technology and Education.");
        assertThat(strings(faq.get("topics")))
                .containsExactly("Podcasts", "Technology", "Education");

        // Line 231: "The episode title '...' is the most popular."
        String popular = "Building a serverless database replica with Carl Sverre";
        assertThat(pageLine(231)).contains("'" + popular + "'");
        assertThat(faq.get("mostPopularEpisode").stringValue()).isEqualTo(popular);

        // Line 233: "... is 75 minutes."
        assertThat(pageLine(233)).endsWith(" is 75 minutes.");
        assertThat(faq.get("averageEpisodeSeconds").isIntegralNumber()).isTrue();
        assertThat(faq.get("averageEpisodeSeconds").longValue()).isEqualTo(75 * 60).isEqualTo(4500);

        // Line 235: "... every 13 days, 3 hours."
        assertThat(pageLine(235)).endsWith(" every 13 days, 3 hours.");
        long interval = Duration.ofDays(13).plusHours(3).getSeconds();
        assertThat(interval).isEqualTo(1_134_000);
        assertThat(faq.get("releaseIntervalSeconds").isIntegralNumber()).isTrue();
        assertThat(faq.get("releaseIntervalSeconds").longValue()).isEqualTo(interval);

        // Line 237: "... was released on Jun 13, 2024."
        assertThat(pageLine(237)).endsWith(" on Jun 13, 2024.");
        LocalDate first =
                LocalDate.parse(
                        "Jun 13, 2024", DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH));
        assertThat(faq.get("firstEpisodeDate").stringValue())
                .isEqualTo(first.toString())
                .isEqualTo("2024-06-13");
    }

    // ---------------------------------------------------------------------------------------------
    // Whole-document rules of the contract
    // ---------------------------------------------------------------------------------------------

    @Test
    void durationsAndOffsetsAreIntegers() {
        // Every field whose name ends in "Seconds", and every line, column, rank and count.
        List<JsonNode> numbers = new ArrayList<>();
        collectFields(
                doc,
                List.of("line", "column", "rank", "listeners", "episodeCount", "schemaVersion"),
                numbers);
        int before = numbers.size();
        collectSecondsFields(doc, numbers);
        // 10 durations, 2 * 150 chapter offsets (20+26+15+22+24+23+20 chapters), 2 in the FAQ.
        assertThat(numbers.size() - before).isEqualTo(10 + 2 * 150 + 2);
        for (JsonNode number : numbers) {
            assertThat(number.isIntegralNumber()).as("%s", number).isTrue();
            assertThat(number.longValue()).isNotNegative();
        }
    }

    @Test
    void noNullAndNoEmptyStringAnywhere() {
        assertThat(assertNoNullOrEmpty(doc, "")).isGreaterThan(1000);
    }

    /** Walks the tree; returns how many values it saw. */
    static int assertNoNullOrEmpty(JsonNode node, String pointer) {
        assertThat(node.isNull()).as("null at %s", pointer).isFalse();
        assertThat(node.isMissingNode()).as("missing at %s", pointer).isFalse();
        if (node.isString()) {
            assertThat(node.stringValue()).as("empty string at %s", pointer).isNotBlank();
        }
        int seen = 1;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                assertThat(property.getKey()).as("name at %s", pointer).isNotBlank();
                seen += assertNoNullOrEmpty(property.getValue(), pointer + "/" + property.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                seen += assertNoNullOrEmpty(node.get(i), pointer + "/" + i);
            }
        }
        return seen;
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    private static void assertEpisode(
            int rank, List<P> people, List<L> links, List<Pr> promotions) {
        JsonNode e = episode(rank);
        List<P> actualPeople = new ArrayList<>();
        for (JsonNode person : e.get("people")) {
            assertThat(names(person)).containsExactly("name", "role", "links");
            actualPeople.add(
                    new P(
                            person.get("name").stringValue(),
                            person.get("role").stringValue(),
                            links(person.get("links"))));
        }
        assertThat(actualPeople).as("people of episode %d", rank).containsExactlyElementsOf(people);
        assertThat(links(e.get("links")))
                .as("links of episode %d", rank)
                .containsExactlyElementsOf(links);
        List<Pr> actualPromotions = new ArrayList<>();
        for (JsonNode promotion : e.get("promotions")) {
            assertThat(names(promotion)).containsExactly("text", "url");
            actualPromotions.add(
                    new Pr(
                            promotion.get("text").stringValue(),
                            promotion.get("url").stringValue()));
        }
        assertThat(actualPromotions)
                .as("promotions of episode %d", rank)
                .containsExactlyElementsOf(promotions);
        for (Pr promotion : promotions) {
            assertThat(pageText).contains(promotion.text() + ": " + promotion.url());
        }
    }

    /**
     * The links of a "links" array, in order. A key that is absent becomes null; a key that is
     * present must be a string, and the keys come in the contract's order (label, url, kind, note).
     */
    private static List<L> links(JsonNode array) {
        assertThat(array.isArray()).isTrue();
        List<L> links = new ArrayList<>();
        for (JsonNode link : array) {
            L l =
                    new L(
                            optionalString(link, "label"),
                            optionalString(link, "url"),
                            optionalString(link, "kind"),
                            optionalString(link, "note"));
            List<String> present = new ArrayList<>();
            if (l.label() != null) {
                present.add("label");
            }
            present.add("url");
            present.add("kind");
            if (l.note() != null) {
                present.add("note");
            }
            assertThat(names(link)).as("link %s", link).containsExactlyElementsOf(present);
            links.add(l);
        }
        return links;
    }

    private static String optionalString(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            return null;
        }
        assertThat(value.isString()).as("%s of %s", name, node).isTrue();
        return value.stringValue();
    }

    private static void collectUrls(JsonNode node, List<String> urls) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getKey().equals("url")) {
                    urls.add(property.getValue().stringValue());
                }
                collectUrls(property.getValue(), urls);
            }
        } else if (node.isArray()) {
            node.values().forEach(v -> collectUrls(v, urls));
        }
    }

    private static void collectFields(JsonNode node, List<String> fieldNames, List<JsonNode> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (fieldNames.contains(property.getKey())) {
                    out.add(property.getValue());
                }
                collectFields(property.getValue(), fieldNames, out);
            }
        } else if (node.isArray()) {
            node.values().forEach(v -> collectFields(v, fieldNames, out));
        }
    }

    private static void collectSecondsFields(JsonNode node, List<JsonNode> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getKey().endsWith("Seconds")) {
                    out.add(property.getValue());
                }
                collectSecondsFields(property.getValue(), out);
            }
        } else if (node.isArray()) {
            node.values().forEach(v -> collectSecondsFields(v, out));
        }
    }

    private static JsonNode episode(int rank) {
        JsonNode episode = doc.at("/episodes/" + (rank - 1));
        assertThat(episode.isMissingNode()).as("episode %d", rank).isFalse();
        return episode;
    }

    /** Field names in document order. */
    static List<String> names(JsonNode node) {
        assertThat(node.isObject()).as("%s", node).isTrue();
        return List.copyOf(node.propertyNames());
    }

    static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).isTrue();
        List<String> strings = new ArrayList<>();
        for (JsonNode value : array) {
            assertThat(value.isString()).as("%s", value).isTrue();
            strings.add(value.stringValue());
        }
        return strings;
    }

    /** The page's line {@code number}, 1-based. */
    private static String pageLine(int number) {
        return pageLines.get(number - 1);
    }
}
