package dev.showpage;

import static dev.showpage.Pages.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Faq;
import dev.showpage.model.FaqEntry;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Promotion;
import dev.showpage.model.Role;
import dev.showpage.model.Severity;
import dev.showpage.model.Show;
import dev.showpage.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every value of the Goodpods page {@code testdata/goodpods/database-school.txt}, written out by
 * hand from the page text (never produced by running the parser). Line numbers in the comments are
 * 1-based lines of that file.
 */
class GoodpodsExamplePageTest {

    private static final Path PAGE = Path.of("testdata/goodpods/database-school.txt");

    private static final String SHOW = "Database School";

    private static Page page;

    @BeforeAll
    static void parsePage() throws IOException {
        page = EpisodePageParser.parse(PAGE);
    }

    // ---------------------------------------------------------------------------------------------
    // Shared expected values
    // ---------------------------------------------------------------------------------------------

    // "Want to learn more Postgres? Check out my Postgres course: https://masteringpostgres.com."
    // (lines 15, 51, 122, 164)
    private static final Promotion POSTGRES_COURSE =
            new Promotion(
                    "Want to learn more Postgres? Check out my Postgres course",
                    Optional.of("https://masteringpostgres.com"));

    // "Want to learn more SQLite? Check out my SQLite course: https://highperformancesqlite.com"
    // (lines 97, 104)
    private static final Promotion SQLITE_COURSE =
            new Promotion(
                    "Want to learn more SQLite? Check out my SQLite course",
                    Optional.of("https://highperformancesqlite.com"));

    // "Want to learn more about SQLite? Check out the full course:
    // https://highperformancesqlite.com." (lines 111, 203, 211, 219)
    private static final Promotion SQLITE_FULL_COURSE =
            new Promotion(
                    "Want to learn more about SQLite? Check out the full course",
                    Optional.of("https://highperformancesqlite.com"));

    // "Get production ready SQLite with Turso: https://tur.so/af." (lines 97, 111, 203, 211, 219)
    private static final Promotion TURSO =
            new Promotion(
                    "Get production ready SQLite with Turso", Optional.of("https://tur.so/af"));

    // "Production ready Postgres for teams that ship fast: https://xata.io" (line 123)
    private static final Promotion XATA =
            new Promotion(
                    "Production ready Postgres for teams that ship fast",
                    Optional.of("https://xata.io"));

    // "Follow Aaron:" group (lines 20-23, 60-63, 97, 104, 132-135, 169-172)
    private static final Person AARON =
            new Person(
                    "Aaron",
                    Role.HOST,
                    List.of(
                            link("Twitter", "https://twitter.com/aarondfrancis", LinkKind.TWITTER),
                            link(
                                    "LinkedIn",
                                    "https://www.linkedin.com/in/aarondfrancis",
                                    LinkKind.LINKEDIN),
                            new Link(
                                    Optional.of("Website"),
                                    "https://aaronfrancis.com",
                                    LinkKind.WEBSITE,
                                    Optional.of("find articles, podcasts, courses, and more."))));

    // "Ben and Aaron discuss" (line 212), "DHH and Aaron discuss" (line 219): named, no links
    private static final Person AARON_WITHOUT_LINKS = new Person("Aaron", Role.HOST, List.of());

    // ---------------------------------------------------------------------------------------------
    // Page header, navigation, episode list shape
    // ---------------------------------------------------------------------------------------------

    // lines 1-9
    @Test
    void header() {
        assertThat(page.layout()).isEqualTo("goodpods");
        // lines 2, 3, 5; the episode count from the FAQ's answer on line 227
        assertThat(page.show())
                .contains(
                        new Show(
                                "Database School",
                                Optional.of("Try Hard Studios"),
                                OptionalInt.of(1),
                                OptionalInt.of(12)));
        // line 8
        assertThat(page.heading()).contains("Top 10 Database School Episodes");
        // line 9
        assertThat(page.summary())
                .contains(
                        "Goodpods has curated a list of the 10 best Database School episodes,"
                            + " ranked by the number of listens and likes each episode have"
                            + " garnered from our listeners. If you are listening to Database"
                            + " School for the first time, there's no better place to start than"
                            + " with one of these standout episodes. If you are a fan of the show,"
                            + " vote for your favorite Database School episode by adding your"
                            + " comments to the episode page.");
    }

    // lines 6, 7, 222, 224, 238, 240
    @Test
    void navigation() {
        assertThat(page.navigation())
                .containsExactly(
                        "All episodes",
                        "Best episodes",
                        "Show more best episodes",
                        "Show more best episodes",
                        "Show more FAQ",
                        "Show more FAQ");
    }

