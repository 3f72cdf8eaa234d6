package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.internal.episode.ChapterLists.Decision;
import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ChapterLists} for one run (its size, order, ends and warnings, and the
 * entries that are no chapter), each on a run written here.
 */
class ChapterListsTest extends ChapterRunFixture {

    // ---------------------------------------------------------------------------------------------
    // Size: a lone time is no list; two entries need a heading, three do not
    // ---------------------------------------------------------------------------------------------

    @Test
    void aLoneTimeInProseIsNoList() {
        ChapterRun lone = run(false, "13:30", "outside the venue!");
        Decision decision = decide(minutes(4), lone);

        assertThat(decision.chapters()).isEmpty();
        assertThat(decision.rejected()).containsExactly(lone);
        assertThat(found()).as("prose may say anything: no diagnostic").isEmpty();
    }

    @Test
    void aLoneTimeUnderAHeadingIsNoListEither() {
        ChapterRun lone = run(true, "00:00", "Intro");
        Decision decision = decide(UNKNOWN, lone);

        assertThat(decision.chapters()).isEmpty();
        assertThat(decision.rejected()).containsExactly(lone);
    }

    @Test
    void twoEntriesAreAListOnlyUnderAHeading() {
        ChapterRun bare = run(false, "00:00", "Intro", "05:00", "Main");
        assertThat(decide(UNKNOWN, bare).rejected()).containsExactly(bare);

        ChapterRun headed = run(true, "00:00", "Intro", "05:00", "Main");
        Decision decision = decide(UNKNOWN, headed);
        assertThat(decision.rejected()).isEmpty();
        assertThat(decision.chapters())
                .containsExactly(chapter(0, 300L, "Intro"), chapter(300, null, "Main"));
    }

    @Test
    void threeIncreasingEntriesAreAListWithoutHeading() {
        Decision decision =
                decide(
                        minutes(20),
                        run(false, "00:00", "Intro", "05:10", "Main", "12:00", "Outro"));

        assertThat(decision.rejected()).isEmpty();
        assertThat(decision.chapters())
                .containsExactly(
                        chapter(0, 310L, "Intro"),
                        chapter(310, 720L, "Main"),
                        chapter(720, 1200L, "Outro"));
        assertThat(found()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Ends
    // ---------------------------------------------------------------------------------------------

    @Test
    void theLastChapterHasNoEndWhenTheLengthIsUnknown() {
        Decision decision = decide(UNKNOWN, run(false, "0:00", "A", "1:00", "B", "2:00", "C"));

        assertThat(decision.chapters().get(2)).isEqualTo(chapter(120, null, "C"));
    }

    @Test
    void theLastChapterEndsAtTheLengthOnlyWhenThatIsAfterItsStart() {
        Decision decision = decide(minutes(2), run(false, "0:00", "A", "1:00", "B", "2:00", "C"));

        assertThat(decision.chapters().get(2).end()).as("a length equal to the start").isEmpty();
        assertThat(found()).as("starting exactly at the end is not past it").isEmpty();
    }

    @Test
    void hoursAreRead() {
        Decision decision =
                decide(
                        minutes(120),
                        run(false, "0:00:00", "A", "59:59", "B", "1:00:00", "C", "01:30:05", "D"));

        assertThat(starts(decision)).containsExactly(0L, 3599L, 3600L, 5405L);
        assertThat(decision.chapters().get(3).end()).contains(Duration.ofMinutes(120));
    }

    // ---------------------------------------------------------------------------------------------
    // Mostly increasing: one slip in a real list is kept, disorder is not
    // ---------------------------------------------------------------------------------------------

    @Test
    void aListWithOneTypoIsKeptWithAnOrderWarningAtTheTypo() {
        // 50:00 was meant as 15:00: the next line, 20:00, is the one that does not follow it.
        Decision decision =
                decide(
                        minutes(40),
                        run(
                                false, "00:00", "Intro", "10:00", "One", "50:00", "Two", "20:00",
                                "Three", "30:00", "Four"));

        assertThat(titles(decision)).containsExactly("Intro", "One", "Two", "Three", "Four");
        assertThat(found())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("chapter-order", 4, Severity.WARNING),
                        tuple("chapter-past-end", 3, Severity.WARNING));
        // No end before a start: "Two" (50:00) runs to the end of the episode... which is before
        // it, so it has none; "One" ends where the next chapter in time starts.
        assertThat(decision.chapters().get(1).end()).contains(Duration.ofMinutes(20));
        assertThat(decision.chapters().get(2).end()).isEmpty();
    }

    @Test
    void threeEntriesWithoutHeadingMustBeFullyInOrder() {
        ChapterRun bare = run(false, "00:00", "A", "10:00", "B", "05:00", "C");
        assertThat(decide(UNKNOWN, bare).rejected()).containsExactly(bare);
        assertThat(found()).isEmpty();
    }

    @Test
    void aHeadingForgivesOneSlipEvenInAShortList() {
        Decision decision = decide(UNKNOWN, run(true, "00:00", "A", "10:00", "B", "05:00", "C"));

        assertThat(titles(decision)).containsExactly("A", "B", "C");
        assertThat(codes()).containsExactly("chapter-order");
    }

    @Test
    void timesScatteredInProseAreNoList() {
        ChapterRun prose =
                run(
                        false,
                        "30:00",
                        "we talked",
                        "05:00",
                        "then",
                        "45:00",
                        "and later",
                        "12:00",
                        "again",
                        "02:00",
                        "at last");
        Decision decision = decide(UNKNOWN, prose);

        assertThat(decision.chapters()).isEmpty();
        assertThat(decision.rejected()).containsExactly(prose);
        assertThat(found()).isEmpty();
    }

    @Test
    void anEqualStartIsOutOfOrderAndEndsAtTheNextLaterStart() {
        Decision decision =
                decide(UNKNOWN, run(false, "00:00", "A", "05:00", "B", "05:00", "C", "09:00", "D"));

        assertThat(decision.chapters())
                .containsExactly(
                        chapter(0, 300L, "A"),
                        chapter(300, 540L, "B"),
                        chapter(300, 540L, "C"),
                        chapter(540, null, "D"));
        assertThat(found())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("chapter-order", 3));
    }

