package dev.showpage.json;

import static dev.showpage.json.ChapterTestPages.chapter;
import static dev.showpage.json.ChapterTestPages.episode;
import static dev.showpage.json.DatabaseSchoolJsonTest.CARDS;
import static dev.showpage.json.DatabaseSchoolJsonTest.PAGE;
import static dev.showpage.json.DatabaseSchoolJsonTest.PRINTED_CHAPTERS;
import static dev.showpage.json.DatabaseSchoolJsonTest.pageChapters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showpage.EpisodePageParser;
import dev.showpage.json.ChapterTestPages.Expected;
import dev.showpage.json.DatabaseSchoolJsonTest.Card;
import dev.showpage.json.DatabaseSchoolJsonTest.PageChapter;
import dev.showpage.json.WebVttCues.Cue;
import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link WebVttChapters}: every file is read back by {@link WebVttCues}, a reader written from the
 * WebVTT syntax, and its cues compared with the chapters the page prints.
 */
class WebVttChaptersTest {

    private static List<Cue> cues(Episode episode) {
        return WebVttCues.parse(WebVttChapters.toWebVtt(episode).text());
    }

    private static List<Expected> read(List<Cue> cues) {
        return cues.stream()
                .map(c -> new Expected(c.startMillis() / 1000, c.endMillis() / 1000, c.title()))
                .toList();
    }

    @Test
    void everyEpisodeOfTheExamplePageCueByCue() throws IOException {
        Page page = EpisodePageParser.parse(PAGE);
        int withChapters = 0;
        for (Card card : CARDS) {
            Episode episode = page.episodes().get(card.rank() - 1);
            ChapterFile file = WebVttChapters.toWebVtt(episode);
            List<PageChapter> printed = pageChapters(PRINTED_CHAPTERS.get(card.rank()));
            List<Expected> expected = ChapterTestPages.withEnds(printed, card.durationSeconds());
            String as = "episode " + card.rank() + " (line " + card.line() + ")";
            assertThat(read(WebVttCues.parse(file.text()))).as(as).isEqualTo(expected);
            assertThat(file.problems()).as(as).isEmpty();
            assertThat(file.chapters()).as(as).hasSize(printed.size());
            if (!printed.isEmpty()) {
                withChapters++;
            }
        }
        assertThat(withChapters).as("episodes 1-4 and 6-8 print chapter lists").isEqualTo(7);
    }

    @Test
    void theFirstCuesOfEpisode1AsText() throws IOException {
        // Lines 25-27: "00:00 - Introduction", "01:15 - The Origins of Prisma: From GraphQL to
        // ORM",
        // "02:55 - Why Firebase & Parse Inspired Prisma".
        Episode episode = EpisodePageParser.parse(PAGE).episodes().get(0);
        assertThat(WebVttChapters.toWebVtt(episode).text())
                .startsWith(
                        """
                        WEBVTT

                        00:00:00.000 --> 00:01:15.000
                        Introduction

                        00:01:15.000 --> 00:02:55.000
                        The Origins of Prisma: From GraphQL to ORM

                        00:02:55.000 --> 00:04:04.000
                        Why Firebase &amp; Parse Inspired Prisma

                        """)
                // Line 44 "48:05 - Final Thoughts & Where to Learn More", to "84 min" (line 13).
                .endsWith(
                        """

                        00:48:05.000 --> 01:24:00.000
                        Final Thoughts &amp; Where to Learn More
                        """);
    }

    @Test
    void trickyTitlesAreEscapedAndReadBackUnchanged() {
        Page page = EpisodePageParser.parse(ChapterTestPages.TRICKY);
        ChapterFile file = WebVttChapters.toWebVtt(page.episodes().get(0));

        assertThat(read(WebVttCues.parse(file.text())))
                .isEqualTo(ChapterTestPages.TRICKY_EPISODE_1);
        assertThat(file.problems()).isEmpty();
        // Line 16's "-->" and line 17's "&", "<" and ">" as character references.
        assertThat(file.text())
                .contains("\nCold open --&gt; the horn sounds\n")
                .contains("\nLamps &amp; wicks &lt;brass&gt; vs. \"tin\"\n");
        assertThat(file.text().lines().filter(l -> l.contains("-->")))
                .as("only the five timings lines hold -->")
                .hasSize(5)
                .allMatch(
                        l ->
                                l.matches(
                                        "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} -->"
                                                + " \\d\\d:\\d\\d:\\d\\d\\.\\d{3}"));
    }