    // cards start at lines 11, 48, 94, 101, 108, 121, 163, 200, 208, 216
    @Test
    void tenEpisodesInPageOrder() {
        assertThat(page.episodes())
                .extracting(Episode::rank)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(page.episodes())
                .extracting(Episode::source)
                .containsExactly(
                        new SourcePosition(11, 1),
                        new SourcePosition(48, 1),
                        new SourcePosition(94, 1),
                        new SourcePosition(101, 1),
                        new SourcePosition(108, 1),
                        new SourcePosition(121, 1),
                        new SourcePosition(163, 1),
                        new SourcePosition(200, 1),
                        new SourcePosition(208, 1),
                        new SourcePosition(216, 1));
    }

    // ---------------------------------------------------------------------------------------------
    // Episodes
    // ---------------------------------------------------------------------------------------------

    // lines 11-46
    @Test
    void episode1() {
        assertEpisode(
                new Episode(
                        1,
                        // line 11
                        Optional.of("Postgres on bare metal with the CEO of Prisma"),
                        // line 12
                        Optional.of(SHOW),
                        // line 13
                        Optional.of(LocalDate.of(2025, 2, 17)),
                        Optional.of(Duration.ofMinutes(84)),
                        // line 46
                        OptionalInt.of(1),
                        // line 14
                        Optional.of(
                                "Prisma started as a GraphQL backend and pivoted into one of the"
                                    + " most widely used ORMs in the world. Now, they’ve launched"
                                    + " Prisma Postgres, and CEO Søren Bramer Schmidt is here to"
                                    + " break down the journey, the challenges, and the massive"
                                    + " technical innovations behind it—including bare-metal"
                                    + " servers, Firecracker microVMs, and unikernels. If you care"
                                    + " about databases, performance, or scaling, this one’s for"
                                    + " you."),
                        List.of(
                                // lines 14, 16-19
                                new Person(
                                        "Søren Bramer Schmidt",
                                        Role.GUEST,
                                        List.of(
                                                link(
                                                        "Twitter",
                                                        "https://twitter.com/sorenbs",
                                                        LinkKind.TWITTER),
                                                link(
                                                        "GitHub",
                                                        "https://github.com/prisma/prisma",
                                                        LinkKind.GITHUB),
                                                link(
                                                        "Prisma Postgres",
                                                        "https://www.prisma.io/postgres",
                                                        LinkKind.WEBSITE))),
                                // lines 20-23
                                AARON),
                        List.of(),
                        // line 15
                        List.of(POSTGRES_COURSE),
                        // lines 24-44
                        chapters(
                                84 * 60,
                                "00:00",
                                "Introduction",
                                "01:15",
                                "The Origins of Prisma: From GraphQL to ORM",
                                "02:55",
                                "Why Firebase & Parse Inspired Prisma",
                                "04:04",
                                "The Pivot: From GraphQL to Prisma ORM",
                                "06:00",
                                "Why They Abandoned Backend-as-a-Service",
                                "08:07",
                                "The Open Source Business Model Debate",
                                "10:15",
                                "The Challenges of Monetizing an ORM",
                                "12:42",
                                "Building Prisma Accelerate & Pulse",
                                "14:55",
                                "How Prisma Accelerate Optimizes Database Access",
                                "17:00",
                                "Real-Time Database Updates with Prisma Pulse",
                                "20:03",
                                "How Prisma Pulse Handles Change Data Capture (CDC)",
                                "23:15",
                                "Users Wanted a Hosted Database (Even When Prisma Didn’t)",
                                "25:40",
                                "Why Prisma Finally Launched Prisma Postgres",
                                "27:32",
                                "Unikernels, Firecracker MicroVMs & Running Millions of Databases",
                                "31:10",
                                "Bare Metal Servers vs. AWS: The Controversial Choice",
                                "34:40",
                                "How Prisma Routes Queries for Low Latency",
                                "38:02",
                                "Scaling, Cost Efficiency & Performance Benefits",
                                "42:10",
                                "The Prisma Postgres Roadmap & Future Features",
                                "45:30",
                                "Why Prisma is Competing with AWS & The Big Cloud Players",
                                "48:05",
                                "Final Thoughts & Where to Learn More"),
                        new SourcePosition(11, 1)));
    }

