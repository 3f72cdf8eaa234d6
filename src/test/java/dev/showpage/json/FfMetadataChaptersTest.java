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
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FfMetadataChapters}: files read back by {@link FfMetadataReader}, written from FFmpeg's
 * documentation of the format, and compared with the chapters the pages print.
 */
class FfMetadataChaptersTest {

    /** The chapters of a file, in seconds, with their titles; every TIMEBASE is 1/1000. */
    private static List<Expected> read(String file) {
        List<Expected> chapters = new ArrayList<>();
        for (FfMetadataReader.Chapter c : FfMetadataReader.chapters(file)) {
            assertThat(c.timeBase()).isEqualTo("1/1000");
            assertThat(c.tags()).containsOnlyKeys("title");
            assertThat(c.start() % 1000).isZero();
            assertThat(c.end() % 1000).isZero();
            chapters.add(new Expected(c.start() / 1000, c.end() / 1000, c.tags().get("title")));
        }
        return chapters;
    }

    @Test
    void theWholeFileOfAnEpisode() {
        Episode episode =
                episode(
                        Duration.ofSeconds(5040),
                        chapter(0, 75, "Introduction"),
                        chapter(75, -1, "Origins = GraphQL; ORM # 2"));
        ChapterFile file = FfMetadataChapters.toFfMetadata(episode);

        assertThat(file.text())
                .isEqualTo(
                        """
                        ;FFMETADATA1

                        [CHAPTER]
                        TIMEBASE=1/1000
                        START=0
                        END=75000
                        title=Introduction

                        [CHAPTER]
                        TIMEBASE=1/1000
                        START=75000
                        END=5040000
                        title=Origins \\= GraphQL\\; ORM \\# 2
                        """);
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void everyEpisodeOfTheExamplePage() throws IOException {
        Page page = EpisodePageParser.parse(PAGE);
        for (Card card : CARDS) {
            List<PageChapter> printed = pageChapters(PRINTED_CHAPTERS.get(card.rank()));
            List<Expected> expected = ChapterTestPages.withEnds(printed, card.durationSeconds());
            ChapterFile file =
                    FfMetadataChapters.toFfMetadata(page.episodes().get(card.rank() - 1));
            String as = "episode " + card.rank() + " (line " + card.line() + ")";
            assertThat(read(file.text())).as(as).isEqualTo(expected);
            assertThat(file.problems()).as(as).isEmpty();
        }
    }

    @Test
    void trickyTitlesAreEscapedAndReadBackUnchanged() {
        Page page = EpisodePageParser.parse(ChapterTestPages.TRICKY);
        ChapterFile file = FfMetadataChapters.toFfMetadata(page.episodes().get(0));

        assertThat(read(file.text())).isEqualTo(ChapterTestPages.TRICKY_EPISODE_1);
        // Line 18: "07:45 - Ratio = oil; wick # 3 \ spare".
        assertThat(file.text()).contains("\ntitle=Ratio \\= oil\\; wick \\# 3 \\\\ spare\n");
    }

    @Test
    void lineBreaksAndBackslashesInTitlesAreEscaped() {
        Episode episode =
                episode(
                        Duration.ofMinutes(2),
                        chapter(0, 60, "One\nTwo\r\nThree\\Four"),
                        chapter(60, -1, "\\\n;#=."));
        ChapterFile file = FfMetadataChapters.toFfMetadata(episode);

        assertThat(file.text())
                .contains("\ntitle=One\\\nTwo\\\r\\\nThree\\\\Four\n")
                .contains("\ntitle=\\\\\\\n\\;\\#\\=.\n");
        assertThat(read(file.text()))
                .containsExactly(
                        new Expected(0, 60, "One\nTwo\r\nThree\\Four"),
                        new Expected(60, 120, "\\\n;#=."));
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void aBackslashEndingATitleIsReplacedSinceFfmpegWouldJoinTheNextLine() {
        Episode episode =
                episode(
                        Duration.ofMinutes(2),
                        chapter(0, 60, "Path C:\\"),
                        chapter(60, -1, "Next"));
        ChapterFile file = FfMetadataChapters.toFfMetadata(episode);

        assertThat(read(file.text()))
                .containsExactly(
                        new Expected(0, 60, "Path C:\uFFFD"), new Expected(60, 120, "Next"));
        assertThat(file.problems()).extracting(ChapterFile.Problem::chapter).containsExactly(1);
        assertThat(file.problems().get(0).message()).contains("ends its title with a backslash");
        // What the reader makes of the plain escape: the line end is taken as escaped.
        assertThat(
                        FfMetadataReader.chapters(
                                ";FFMETADATA1\n[CHAPTER]\nSTART=0\nEND=1\ntitle=C:\\\\\n\n"))
                .extracting(c -> c.tags().get("title"))
                .containsExactly("C:\\\n");
    }

    @Test
    void aLastChapterWithoutAnEndIsReportedAndLeftOut() {
        // Episode 2 of the invented page (line 24) gives no length; line 31 has no end.
        Page page = EpisodePageParser.parse(ChapterTestPages.TRICKY);
        ChapterFile file = FfMetadataChapters.toFfMetadata(page.episodes().get(1));

        assertThat(read(file.text())).isEqualTo(ChapterTestPages.TRICKY_EPISODE_2.subList(0, 2));
        assertThat(file.problems()).extracting(ChapterFile.Problem::chapter).containsExactly(3);
        assertThat(file.problems().get(0).message()).contains("has no end").endsWith("left out");
    }

    @Test
    void aNulWouldEndFfmpegsLineAndIsReplaced() {
        ChapterFile file =
                FfMetadataChapters.toFfMetadata(episode(null, chapter(0, 60, "A\u0000B")));

        assertThat(read(file.text())).containsExactly(new Expected(0, 60, "A\uFFFDB"));
        assertThat(file.text()).doesNotContain("\u0000");
        assertThat(file.problems()).hasSize(1);
        assertThat(file.problems().get(0).message())
                .contains("1 character in its title that FFmpeg metadata cannot carry");
    }

    @Test
    void anEpisodeWithoutChaptersIsTheHeaderAlone() {
        ChapterFile file = FfMetadataChapters.toFfMetadata(episode(Duration.ofMinutes(5)));

        assertThat(file.text()).isEqualTo(";FFMETADATA1\n");
        assertThat(file.isEmpty()).isTrue();
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> FfMetadataChapters.toFfMetadata(null))
                .isInstanceOf(NullPointerException.class);
    }
}
