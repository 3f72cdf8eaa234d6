package dev.showpage.json;

import dev.showpage.Pages;
import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.SourcePosition;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Invented inputs for the chapter-file formats: a page whose chapter titles hold every character
 * the formats escape, and episodes built directly, for what no page gives (line breaks in titles,
 * chapters without ends). Public for the command line's tests.
 */
public final class ChapterTestPages {

    private ChapterTestPages() {}

    /**
     * Two cards (see {@link Pages} for lines 1-10). Episode 1 (lines 11-22, "45 min" on line 13)
     * has five chapters on lines 16-20 whose titles hold {@code -->}, {@code &}, {@code <>},
     * quotes, {@code = ; # \} and characters outside ASCII. Episode 2 (lines 24-33) gives no length
     * (line 26), so its last chapter (line 31) has no end.
     */
    public static final String TRICKY =
            Pages.page(
                    2,
                    """
                    Signals in the fog
                    Harbour Lights Radio
                    03/14/25 • 45 min
                    The keepers compare notes on horns, bells and lamps.
                    Chapters:
                    00:00 - Cold open --> the horn sounds
                    02:30 - Lamps & wicks <brass> vs. "tin"
                    07:45 - Ratio = oil; wick # 3 \\ spare
                    12:10 - Café à la côte 😀 #1
                    20:00 - Signing off; see you=soon

                    1 Listener

                    Night watch
                    Harbour Lights Radio
                    03/21/25
                    The night keeper reads the log.
                    Chapters:
                    00:00 - Lighting up
                    10:00 - Midnight round
                    25:30 - Dawn --> lamps out

                    1 Listener
                    """);

    /** The line where {@link #TRICKY}'s episode 2 starts, where warnings about it point. */
    public static final int TRICKY_EPISODE_2_LINE = 24;

    /**
     * A chapter as a file should hold it.
     *
     * @param startSeconds its start
     * @param endSeconds its end; -1 for none
     * @param title its title
     */
    public record Expected(long startSeconds, long endSeconds, String title) {}

    /**
     * The chapters a card of the example page prints, each ending where the next starts and the
     * last at the card's "N min".
     */
    public static List<Expected> withEnds(
            List<DatabaseSchoolJsonTest.PageChapter> printed, long lengthSeconds) {
        List<Expected> expected = new java.util.ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            long end = i + 1 < printed.size() ? printed.get(i + 1).startSeconds() : lengthSeconds;
            expected.add(new Expected(printed.get(i).startSeconds(), end, printed.get(i).title()));
        }
        return expected;
    }

    /** Lines 16-20; each ends at the next one's start, the last at "45 min" (line 13). */
    public static final List<Expected> TRICKY_EPISODE_1 =
            List.of(
                    new Expected(0, 2 * 60 + 30, "Cold open --> the horn sounds"),
                    new Expected(2 * 60 + 30, 7 * 60 + 45, "Lamps & wicks <brass> vs. \"tin\""),
                    new Expected(7 * 60 + 45, 12 * 60 + 10, "Ratio = oil; wick # 3 \\ spare"),
                    new Expected(12 * 60 + 10, 20 * 60, "Café à la côte 😀 #1"),
                    new Expected(20 * 60, 45 * 60, "Signing off; see you=soon"));

    /** Lines 29-31; the last has no end, since line 26 gives no length. */
    public static final List<Expected> TRICKY_EPISODE_2 =
            List.of(
                    new Expected(0, 10 * 60, "Lighting up"),
                    new Expected(10 * 60, 25 * 60 + 30, "Midnight round"),
                    new Expected(25 * 60 + 30, -1, "Dawn --> lamps out"));

    /** An episode with these chapters and length (null for none), built without a page. */
    public static Episode episode(Duration length, Chapter... chapters) {
        return new Episode(
                1,
                Optional.of("Built by hand"),
                Optional.empty(),
                Optional.of(LocalDate.of(2025, 3, 4)),
                Optional.ofNullable(length),
                OptionalInt.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(chapters),
                new SourcePosition(1, 1));
    }

    /** A chapter from {@code start} seconds to {@code end} seconds (-1: no end). */
    public static Chapter chapter(long start, long end, String title) {
        return new Chapter(
                Duration.ofSeconds(start),
                end < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(end)),
                title);
    }
}