    // lines 48-92
    @Test
    void episode2() {
        assertEpisode(
                new Episode(
                        2,
                        // line 48
                        Optional.of("Bootstrapping an email service provider (with Jesse Hanley)"),
                        // line 49
                        Optional.of(SHOW),
                        // line 50
                        Optional.of(LocalDate.of(2024, 10, 14)),
                        Optional.of(Duration.ofMinutes(81)),
                        // line 92
                        OptionalInt.of(1),
                        // line 52
                        Optional.of(
                                "In this interview, I talk with Jesse Hanley, founder of Bento,"
                                    + " about running a lean email service from Japan. We chat"
                                    + " about the challenges of scaling infrastructure, managing"
                                    + " databases, and maintaining a calm business while serving a"
                                    + " global customer base."),
                        List.of(
                                // lines 48, 57-59
                                new Person(
                                        "Jesse Hanley",
                                        Role.GUEST,
                                        List.of(
                                                link(
                                                        "Twitter",
                                                        "https://twitter.com/jessethanley",
                                                        LinkKind.TWITTER),
                                                link(
                                                        "Bento on Twitter",
                                                        "https://twitter.com/Bento",
                                                        LinkKind.TWITTER))),
                                // lines 60-63
                                AARON),
                        // lines 53-56
                        List.of(
                                link("Bento", "https://bentonow.com", LinkKind.WEBSITE),
                                link(
                                        "Database school on YouTube",
                                        "https://www.youtube.com/playlist?list=PLI72dgeNJtzqElnNB6sQoAn2R-F3Vqm15",
                                        LinkKind.YOUTUBE),
                                link(
                                        "Database school audio only",
                                        "https://databaseschool.transistor.fm",
                                        LinkKind.WEBSITE)),
                        // line 51
                        List.of(POSTGRES_COURSE),
                        // lines 64-90
                        chapters(
                                81 * 60,
                                "00:00",
                                "Introduction to Jesse Hanley",
                                "01:02",
                                "Running Bento from Japan",
                                "01:48",
                                "The Lean Team Structure at Bento",
                                "03:00",
                                "Managing Support via Discord",
                                "05:01",
                                "Benefits of Using Discord for Customer Support",
                                "06:45",
                                "The Role of Community in Customer Feedback",
                                "09:01",
                                "How Bento Gained Traction",
                                "13:00",
                                "Bootstrapping Bento and Profitable Growth",
                                "16:00",
                                "Running Your Own Mail Servers",
                                "19:03",
                                "The Economics and Redundancy of Email Delivery",
                                "21:00",
                                "Bento's Heroku Setup and Scaling Challenges",
                                "26:00",
                                "Handling and Querying Massive Data in Bento",
                                "29:52",
                                "Leveraging Elasticsearch for Data Queries",
                                "35:40",
                                "Moving Toward Multi-Database Solutions",
                                "37:45",
                                "Exploring Crunchy Data and Citus for Database Scaling",
                                "42:00",
                                "Optimizing Bento for Performance and Scalability",
                                "54:02",
                                "Jesse’s Advice on Building a Calm and Profitable Business",
                                "57:00",
                                "How Bento Uses WebSockets and Background Jobs",
                                "1:00:00",
                                "Optimizing Bento with Action Cable",
                                "1:02:25",
                                "Avoiding N+1 Queries with WebSockets",
                                "1:04:50",
                                "Scaling Redis and Postgres at Bento",
                                "1:09:00",
                                "Jesse’s Approach to Managing Growth and Multiple Services",
                                "1:11:00",
                                "Final Thoughts on Scaling and Optimizing Databases",
                                "1:13:10",
                                "Advice for Aspiring Builders: Stay Patient and True to Your"
                                        + " Vision",
                                "1:16:00",
                                "Bento’s Unique Approach to Email Marketing and Transactional"
                                        + " Emails",
                                "1:19:50",
                                "Closing Thoughts and Where to Find Jesse Hanley Online"),
                        new SourcePosition(48, 1)));
    }

    // lines 94-99 (line 97 holds the whole body on one line)
    @Test
    void episode3() {
        assertEpisode(
                new Episode(
                        3,
                        // line 94
                        Optional.of("Moving from Redis to SQLite with Mike Buckbee"),
                        // line 95
                        Optional.of(SHOW),
                        // line 96
                        Optional.of(LocalDate.of(2024, 11, 26)),
                        Optional.of(Duration.ofMinutes(69)),
                        // line 99
                        OptionalInt.of(1),
                        // line 97, between the SQLite course and the Turso promotion
                        Optional.of(
                                "In this episode, I sit down with Mike Buckbee to dive into the"
                                    + " nitty-gritty of web application firewalls and his journey"
                                    + " from using Redis to SQLite in Wafris. We talk about"
                                    + " database architecture, operational challenges, and the"
                                    + " fascinating ways SQLite improves performance and usability"
                                    + " in cybersecurity tools."),
                        List.of(
                                // line 94; line 97 "Follow Mike: ..."
                                new Person(
                                        "Mike Buckbee",
                                        Role.GUEST,
                                        List.of(
                                                link(
                                                        "Twitter",
                                                        "https://twitter.com/mbuckbee",
                                                        LinkKind.TWITTER),
                                                link(
                                                        "LinkedIn",
                                                        "https://www.linkedin.com/in/michaelbuckbee",
                                                        LinkKind.LINKEDIN),
                                                link(
                                                        "Wafris website",
                                                        "https://wafris.org",
                                                        LinkKind.WEBSITE),
                                                link(
                                                        "Rearchitecting Redis to SQLite article",
                                                        "https://wafris.org/blog/rearchitecting-for-sqlite",
                                                        LinkKind.WEBSITE))),
                                // line 97 "Follow Aaron: ..."
                                AARON),
                        List.of(),
                        // line 97
                        List.of(SQLITE_COURSE, TURSO),
                        // line 97 "Chapters: ..."
                        chapters(
                                69 * 60,
                                "00:00",
                                "Introduction and Guest Overview",
                                "01:06",
                                "What is Wafris?",
                                "02:43",
                                "Naming and Origins of Wafris",
                                "04:00",
                                "Mike's Cybersecurity Background",
                                "07:17",
                                "Challenges with Web Application Firewalls",
                                "10:01",
                                "Wafris Architecture Overview",
                                "16:15",
                                "Why Switch to SQLite?",
                                "18:01",
                                "Handling IP Address Ranges",
                                "24:00",
                                "Wild Redis Data Structures Explained",
                                "28:51",
                                "Transitioning to SQLite",
                                "32:02",
                                "Operational Advantages of SQLite",
                                "37:04",
                                "How Wafris Leverages Threat Lists",
                                "40:13",
                                "Performance Gains with SQLite",
                                "46:51",
                                "Splitting Reads and Writes in the New Architecture",
                                "52:29",
                                "Closing Thoughts and Where to Learn More"),
                        new SourcePosition(94, 1)));
    }