    @Test
    void aLastChapterWithoutAnEndIsReportedAndLeftOut() {
        // Episode 2 (line 24) gives no length (line 26): "25:30 - Dawn --> lamps out" (line 31)
        // has no end.
        Page page = EpisodePageParser.parse(ChapterTestPages.TRICKY);
        ChapterFile file = WebVttChapters.toWebVtt(page.episodes().get(1));

        assertThat(read(WebVttCues.parse(file.text())))
                .isEqualTo(ChapterTestPages.TRICKY_EPISODE_2.subList(0, 2));
        assertThat(file.text()).doesNotContain("Dawn");
        assertThat(file.chapters())
                .extracting(Chapter::title)
                .containsExactly("Lighting up", "Midnight round");
        assertThat(file.problems()).hasSize(1);
        ChapterFile.Problem problem = file.problems().get(0);
        assertThat(problem.chapter()).isEqualTo(3);
        assertThat(problem.message())
                .isEqualTo(
                        "chapter 3 (\"Dawn --> lamps out\", at 00:25:30.000) has no end: no"
                                + " chapter starts after it, and the episode's length is not"
                                + " known; left out");
    }

    @Test
    void aLastChapterStartingAfterTheLengthIsReported() {
        Episode episode =
                episode(Duration.ofMinutes(10), chapter(0, 300, "Start"), chapter(720, -1, "Late"));
        ChapterFile file = WebVttChapters.toWebVtt(episode);

        assertThat(read(WebVttCues.parse(file.text())))
                .containsExactly(new Expected(0, 300, "Start"));
        assertThat(file.problems()).extracting(ChapterFile.Problem::chapter).containsExactly(2);
        assertThat(file.problems().get(0).message())
                .contains("\"Late\", at 00:12:00.000")
                .contains("the episode's length is 00:10:00.000, not after its start");
    }

    @Test
    void chaptersWithoutEndsEndAtTheNextStartAndTheLastAtTheLength() {
        Episode episode =
                episode(
                        Duration.ofSeconds(3000),
                        chapter(0, -1, "A"),
                        chapter(60, -1, "B"),
                        chapter(600, -1, "C"));
        ChapterFile file = WebVttChapters.toWebVtt(episode);

        assertThat(read(WebVttCues.parse(file.text())))
                .containsExactly(
                        new Expected(0, 60, "A"),
                        new Expected(60, 600, "B"),
                        new Expected(600, 3000, "C"));
        assertThat(file.problems()).isEmpty();
        assertThat(file.chapters())
                .extracting(c -> c.end().orElseThrow().getSeconds())
                .containsExactly(60L, 600L, 3000L);
    }

    @Test
    void cuesAreInTimeOrderAndProblemsNameThePagePosition() {
        // A list printed out of order (the parser warns chapter-order and keeps page order).
        Episode episode =
                episode(
                        null,
                        chapter(600, -1, "Third"),
                        chapter(0, 60, "First"),
                        chapter(60, 600, "Second"));
        ChapterFile file = WebVttChapters.toWebVtt(episode);

        assertThat(read(WebVttCues.parse(file.text())))
                .containsExactly(new Expected(0, 60, "First"), new Expected(60, 600, "Second"));
        // "Third" starts last and the episode has no length: it is chapter 1 of the list.
        assertThat(file.problems()).extracting(ChapterFile.Problem::chapter).containsExactly(1);
    }

