package dev.showpage.json;

import static dev.showpage.json.DatabaseSchoolJsonTest.CARDS;
import static dev.showpage.json.DatabaseSchoolJsonTest.MAPPER;
import static dev.showpage.json.DatabaseSchoolJsonTest.PAGE;
import static dev.showpage.json.DatabaseSchoolJsonTest.PRINTED_CHAPTERS;
import static dev.showpage.json.DatabaseSchoolJsonTest.assertNoNullOrEmpty;
import static dev.showpage.json.DatabaseSchoolJsonTest.names;
import static dev.showpage.json.DatabaseSchoolJsonTest.pageChapters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.conformance.SharedFiles;
import dev.showpage.json.DatabaseSchoolJsonTest.Card;
import dev.showpage.json.DatabaseSchoolJsonTest.PageChapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The two exports of the Goodpods page {@code testdata/goodpods/database-school.txt}: an episode's
 * Podcasting 2.0 JSON chapters ({@link PodcastChapters}) and the page's schema.org JSON-LD ({@link
 * SchemaOrgJsonLd}). Expected values come from the page text (1-based line numbers in the
 * comments), through the page transcriptions of {@link DatabaseSchoolJsonTest}.
 */
class ExportsTest {

    /** The JSON chapters spec as data, in ../shared beside the project (skipped without it). */
    private static final Path CHAPTERS_SPEC =
            Path.of("../shared/peer/podcasting2-json-chapters.json");

    private static Page page;

    @BeforeAll
    static void parsePage() throws IOException {
        page = EpisodePageParser.parse(PAGE);
    }

    // ---------------------------------------------------------------------------------------------
    // Podcasting 2.0 JSON chapters
    // ---------------------------------------------------------------------------------------------

    @Test
    void chaptersOfEpisode1FieldByField() {
        // Episode 1 is the card at lines 11-46; its chapters are lines 25-44, its duration "84 min"
        // (line 13).
        Episode episode = page.episodes().get(0);
        assertThat(episode.rank()).isEqualTo(1);
        JsonNode json = MAPPER.readTree(PodcastChapters.toJson(episode));

        assertThat(names(json)).containsExactly("version", "chapters");
        assertThat(json.get("version").isString()).isTrue();
        assertThat(json.get("version").stringValue()).isEqualTo("1.2.0");

        List<PageChapter> printed = pageChapters(DatabaseSchoolJsonTest.EPISODE_1_CHAPTERS);
        JsonNode chapters = json.get("chapters");
        assertThat(printed).hasSize(20);
        assertThat(chapters.size()).isEqualTo(20);
        for (int i = 0; i < 20; i++) {
            JsonNode chapter = chapters.get(i);
            assertThat(names(chapter))
                    .as("chapter %d", i)
                    .containsExactly("startTime", "title", "endTime");
            assertThat(chapter.get("startTime").isIntegralNumber()).isTrue();
            assertThat(chapter.get("endTime").isIntegralNumber()).isTrue();
            assertThat(chapter.get("startTime").longValue())
                    .as("startTime %d", i)
                    .isEqualTo(printed.get(i).startSeconds());
            assertThat(chapter.get("title").stringValue())
                    .as("title %d", i)
                    .isEqualTo(printed.get(i).title());
            long end = i + 1 < 20 ? printed.get(i + 1).startSeconds() : 84 * 60;
            assertThat(chapter.get("endTime").longValue()).as("endTime %d", i).isEqualTo(end);
        }
        // Lines 25-26 by hand: "00:00 - Introduction", "01:15 - ...".
        assertThat(chapters.get(0).get("startTime").longValue()).isZero();
        assertThat(chapters.get(0).get("title").stringValue()).isEqualTo("Introduction");
        assertThat(chapters.get(0).get("endTime").longValue()).isEqualTo(75);
        // Line 44 "48:05 - Final Thoughts & Where to Learn More" ends at 84 min.
        assertThat(chapters.get(19).get("startTime").longValue()).isEqualTo(2885);
        assertThat(chapters.get(19).get("endTime").longValue()).isEqualTo(5040);
    }