    // lines 101-106 (line 104 holds the whole body on one line)
    @Test
    void episode4() {
        assertEpisode(
                new Episode(
                        4,
                        // line 101
                        Optional.of("Building a serverless database replica with Carl Sverre"),
                        // line 102
                        Optional.of(SHOW),
                        // line 103
                        Optional.of(LocalDate.of(2025, 4, 18)),
                        Optional.of(Duration.ofMinutes(88)),
                        // line 106
                        OptionalInt.of(1),
                        // line 104, after the SQLite course promotion
                        Optional.of(
                                "In this episode, Carl Sverre and I discuss why syncing everything"
                                    + " is a bad idea and how his new project, Graft, makes"
                                    + " edge-native, partially replicated databases possible. We"
                                    + " dig into SQLite, object storage, transactional guarantees,"
                                    + " and why Graft might be the foundation for serverless"
                                    + " database replicas."),
                        List.of(
                                // line 101; line 104 "Follow Carl: ..."
                                new Person(
                                        "Carl Sverre",
                                        Role.GUEST,
                                        List.of(
                                                link(
                                                        "Twitter",
                                                        "https://twitter.com/carlsverre",
                                                        LinkKind.TWITTER),
                                                link(
                                                        "LinkedIn",
                                                        "https://www.linkedin.com/in/carlsverre",
                                                        LinkKind.LINKEDIN),
                                                link(
                                                        "Website",
                                                        "https://carlsverre.com/",
                                                        LinkKind.WEBSITE))),
                                // line 104 "Follow Aaron: ..."
                                AARON),
                        // line 104
                        List.of(
                                link("SQLSync", "https://sqlsync.dev", LinkKind.WEBSITE),
                                link(
                                        "Stop syncing everything blog post",
                                        "https://sqlsync.dev/posts/stop-syncing-everything",
                                        LinkKind.WEBSITE),
                                link(
                                        "Graft",
                                        "https://github.com/orbitinghail/graft",
                                        LinkKind.GITHUB)),
                        // line 104
                        List.of(SQLITE_COURSE),
                        // line 104 "Chapters: ..."
                        chapters(
                                88 * 60,
                                "00:00",
                                "Intro and Carl’s controversial blog title",
                                "01:00",
                                "Why “stop syncing everything” doesn't mean stop syncing",
                                "02:30",
                                "The problem with full database syncs",
                                "03:20",
                                "Quick recap of SQL Sync and multiplayer SQLite",
                                "04:45",
                                "How SQL Sync works using physical replication",
                                "06:00",
                                "The limitations that led to building Graft",
                                "09:00",
                                "What is Graft? A high-level overview",
                                "16:30",
                                "Syncing architecture: how Graft scales",
                                "18:00",
                                "Graft's stateless design and Fly.io integration",
                                "20:00",
                                "S3 compatibility and using Tigris as backend",
                                "22:00",
                                "Latency tuning and express zone support",
                                "24:00",
                                "Can Graft run locally or with Minio?",
                                "27:00",
                                "Page store vs meta store in Graft",
                                "36:00",
                                "Index-aware prefetching in SQLite",
                                "38:00",
                                "Prefetching intelligence: Graft vs driver",
                                "40:00",
                                "The benefits of Graft's architectural simplicity",
                                "48:00",
                                "Three use cases: apps, web apps, and replicas",
                                "50:00",
                                "Sync timing and perceived latency",
                                "59:00",
                                "Replaying transactions vs logical conflict resolution",
                                "1:03:00",
                                "What’s next for Graft and how to get involved",
                                "1:05:00",
                                "Hacker News reception and blog post feedback",
                                "1:06:30",
                                "Closing thoughts and where to find Carl"),
                        new SourcePosition(101, 1)));
    }