    @Test
    void anEndNotAfterTheStartIsReported() {
        Episode episode = episode(null, chapter(0, 100, "Fine"), chapter(100, 100, "Empty"));
        ChapterFile file = WebVttChapters.toWebVtt(episode);

        assertThat(read(WebVttCues.parse(file.text())))
                .containsExactly(new Expected(0, 100, "Fine"));
        assertThat(file.problems()).hasSize(1);
        assertThat(file.problems().get(0).message())
                .isEqualTo(
                        "chapter 2 (\"Empty\", at 00:01:40.000) ends at 00:01:40.000, not after its"
                                + " start; left out");
    }

    @Test
    void aChapterStartingBeforeTheEpisodeIsReportedInEveryFormat() {
        Episode episode =
                episode(
                        Duration.ofMinutes(2),
                        new Chapter(Duration.ofSeconds(-5), Optional.of(Duration.ZERO), "Before"),
                        chapter(0, -1, "Start"));

        for (ChapterFile file :
                List.of(
                        WebVttChapters.toWebVtt(episode),
                        FfMetadataChapters.toFfMetadata(episode),
                        PodloveSimpleChapters.toXml(episode))) {
            assertThat(file.chapters()).extracting(Chapter::title).containsExactly("Start");
            assertThat(file.problems())
                    .extracting(ChapterFile.Problem::message)
                    .containsExactly(
                            "chapter 1 (\"Before\", at PT-5S) starts before the episode; left out");
            assertThat(file.text()).doesNotContain("Before");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Part one\nPart two", "Part one\r\nPart two", "Part one\rPart two"})
    void aLineBreakInATitleIsASpaceAndCannotEndTheCue(String title) {
        Episode episode = episode(null, chapter(0, 60, title), chapter(60, 120, "\n\n-->\n\n"));
        ChapterFile file = WebVttChapters.toWebVtt(episode);

        assertThat(read(WebVttCues.parse(file.text())))
                .containsExactly(
                        new Expected(0, 60, "Part one Part two"), new Expected(60, 120, "  -->  "));
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void characterAUtf8FileCannotHoldIsReplacedAndReported() {
        // An unpaired surrogate cannot be UTF-8; NUL is what a cue parser reads as U+FFFD.
        Episode episode =
                episode(null, chapter(0, 60, "Bad \uD800 and \u0000"), chapter(60, 90, "Fine"));
        ChapterFile file = WebVttChapters.toWebVtt(episode);

        assertThat(read(WebVttCues.parse(file.text())))
                .containsExactly(
                        new Expected(0, 60, "Bad \uFFFD and \uFFFD"), new Expected(60, 90, "Fine"));
        assertThat(file.problems()).hasSize(1);
        assertThat(file.problems().get(0).chapter()).isEqualTo(1);
        assertThat(file.problems().get(0).message())
                .contains("has 2 characters in its title that WebVTT cannot carry");
    }

    @Test
    void timesBeyondOneHundredHoursAndBelowASecond() {
        Episode episode =
                episode(
                        null,
                        new Chapter(
                                Duration.ofMillis(1500), Optional.of(Duration.ofHours(100)), "A"),
                        new Chapter(
                                Duration.ofHours(100),
                                Optional.of(Duration.ofHours(100).plusMillis(1)),
                                "B"));
        String text = WebVttChapters.toWebVtt(episode).text();

        assertThat(text)
                .contains("\n00:00:01.500 --> 100:00:00.000\n")
                .contains("\n100:00:00.000 --> 100:00:00.001\n");
        assertThat(WebVttCues.parse(text))
                .extracting(Cue::endMillis)
                .containsExactly(360_000_000L, 360_000_001L);
    }

    @Test
    void anEpisodeWithoutChaptersIsTheHeaderAlone() {
        ChapterFile file = WebVttChapters.toWebVtt(episode(Duration.ofMinutes(5)));

        assertThat(file.text()).isEqualTo("WEBVTT\n");
        assertThat(file.isEmpty()).isTrue();
        assertThat(file.problems()).isEmpty();
        assertThat(WebVttCues.parse(file.text())).isEmpty();
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> WebVttChapters.toWebVtt(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("episode is null");
    }
}