    @Test
    void episodeWithoutChaptersGivesAnEmptyList() {
        // Episode 5 (lines 108-119) prints no chapter list.
        Episode episode = page.episodes().get(4);
        assertThat(episode.rank()).isEqualTo(5);
        assertThat(episode.title())
                .hasValue("Migrating from Postgres to SQLite with Kent C. Dodds");
        JsonNode json = MAPPER.readTree(PodcastChapters.toJson(episode));
        assertThat(names(json)).containsExactly("version", "chapters");
        assertThat(json.get("version").stringValue()).isEqualTo("1.2.0");
        assertThat(json.get("chapters").isArray()).isTrue();
        assertThat(json.get("chapters").size()).isZero();
    }

    @Test
    void everyEpisodesChaptersMatchThePage() {
        for (Card card : CARDS) {
            List<PageChapter> printed = pageChapters(PRINTED_CHAPTERS.get(card.rank()));
            JsonNode chapters =
                    MAPPER.readTree(PodcastChapters.toJson(page.episodes().get(card.rank() - 1)))
                            .get("chapters");
            assertThat(chapters.size()).as("episode %d", card.rank()).isEqualTo(printed.size());
            for (int i = 0; i < printed.size(); i++) {
                long end =
                        i + 1 < printed.size()
                                ? printed.get(i + 1).startSeconds()
                                : card.durationSeconds();
                JsonNode chapter = chapters.get(i);
                String as = "episode " + card.rank() + " chapter " + i;
                assertThat(chapter.get("startTime").longValue())
                        .as(as)
                        .isEqualTo(printed.get(i).startSeconds());
                assertThat(chapter.get("title").stringValue())
                        .as(as)
                        .isEqualTo(printed.get(i).title());
                assertThat(chapter.get("endTime").longValue()).as(as).isEqualTo(end);
            }
        }
    }

    // The JSON chapters spec (Podcastindex-org/podcast-namespace docs/examples/chapters/
    // jsonChapters.md, version 1.2; its example documents say "version": "1.2.0"): the root
    // requires "version" (a string) and "chapters" (an array); a chapter requires "startTime", a
    // number of seconds, and may have the optional fields below; chapters ascend by startTime.
    private static final String SPEC_VERSION = "1.2.0";
    private static final Set<String> ROOT_REQUIRED = Set.of("version", "chapters");
    private static final Set<String> ROOT_OPTIONAL =
            Set.of("author", "title", "podcastName", "description", "fileName", "waypoints");
    private static final Set<String> CHAPTER_REQUIRED = Set.of("startTime");
    private static final Set<String> CHAPTER_OPTIONAL =
            Set.of("title", "img", "url", "toc", "endTime", "location");

    @Test
    void specFactsAgreeWithThePeerCopyOfTheSpec() {
        // The facts above, against the spec as data in the shared peer folder (when it is there).
        SharedFiles.require(CHAPTERS_SPEC);
        JsonNode peer = MAPPER.readTree(CHAPTERS_SPEC.toFile());
        JsonNode spec = peer.get("spec");
        assertThat(spec.get("root_required").propertyNames())
                .containsExactlyInAnyOrderElementsOf(ROOT_REQUIRED);
        assertThat(spec.get("root_optional").propertyNames())
                .containsExactlyInAnyOrderElementsOf(ROOT_OPTIONAL);
        assertThat(spec.get("chapter_required").propertyNames())
                .containsExactlyInAnyOrderElementsOf(CHAPTER_REQUIRED);
        assertThat(spec.get("chapter_optional").propertyNames())
                .containsExactlyInAnyOrderElementsOf(CHAPTER_OPTIONAL);
        assertThat(spec.at("/root_required/version").stringValue()).isEqualTo("string");
        assertThat(spec.at("/chapter_required/startTime").stringValue()).startsWith("float");
        Set<String> exampleVersions = new HashSet<>();
        for (JsonNode example : peer.get("cases")) {
            exampleVersions.add(example.at("/document/version").stringValue());
        }
        assertThat(exampleVersions).containsExactly(SPEC_VERSION);
    }