    // lines 108-119
    @Test
    void episode5() {
        assertEpisode(
                new Episode(
                        5,
                        // line 108
                        Optional.of("Migrating from Postgres to SQLite with Kent C. Dodds"),
                        // line 109
                        Optional.of(SHOW),
                        // line 110
                        Optional.of(LocalDate.of(2024, 6, 20)),
                        Optional.of(Duration.ofMinutes(51)),
                        // line 119
                        OptionalInt.of(1),
                        // line 111, after the two promotions
                        Optional.of(
                                "In this interview, I talk to Kent C. Dodds about SQLite, LiteFS"
                                        + " and the React ecosystem."),
                        List.of(
                                // line 108; line 112 "Kent: URL" (label only names the person)
                                new Person(
                                        "Kent C. Dodds",
                                        Role.GUEST,
                                        List.of(
                                                bare(
                                                        "https://twitter.com/kentcdodds",
                                                        LinkKind.TWITTER)))),
                        // lines 113-117
                        List.of(
                                link("EpicWeb", "https://www.epicweb.dev", LinkKind.WEBSITE),
                                link(
                                        "The Epic Stack",
                                        "https://www.epicweb.dev/epic-stack",
                                        LinkKind.WEBSITE),
                                link("Fly.io", "https://fly.io", LinkKind.WEBSITE),
                                link("LiteFS", "https://fly.io/docs/litefs", LinkKind.WEBSITE),
                                link("Litestream", "https://litestream.io", LinkKind.WEBSITE)),
                        // line 111
                        List.of(SQLITE_FULL_COURSE, TURSO),
                        List.of(),
                        new SourcePosition(108, 1)));
    }

    // lines 121-161 (no title line, no show line)
    @Test
    void episode6() {
        assertEpisode(
                new Episode(
                        6,
                        Optional.empty(),
                        Optional.empty(),
                        // line 121
                        Optional.of(LocalDate.of(2024, 10, 7)),
                        Optional.of(Duration.ofMinutes(61)),
                        // line 161
                        OptionalInt.of(1),
                        // line 123, after the Xata promotion
                        Optional.of(
                                "In this interview, I talk with Monica Sarbu and Tudor Golubenco"
                                    + " from Xata about their journey from Elastic to founding"
                                    + " Xata. We deep dive on building a Postgres hosting platform,"
                                    + " handling schema changes, and how they've made their free"
                                    + " tier economical."),
                        List.of(
                                // line 123; lines 127-129
                                new Person(
                                        "Monica Sarbu",
                                        Role.GUEST,
                                        List.of(
                                                link(
                                                        "Twitter",
                                                        "https://twitter.com/monicasarbu",
                                                        LinkKind.TWITTER),
                                                link(
                                                        "LinkedIn",
                                                        "https://www.linkedin.com/in/monicasarbu",
                                                        LinkKind.LINKEDIN))),
                                // line 123; lines 127, 130-131
                                new Person(
                                        "Tudor Golubenco",
                                        Role.GUEST,
                                        List.of(
                                                link(
                                                        "Twitter",
                                                        "https://twitter.com/tudor_g",
                                                        LinkKind.TWITTER),
                                                link(
                                                        "LinkedIn",
                                                        "https://www.linkedin.com/in/tudorgolubenco/",
                                                        LinkKind.LINKEDIN))),
                                // lines 132-135
                                AARON),
                        // lines 124-126
                        List.of(
                                link("Xata.io", "https://xata.io/", LinkKind.WEBSITE),
                                link(
                                        "The economics of a Postgres free tier",
                                        "https://xata.io/blog/postgres-free-tier",
                                        LinkKind.WEBSITE)),
                        // lines 122, 123
                        List.of(POSTGRES_COURSE, XATA),
                        // lines 136-159 (line 148 holds two chapters)
                        chapters(
                                61 * 60,
                                "00:00",
                                "Introduction",
                                "00:26",
                                "What is Xata? Overview and Mission",
                                "01:32",
                                "Open Source Projects: PG Roll and PG Stream",
                                "02:33",
                                "Synchronizing Data: Postgres to Elastic Search",
                                "03:12",
                                "Monica and Tudor's Background & Journey to Elastic",
                                "04:00",
                                "Founding of Packetbeat: The Start of Open Source Monitoring",
                                "06:08",
                                "Transition from Elastic to Starting Xata",
                                "07:00",
                                "Launching a Nonprofit and Insights on Database Challenges",
                                "08:29",
                                "The Idea Behind Xata: Simplifying Application Development",
                                "10:00",
                                "Tudor Joins Xata: The Decision to Start Again",
                                "10:47",
                                "The Technical Vision for Xata's Platform",
                                "12:06",
                                "Founding Xata During the Pandemic",
                                "13:11",
                                "Funding Journey: From Seed to Series A",
                                "15:07",
                                "Building a Platform, Not Just a Hosted Database",
                                "17:20",
                                "Introducing Postgres to Xata's Stack",
                                "20:19",
                                "Navigating Postgres as a DBA",
                                "22:44",
                                "Open Source Strategy & Community Building",
                                "27:48",
                                "PG Stream Use Cases & Postgres Replication",
                                "32:08",
                                "PG Roll for Zero Downtime Schema Changes",
                                "36:05",
                                "Implementing Safe and Fast Schema Changes",
                                "39:49",
                                "Blob Storage and Cloudflare Integration",
                                "45:11",
                                "Xata's Unique Features: Serving Builders and Larger Teams",
                                "49:20",
                                "Free Tier Economics and Why It Matters",
                                "56:04",
                                "Working as a Husband-Wife Team"),
                        new SourcePosition(121, 1)));
    }