    // ---------------------------------------------------------------------------------------------
    // First chapter after 0:00, start past the end
    // ---------------------------------------------------------------------------------------------

    @Test
    void aLateFirstChapterIsKeptAsFoundWithAWarning() {
        Decision decision =
                decide(
                        UNKNOWN,
                        run(
                                false,
                                "00:36",
                                "Bohemian Rhapsody",
                                "02:42",
                                "Radio Ga Ga",
                                "06:53",
                                "Ay Oh!"));

        assertThat(decision.chapters().get(0)).isEqualTo(chapter(36, 162L, "Bohemian Rhapsody"));
        assertThat(decision.chapters()).as("no untitled chapter is invented at 0:00").hasSize(3);
        Diagnostic late = found().get(0);
        assertThat(late.code()).isEqualTo("chapter-late-start");
        assertThat(late.severity()).isEqualTo(Severity.WARNING);
        assertThat(late.position()).hasToString("1:1");
    }

    @Test
    void aStartPastTheEndIsAWarningAtItsMark() {
        List<ChapterItem> items =
                List.of(at(7, 1, "00:00", "A"), at(8, 1, "10:00", "B"), at(9, 3, "25:00", "C"));
        Decision decision =
                ChapterLists.decide(
                        List.of(new ChapterRun(items, false)), minutes(20), diagnostics);

        assertThat(titles(decision)).containsExactly("A", "B", "C");
        assertThat(decision.chapters().get(2).end()).isEmpty();
        assertThat(found())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("chapter-past-end", 9, 3));
    }

    // ---------------------------------------------------------------------------------------------
    // Invalid times and missing titles do not break the run
    // ---------------------------------------------------------------------------------------------

    @Test
    void anInvalidTimeIsAnErrorAndNoChapterButTheListGoesOn() {
        Decision decision =
                decide(
                        UNKNOWN,
                        run(false, "00:00", "A", "12:75", "Typo", "20:00", "B", "30:00", "C"));

        assertThat(decision.chapters())
                .containsExactly(
                        chapter(0, 1200L, "A"),
                        chapter(1200, 1800L, "B"),
                        chapter(1800, null, "C"));
        assertThat(found())
                .extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::line)
                .containsExactly(tuple("invalid-timestamp", Severity.ERROR, 2));
    }

    @Test
    void anInvalidTimeInProseIsNotReported() {
        ChapterRun prose = run(false, "12:75", "is not a time");
        assertThat(decide(UNKNOWN, prose).rejected()).containsExactly(prose);
        assertThat(found()).isEmpty();
    }

    @Test
    void aTimeWithoutTitleIsNoChapterButTheListGoesOn() {
        Decision decision =
                decide(
                        UNKNOWN,
                        run(false, "00:00", "A", "05:00", "  ", "10:00", "B", "15:00", "C"));

        assertThat(decision.chapters())
                .as("A ends at B: the untitled time is no chapter")
                .containsExactly(
                        chapter(0, 600L, "A"), chapter(600, 900L, "B"), chapter(900, null, "C"));
        assertThat(found())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("chapter-without-title", 2));
    }

    @Test
    void timesWithoutTitlesDoNotCountTowardsTheSize() {
        ChapterRun run = run(false, "00:00", "A", "05:00", "", "10:00", "B");
        assertThat(decide(UNKNOWN, run).rejected()).containsExactly(run);
        assertThat(found()).isEmpty();
    }

    @Test
    void longestIncreasingIsStrict() {
        assertThat(RunReading.longestIncreasing(new long[] {})).isZero();
        assertThat(RunReading.longestIncreasing(new long[] {5, 5, 5})).isEqualTo(1);
        assertThat(RunReading.longestIncreasing(new long[] {0, 10, 5, 15, 12, 20})).isEqualTo(4);
    }

    @Test
    void timesInMessagesAreWrittenAsPeopleDo() {
        assertThat(ChapterLists.time(0)).isEqualTo("0:00");
        assertThat(ChapterLists.time(365)).isEqualTo("6:05");
        assertThat(ChapterLists.time(3960)).isEqualTo("1:06:00");
    }
}