    @Test
    void everyChaptersFileFollowsTheSpec() {
        Set<String> rootFields = new HashSet<>(ROOT_REQUIRED);
        rootFields.addAll(ROOT_OPTIONAL);
        Set<String> chapterFields = new HashSet<>(CHAPTER_REQUIRED);
        chapterFields.addAll(CHAPTER_OPTIONAL);
        assertThat(PodcastChapters.VERSION).isEqualTo(SPEC_VERSION);
        for (Episode episode : page.episodes()) {
            JsonNode json = MAPPER.readTree(PodcastChapters.toJson(episode));
            String as = "episode " + episode.rank();
            assertThat(json.propertyNames()).as(as).containsAll(ROOT_REQUIRED);
            assertThat(rootFields).as(as).containsAll(json.propertyNames());
            assertThat(json.get("version").isString()).as(as).isTrue();
            assertThat(json.get("version").stringValue()).as(as).isEqualTo(SPEC_VERSION);
            assertThat(json.get("chapters").isArray()).as(as).isTrue();
            double previous = -1;
            for (JsonNode chapter : json.get("chapters")) {
                assertThat(chapter.propertyNames()).as(as).containsAll(CHAPTER_REQUIRED);
                assertThat(chapterFields).as(as).containsAll(chapter.propertyNames());
                // startTime: required, a number of seconds; chapters ascend by startTime.
                assertThat(chapter.get("startTime").isNumber()).as(as).isTrue();
                assertThat(chapter.get("startTime").doubleValue()).as(as).isGreaterThan(previous);
                previous = chapter.get("startTime").doubleValue();
                assertThat(chapter.get("title").isString()).as(as).isTrue();
                assertThat(chapter.get("endTime").isNumber()).as(as).isTrue();
                assertThat(chapter.get("endTime").doubleValue())
                        .as(as)
                        .isGreaterThan(chapter.get("startTime").doubleValue());
            }
            assertNoNullOrEmpty(json, "");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // schema.org JSON-LD
    // ---------------------------------------------------------------------------------------------

    @Test
    void jsonLdSeries() {
        JsonNode ld = MAPPER.readTree(SchemaOrgJsonLd.toJsonLd(page));
        assertThat(ld.get("@context").stringValue()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").stringValue()).isEqualTo("PodcastSeries");
        // Lines 2-3: the show and its publisher.
        assertThat(ld.get("name").stringValue()).isEqualTo("Database School");
        assertThat(ld.get("publisher"))
                .isEqualTo(
                        MAPPER.readTree(
                                "{\"@type\": \"Organization\", \"name\": \"Try Hard Studios\"}"));
        assertThat(names(ld.get("publisher"))).containsExactly("@type", "name");
        assertNoNullOrEmpty(ld, "");
    }

    @Test
    void jsonLdEpisodes() {
        JsonNode episodes = MAPPER.readTree(SchemaOrgJsonLd.toJsonLd(page)).get("episode");
        assertThat(episodes.isArray()).isTrue();
        assertThat(episodes.size()).isEqualTo(10);
        for (Card card : CARDS) {
            JsonNode e = episodes.get(card.rank() - 1);
            String as = "episode " + card.rank() + " (line " + card.line() + ")";
            assertThat(e.get("@type").stringValue()).as(as).isEqualTo("PodcastEpisode");
            assertThat(e.get("position").isIntegralNumber()).as(as).isTrue();
            assertThat(e.get("position").intValue()).as(as).isEqualTo(card.rank());
            if (card.title() == null) {
                assertThat(e.get("name")).as(as).isNull();
            } else {
                assertThat(e.get("name").stringValue()).as(as).isEqualTo(card.title());
            }
            assertThat(e.get("datePublished").stringValue()).as(as).isEqualTo(card.released());
            // timeRequired is an ISO-8601 duration of the card's "N min".
            assertThat(Duration.parse(e.get("timeRequired").stringValue()))
                    .as(as)
                    .isEqualTo(Duration.ofSeconds(card.durationSeconds()));
        }
    }

    @Test
    void jsonLdEpisode1() {
        JsonNode e = MAPPER.readTree(SchemaOrgJsonLd.toJsonLd(page)).at("/episode/0");
        // Lines 11-23.
        assertThat(names(e))
                .containsExactly(
                        "@type",
                        "position",
                        "name",
                        "datePublished",
                        "timeRequired",
                        "description",
                        "actor",
                        "contributor");
        assertThat(e.get("name").stringValue())
                .isEqualTo("Postgres on bare metal with the CEO of Prisma");
        assertThat(e.get("datePublished").stringValue()).isEqualTo("2025-02-17"); // 02/17/25
        assertThat(e.get("timeRequired").stringValue()).isEqualTo("PT1H24M"); // 84 min
        assertThat(e.get("description").stringValue())
                .startsWith("Prisma started as a GraphQL")
                .endsWith("this one’s for you.");
        // "CEO Søren Bramer Schmidt" (line 14) and "Follow Søren:" (lines 16-19).
        assertThat(e.get("actor"))
                .isEqualTo(
                        MAPPER.readTree(
                                """
                                [{"@type": "Person", "name": "Søren Bramer Schmidt",
                                  "sameAs": ["https://twitter.com/sorenbs", "https://github.com/prisma/prisma",
                                             "https://www.prisma.io/postgres"]}]\
                                """));
        // "Follow Aaron:" (lines 20-23).
        assertThat(e.get("contributor"))
                .isEqualTo(
                        MAPPER.readTree(
                                """
                                [{"@type": "Person", "name": "Aaron",
                                  "sameAs": ["https://twitter.com/aarondfrancis",
                                             "https://www.linkedin.com/in/aarondfrancis",
                                             "https://aaronfrancis.com"]}]\
                                """));
        assertThat(names(e.at("/actor/0"))).containsExactly("@type", "name", "sameAs");
    }

    @Test
    void jsonLdEpisode6HasNoName() {
        // Line 121: the card starts with its date line, so there is no title to give as name.
        JsonNode e = MAPPER.readTree(SchemaOrgJsonLd.toJsonLd(page)).at("/episode/5");
        assertThat(e.at("/name").isMissingNode()).isTrue();
        assertThat(e.get("position").intValue()).isEqualTo(6);
        assertThat(e.get("datePublished").stringValue()).isEqualTo("2024-10-07");
        assertThat(e.get("timeRequired").stringValue()).isEqualTo("PT1H1M"); // 61 min
    }

    @Test
    void jsonLdPeopleWithoutLinksHaveNoSameAs() {
        JsonNode ld = MAPPER.readTree(SchemaOrgJsonLd.toJsonLd(page));
        // Line 219: "DHH and Aaron discuss ..." with no links for either.
        assertThat(ld.at("/episode/9/actor"))
                .isEqualTo(MAPPER.readTree("[{\"@type\": \"Person\", \"name\": \"DHH\"}]"));
        assertThat(ld.at("/episode/9/contributor"))
                .isEqualTo(MAPPER.readTree("[{\"@type\": \"Person\", \"name\": \"Aaron\"}]"));
        // Lines 111 and 204 name no host: no contributor.
        assertThat(ld.at("/episode/4/contributor").isMissingNode()).isTrue();
        assertThat(ld.at("/episode/7/contributor").isMissingNode()).isTrue();
        List<String> everyName = new ArrayList<>();
        for (JsonNode e : ld.get("episode")) {
            for (String role : List.of("actor", "contributor")) {
                for (JsonNode person : e.path(role)) {
                    everyName.add(person.get("name").stringValue());
                }
            }
        }
        assertThat(everyName)
                .containsExactly(
                        "Søren Bramer Schmidt",
                        "Aaron",
                        "Jesse Hanley",
                        "Aaron",
                        "Mike Buckbee",
                        "Aaron",
                        "Carl Sverre",
                        "Aaron",
                        "Kent C. Dodds",
                        "Monica Sarbu",
                        "Tudor Golubenco",
                        "Aaron",
                        "Craig Kerstiens",
                        "Aaron",
                        "Carl Sverre",
                        "Ben Johnson",
                        "Aaron",
                        "DHH",
                        "Aaron");
    }
}