    // lines 163-198 (no title line, no show line)
    @Test
    void episode7() {
        assertEpisode(
                new Episode(
                        7,
                        Optional.empty(),
                        Optional.empty(),
                        // line 163
                        Optional.of(LocalDate.of(2024, 9, 24)),
                        Optional.of(Duration.ofMinutes(62)),
                        // line 198
                        OptionalInt.of(1),
                        // line 165
                        Optional.of(
                                "In this interview, I dive deep with Craig Kerstiens from Crunchy"
                                    + " Data into the world of Postgres, covering its rise to"
                                    + " prominence, scaling at Heroku, and the power of Postgres"
                                    + " extensions. Craig also shares insights on database"
                                    + " sharding, the future of Postgres, and why developers love"
                                    + " working with it."),
                        List.of(
                                // line 165; lines 166-168
                                new Person(
                                        "Craig Kerstiens",
                                        Role.GUEST,
                                        List.of(
                                                link(
                                                        "Twitter",
                                                        "https://twitter.com/craigkerstiens",
                                                        LinkKind.TWITTER),
                                                link(
                                                        "Crunchy Data Blog",
                                                        "https://www.crunchydata.com/blog",
                                                        LinkKind.WEBSITE))),
                                // lines 169-172
                                AARON),
                        List.of(),
                        // line 164
                        List.of(POSTGRES_COURSE),
                        // lines 173-196
                        chapters(
                                62 * 60,
                                "00:00",
                                "Introduction: Welcome to Database School",
                                "00:20",
                                "Guest Introduction: Craig Kerstiens and Crunchy Data",
                                "01:40",
                                "Craig's Journey from Heroku to Crunchy Data",
                                "02:55",
                                "Scaling Postgres at Heroku",
                                "04:50",
                                "Mastering Postgres Course Announcement",
                                "05:30",
                                "The Importance of Postgres at Heroku",
                                "07:50",
                                "The Value of Live SQL with Data Clips",
                                "09:25",
                                "Data Clips for Business Intelligence and Real-Time Analytics",
                                "11:05",
                                "Heroku’s Unique Company Culture and How Data Clips Came to Be",
                                "12:30",
                                "Postgres Extensions and Marketplace",
                                "14:00",
                                "Citus: Scaling Postgres for Multi-Tenant Applications",
                                "15:40",
                                "The Challenges of Sharding in Databases",
                                "18:00",
                                "Managing Large Databases and Sharding Keys with Citus",
                                "24:00",
                                "The Evolution of Postgres and Its Growing Popularity",
                                "31:00",
                                "Postgres for Developers and the Importance of Extensions",
                                "35:00",
                                "Extensions as Proving Grounds for Core Postgres Features",
                                "37:50",
                                "Building an Extension Marketplace for Postgres",
                                "41:00",
                                "Postgres as a Data Platform and Developer Flexibility",
                                "46:00",
                                "Why Developers Love Postgres: Stability, Extensions, and"
                                        + " Ownership",
                                "51:00",
                                "DuckDB: A Fascinating New Database Approach",
                                "53:30",
                                "Crunchy Data: What They Offer and Why It Matters",
                                "58:30",
                                "Expanding Postgres with DuckDB for Data Warehousing",
                                "01:00:00",
                                "Wrapping Up: Where to Find Craig and Crunchy Data"),
                        new SourcePosition(163, 1)));
    }

