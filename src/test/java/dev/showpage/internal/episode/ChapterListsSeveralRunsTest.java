package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.internal.episode.ChapterLists.Decision;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.model.Diagnostic;
import org.junit.jupiter.api.Test;

/** Which of the runs of one episode {@link ChapterLists} takes as its chapter list. */
class ChapterListsSeveralRunsTest extends ChapterRunFixture {

    @Test
    void noRunsNoChapters() {
        Decision decision = decide(UNKNOWN);
        assertThat(decision.chapters()).isEmpty();
        assertThat(decision.rejected()).isEmpty();
        assertThat(found()).isEmpty();
    }

    @Test
    void transcriptSpeakerTimesAreNoList() {
        ChapterRun transcript =
                run(
                        false, "00:22", "Ana", "01:05", "Ben", "02:40", "Ana", "03:10", "Ben",
                        "04:00", "Ana", "05:30", "Ben");
        Decision decision = decide(UNKNOWN, transcript);

        assertThat(decision.chapters()).isEmpty();
        assertThat(decision.rejected()).containsExactly(transcript);
        assertThat(found()).isEmpty();
    }

    @Test
    void theFirstListWinsOverATranscriptAfterIt() {
        ChapterRun list = run(true, "00:00", "Intro", "03:00", "Interview", "20:00", "Outro");
        ChapterRun transcript =
                run(
                        true, "00:22", "Ana", "01:05", "Ben", "02:40", "Ana", "03:10", "Ben",
                        "04:00", "Ana", "05:30", "Ben");
        ChapterRun speakers = run(false, "00:10", "Host", "00:40", "Guest", "01:20", "Producer");
        Decision decision = decide(UNKNOWN, list, transcript, speakers);

        assertThat(titles(decision)).containsExactly("Intro", "Interview", "Outro");
        assertThat(decision.rejected()).containsExactly(transcript, speakers);
        // The repeated names are plainly a transcript; three distinct names could be a list, so
        // leaving that one in the text is said.
        assertThat(found())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("chapter-list-ignored", 12));
    }

    @Test
    void theSameListPrintedTwiceIsTakenOnce() {
        ChapterRun first = run(true, "00:00", "Intro", "05:00", "Main", "10:00", "Outro");
        ChapterRun again = run(true, "0:00", "Intro", "5:00", "Main", "10:00", "Outro");
        Decision decision = decide(UNKNOWN, first, again);

        assertThat(titles(decision)).containsExactly("Intro", "Main", "Outro");
        assertThat(decision.rejected()).as("a copy is no prose").isEmpty();
        assertThat(found()).isEmpty();
    }

    /**
     * The same starts under other titles is not a copy: dropping it would lose its titles' words,
     * so it stays in the text (lines 5-7), said at its first line.
     */
    @Test
    void aSecondListWithTheSameStartsButOtherTitlesStaysInTheText() {
        ChapterRun first = run(true, "00:00", "Intro", "05:00", "Main", "10:00", "Outro");
        ChapterRun other =
                run(true, "0:00", "Introduction", "5:00", "The main part", "10:00", "Goodbye");
        Decision decision = decide(UNKNOWN, first, other);

        assertThat(titles(decision)).containsExactly("Intro", "Main", "Outro");
        assertThat(decision.rejected()).containsExactly(other);
        assertThat(found())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("chapter-list-ignored", 5));
    }

    @Test
    void aListCutInTwoIsJoined() {
        ChapterRun part1 = run(true, "00:00", "Intro", "05:00", "Main");
        ChapterRun part2 = run(true, "10:00", "Second half", "15:00", "Outro");
        Decision decision = decide(minutes(20), part1, part2);

        assertThat(decision.chapters())
                .containsExactly(
                        chapter(0, 300L, "Intro"),
                        chapter(300, 600L, "Main"),
                        chapter(600, 900L, "Second half"),
                        chapter(900, 1200L, "Outro"));
        assertThat(decision.rejected()).isEmpty();
    }

    @Test
    void proseRunsAroundTheListGoBackToTheProse() {
        ChapterRun before = run(false, "19:30", "doors open");
        ChapterRun list = run(false, "00:00", "A", "10:00", "B", "20:00", "C");
        ChapterRun after = run(false, "13:30", "see you there");
        Decision decision = decide(UNKNOWN, before, list, after);

        assertThat(titles(decision)).containsExactly("A", "B", "C");
        assertThat(decision.rejected()).containsExactly(before, after);
        assertThat(found()).isEmpty();
    }
}
