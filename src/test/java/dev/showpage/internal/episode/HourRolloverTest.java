package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.internal.episode.ChapterLists.Decision;
import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.model.Diagnostic;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Times of a list written without hours that go back: read as the next hour ({@link HourRollover})
 * only where nothing makes that doubtful.
 */
class HourRolloverTest extends ChapterRunFixture {

    @Test
    void anHourRolloverIsRepairedWhereTheListCarriesOnInTheNewHour() {
        Decision decision =
                decide(
                        UNKNOWN,
                        run(
                                false, "00:00", "A", "20:00", "B", "40:00", "C", "51:00", "D",
                                "06:00", "E", "15:00", "F"));

        assertThat(starts(decision)).containsExactly(0L, 1200L, 2400L, 3060L, 3960L, 4500L);
        assertThat(decision.chapters().get(3).end()).contains(Duration.ofSeconds(3960));
        assertThat(found())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("chapter-rollover", 5));
        assertThat(found().get(0).message()).contains("51:00").contains("1:06:00");
    }

    @Test
    void anHourRolloverOnTheLastEntryIsRepaired() {
        Decision decision =
                decide(UNKNOWN, run(false, "00:00", "A", "30:00", "B", "51:00", "C", "06:00", "D"));

        assertThat(starts(decision)).containsExactly(0L, 1800L, 3060L, 3960L);
        assertThat(codes()).containsExactly("chapter-rollover");
    }

    @Test
    void severalRolloversAddAnHourEach() {
        Decision decision =
                decide(
                        UNKNOWN,
                        run(
                                false, "00:00", "A", "30:00", "B", "50:00", "C", "05:00", "D",
                                "40:00", "E", "55:00", "F", "10:00", "G", "20:00", "H"));

        assertThat(starts(decision))
                .containsExactly(0L, 1800L, 3000L, 3900L, 6000L, 6900L, 7800L, 8400L);
        assertThat(codes()).containsExactly("chapter-rollover", "chapter-rollover");
    }

    @Test
    void noRolloverWhereTheListWritesHours() {
        Decision decision =
                decide(
                        UNKNOWN,
                        run(
                                false, "00:00", "A", "51:00", "B", "1:02:00", "C", "06:00", "D",
                                "1:10:00", "E"));

        assertThat(starts(decision)).containsExactly(0L, 3060L, 3720L, 360L, 4200L);
        assertThat(codes()).containsExactly("chapter-order");
    }

    @Test
    void noRolloverForALoneOutlierAfterTheDrop() {
        // 05:00 is a slip for 42:00 or so: the list goes on above 40:00.
        Decision decision =
                decide(
                        UNKNOWN,
                        run(
                                false, "00:00", "A", "20:00", "B", "40:00", "C", "05:00", "D",
                                "45:00", "E", "50:00", "F"));

        assertThat(starts(decision)).containsExactly(0L, 1200L, 2400L, 300L, 2700L, 3000L);
        assertThat(codes()).containsExactly("chapter-order");
    }

    @Test
    void noRolloverForALoneOutlierBeforeTheDrop() {
        // 51:00 is a slip for 15:00: 20:00 follows 10:00, the entry before it.
        Decision decision =
                decide(
                        UNKNOWN,
                        run(
                                false, "00:00", "A", "10:00", "B", "51:00", "C", "20:00", "D",
                                "30:00", "E"));

        assertThat(starts(decision)).containsExactly(0L, 600L, 3060L, 1200L, 1800L);
        assertThat(codes()).containsExactly("chapter-order");
    }

    @Test
    void noRolloverForAStepBackOfHalfAnHourOrLess() {
        // 1:15:00 would make "C" a 35-minute chapter between 10-minute ones: read as written.
        Decision decision =
                decide(UNKNOWN, run(true, "00:00", "A", "20:00", "B", "40:00", "C", "15:00", "D"));

        assertThat(starts(decision)).containsExactly(0L, 1200L, 2400L, 900L);
        assertThat(codes()).containsExactly("chapter-order");
    }

    @Test
    void noRolloverPastTheEpisodesLength() {
        Decision decision =
                decide(
                        minutes(55),
                        run(true, "00:00", "A", "30:00", "B", "51:00", "C", "06:00", "D"));

        assertThat(starts(decision)).containsExactly(0L, 1800L, 3060L, 360L);
        assertThat(codes()).containsExactly("chapter-order");
    }

    @Test
    void theHoursAreLookedForInsideBracketedMarks() {
        // The reader hands the mark as the page writes it ("[51:00]", "( 06:00 )"); the start is
        // read inside the brackets.
        List<ChapterItem> bracketed =
                List.of(
                        at(1, 1, "[00:00]", "A"), at(2, 1, "[30:00]", "B"),
                        at(3, 1, "[51:00]", "C"), at(4, 1, "( 06:00 )", "D"));
        Decision rolled = decide(UNKNOWN, new ChapterRun(bracketed, false));
        assertThat(starts(rolled)).containsExactly(0L, 1800L, 3060L, 3960L);

        freshDiagnostics();
        List<ChapterItem> withHours =
                List.of(
                        at(1, 1, "[00:00]", "A"), at(2, 1, "[0:30:00]", "B"),
                        at(3, 1, "[51:00]", "C"), at(4, 1, "[06:00]", "D"));
        Decision asWritten = decide(UNKNOWN, new ChapterRun(withHours, false));
        assertThat(starts(asWritten)).containsExactly(0L, 1800L, 3060L, 360L);
        assertThat(codes()).containsExactly("chapter-order");
    }
}