    // lines 200-206 (line 204 holds the prose, links and the inline chapter list)
    @Test
    void episode8() {
        assertEpisode(
                new Episode(
                        8,
                        // line 200
                        Optional.of("Offline-first, multiplayer SQLite"),
                        // line 201
                        Optional.of(SHOW),
                        // line 202
                        Optional.of(LocalDate.of(2024, 6, 13)),
                        Optional.of(Duration.ofMinutes(86)),
                        // line 206
                        OptionalInt.of(1),
                        // line 204, up to "Carl: URL"
                        Optional.of(
                                "In this interview I talk to Carl Sverre about his new project:"
                                        + " SQLSync. It's an offline-first, collaborative wrapper"
                                        + " around SQLite. We cover event sourcing, conflict"
                                        + " resolution, VFSes, and more!"),
                        List.of(
                                // line 204: "Carl Sverre", then "Carl: URL" (label only names the
                                // person)
                                new Person(
                                        "Carl Sverre",
                                        Role.GUEST,
                                        List.of(
                                                bare(
                                                        "https://twitter.com/carlsverre",
                                                        LinkKind.TWITTER)))),
                        // line 204
                        List.of(
                                link("PartyKit", "https://www.partykit.io", LinkKind.WEBSITE),
                                link("SQLSync", "https://sqlsync.dev", LinkKind.WEBSITE),
                                link(
                                        "Carl's new company",
                                        "https://orbitinghail.dev",
                                        LinkKind.WEBSITE)),
                        // line 203
                        List.of(SQLITE_FULL_COURSE, TURSO),
                        // line 204, between "-------" and "-----"
                        chapters(
                                86 * 60,
                                "00:00",
                                "Intro and Background",
                                "01:56",
                                "What is SQLSync",
                                "02:30",
                                "Amplify",
                                "05:08",
                                "SQLSync Use Case",
                                "07:35",
                                "Multiplayer Explained",
                                "09:41",
                                "Durable Objects",
                                "12:00",
                                "Compare to PartyKit",
                                "13:08",
                                "Local First",
                                "22:46",
                                "SQLSync Terminology",
                                "24:28",
                                "SQLSync Replication Flow",
                                "27:33",
                                "Virtual File System",
                                "33:51",
                                "Transactions in WASM",
                                "39:41",
                                "Sync to Coordinator",
                                "43:22",
                                "Conflict Resolution as Business Logic",
                                "52:03",
                                "Sync to Clients",
                                "1:01:12",
                                "Goals for SQLSync",
                                "1:04:14",
                                "Scaling Limitations",
                                "1:07:30",
                                "Graft Storage Engine",
                                "1:14:47",
                                "Graft as a SQLite Extension",
                                "1:17:08",
                                "What's Next"),
                        new SourcePosition(200, 1)));
    }

    // lines 208-214
    @Test
    void episode9() {
        assertEpisode(
                new Episode(
                        9,
                        // line 208
                        Optional.of("Distributed SQLite with Litestream and LiteFS"),
                        // line 209
                        Optional.of(SHOW),
                        // line 210
                        Optional.of(LocalDate.of(2024, 6, 13)),
                        Optional.of(Duration.ofMinutes(57)),
                        // line 214
                        OptionalInt.of(1),
                        // line 212, before the first bullet
                        Optional.of(
                                "Ben and Aaron discuss replication and backups in SQLite,"
                                    + " Litestream and LiteFS, and future mad scientist projects"
                                    + " Ben is working on."),
                        List.of(
                                // line 212: "Ben and Aaron", "• Ben Johnson on Twitter:
                                // https://x.com/benbjohnson"
                                new Person(
                                        "Ben Johnson",
                                        Role.GUEST,
                                        List.of(
                                                link(
                                                        "Twitter",
                                                        "https://x.com/benbjohnson",
                                                        LinkKind.TWITTER))),
                                // line 212: "Ben and Aaron discuss"
                                AARON_WITHOUT_LINKS),
                        // line 212
                        List.of(
                                link("Litestream", "https://litestream.io/", LinkKind.WEBSITE),
                                link("LiteFS", "https://fly.io/docs/litefs/", LinkKind.WEBSITE)),
                        // line 211
                        List.of(SQLITE_FULL_COURSE, TURSO),
                        List.of(),
                        new SourcePosition(208, 1)));
    }

    // lines 216-221
    @Test
    void episode10() {
        assertEpisode(
                new Episode(
                        10,
                        // line 216
                        Optional.of("DHH discusses SQLite (and Stoicism)"),
                        // line 217
                        Optional.of(SHOW),
                        // line 218
                        Optional.of(LocalDate.of(2024, 6, 13)),
                        Optional.of(Duration.ofMinutes(53)),
                        // line 221
                        OptionalInt.of(1),
                        // line 219, after the two promotions
                        Optional.of(
                                "DHH and Aaron discuss modern SQLite, the one-person framework,"
                                        + " conceptual compression, stoicism, and ONCE.com's newest"
                                        + " product: Workbook."),
                        List.of(
                                // line 216 (title) and line 219: "DHH and Aaron discuss"
                                new Person("DHH", Role.GUEST, List.of()), AARON_WITHOUT_LINKS),
                        List.of(),
                        // line 219
                        List.of(SQLITE_FULL_COURSE, TURSO),
                        List.of(),
                        new SourcePosition(216, 1)));
    }

    // ---------------------------------------------------------------------------------------------
    // FAQ and diagnostics
    // ---------------------------------------------------------------------------------------------

    // lines 225-237
    @Test
    void faq() {
        assertThat(page.faq()).isPresent();
        Faq faq = page.faq().orElseThrow();
        // lines 226-237
        assertThat(faq.entries())
                .containsExactly(
                        new FaqEntry(
                                "How many episodes does Database School have?",
                                "Database School currently has 12 episodes available."),
                        new FaqEntry(
                                "What topics does Database School cover?",
                                "The podcast is about Podcasts, Technology and Education."),
                        new FaqEntry(
                                "What is the most popular episode on Database School?",
                                "The episode title 'Building a serverless database replica with"
                                        + " Carl Sverre' is the most popular."),
                        new FaqEntry(
                                "What is the average episode length on Database School?",
                                "The average episode length on Database School is 75 minutes."),
                        new FaqEntry(
                                "How often are episodes of Database School released?",
                                "Episodes of Database School are typically released every 13 days,"
                                        + " 3 hours."),
                        new FaqEntry(
                                "When was the first episode of Database School?",
                                "The first episode of Database School was released on Jun 13,"
                                        + " 2024."));
        // line 227
        assertThat(faq.episodeCount()).isEqualTo(OptionalInt.of(12));
        // line 229
        assertThat(faq.topics()).containsExactly("Podcasts", "Technology", "Education");
        // line 231
        assertThat(faq.mostPopularEpisode())
                .contains("Building a serverless database replica with Carl Sverre");
        // line 233
        assertThat(faq.averageEpisodeLength()).contains(Duration.ofMinutes(75));
        // line 235
        assertThat(faq.releaseInterval()).contains(Duration.ofDays(13).plusHours(3));
        // line 237
        assertThat(faq.firstEpisodeDate()).contains(LocalDate.of(2024, 6, 13));
    }

    // lines 121 and 163: the two cards that start with a date instead of a title
    @Test
    void diagnostics() {
        assertThat(page.diagnostics()).hasSize(2);
        assertThat(page.diagnostics())
                .extracting(
                        Diagnostic::severity,
                        Diagnostic::code,
                        Diagnostic::line,
                        Diagnostic::column)
                .containsExactly(
                        tuple(Severity.WARNING, "missing-title", 121, 1),
                        tuple(Severity.WARNING, "missing-title", 163, 1));
        assertThat(page.diagnostics()).allSatisfy(d -> assertThat(d.message()).isNotBlank());
        assertThat(page.hasErrors()).isFalse();
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    /** Compares every component of the card with its expected value, then the whole record. */
    private static void assertEpisode(Episode expected) {
        assertThat(page.episodes()).hasSizeGreaterThanOrEqualTo(expected.rank());
        Episode actual = page.episodes().get(expected.rank() - 1);
        String at = "episode " + expected.rank() + " ";
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(actual.rank()).as(at + "rank").isEqualTo(expected.rank());
        softly.assertThat(actual.title()).as(at + "title").isEqualTo(expected.title());
        softly.assertThat(actual.show()).as(at + "show").isEqualTo(expected.show());
        softly.assertThat(actual.released()).as(at + "released").isEqualTo(expected.released());
        softly.assertThat(actual.duration()).as(at + "duration").isEqualTo(expected.duration());
        softly.assertThat(actual.listeners()).as(at + "listeners").isEqualTo(expected.listeners());
        softly.assertThat(actual.description())
                .as(at + "description")
                .isEqualTo(expected.description());
        softly.assertThat(actual.people())
                .as(at + "people")
                .containsExactlyElementsOf(expected.people());
        softly.assertThat(actual.links())
                .as(at + "links")
                .containsExactlyElementsOf(expected.links());
        softly.assertThat(actual.promotions())
                .as(at + "promotions")
                .containsExactlyElementsOf(expected.promotions());
        softly.assertThat(actual.chapters())
                .as(at + "chapters")
                .containsExactlyElementsOf(expected.chapters());
        softly.assertThat(actual.source()).as(at + "source").isEqualTo(expected.source());
        softly.assertThat(actual).as(at + "as a whole").isEqualTo(expected);
        softly.assertAll();
    }

    /** A link whose label the page does not give, or which only names its person. */
    private static Link bare(String url, LinkKind kind) {
        return new Link(Optional.empty(), url, kind, Optional.empty());
    }

    /**
     * Chapters in the page's own notation: alternating start ({@code MM:SS} or {@code H:MM:SS}) and
     * title. Each chapter ends where the next starts; the last ends at the episode's duration.
     */
    private static List<Chapter> chapters(int durationSeconds, String... startsAndTitles) {
        if (startsAndTitles.length % 2 != 0) {
            throw new IllegalArgumentException("starts and titles must alternate");
        }
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < startsAndTitles.length; i += 2) {
            Duration start = Duration.ofSeconds(seconds(startsAndTitles[i]));
            Duration end =
                    i + 2 < startsAndTitles.length
                            ? Duration.ofSeconds(seconds(startsAndTitles[i + 2]))
                            : Duration.ofSeconds(durationSeconds);
            chapters.add(new Chapter(start, Optional.of(end), startsAndTitles[i + 1]));
        }
        return chapters;
    }

    /** {@code "MM:SS"} or {@code "H:MM:SS"} as a number of seconds. */
    private static int seconds(String timestamp) {
        String[] parts = timestamp.split(":");
        int total = 0;
        for (String part : parts) {
            total = total * 60 + Integer.parseInt(part);
        }
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("not MM:SS or H:MM:SS: " + timestamp);
        }
        return total;
    }
}
