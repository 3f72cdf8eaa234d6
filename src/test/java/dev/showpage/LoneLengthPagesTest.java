package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An episode's length printed as a clock time alone on its line, with no date beside it: over the
 * notes at the top of a copy, after the sign of a field the page left out, under a player's
 * position at zero. A lone time among lines that open with times stays a chapter list's. The pages
 * are made up.
 */
class LoneLengthPagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    37:12|Hoy hablamos con una guionista sobre la radio y la tele de los noventa. => 2232
                    1:05:40|On parle du port, de la tempête et des bateaux de la jetée nord. => 3940
                    The storm|· 52:18|Ana: Hello and welcome to the show, today we talk about the pier. => 3138
                    The storm||• 41:07||Ana: Hello and welcome to the show, today we talk about the pier. => 2467
                    The storm||0:00|47:51|Ana: Hello and welcome to the show, today we talk about the pier. => 2871
                    """)
    void aLoneClockWhereOnlyALengthStandsIsTheEpisodesLength(String lines, long seconds) {
        // "|" in a row stands for a line break.
        Episode episode = only(lines.replace('|', '\n'));

        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
    }

    @Test
    void aTimeOfDayOverTheNotesIsNoLength() {
        Episode episode = only("19:30\nDoors open early, and we talk about the pier tonight.\n");

        assertThat(episode.duration()).isEmpty();
    }

    @Test
    void theLastTimeOfAChapterListIsNoLength() {
        Page page =
                EpisodePageParser.parse(
                        "The storm\n\n"
                                + "\u00B7 00:00\n"
                                + "Cold open\n"
                                + "\u00B7 27:40\n"
                                + "The pier\n"
                                + "\u00B7 38:05\n"
                                + "The rescue\n");
        Episode episode = page.episodes().get(0);

        assertThat(episode.duration()).isEmpty();
        assertThat(episode.chapters()).hasSize(3);
    }

    private static Episode only(String text) {
        Page page = EpisodePageParser.parse(text);
        assertThat(page.episodes()).hasSize(1);
        return page.episodes().get(0);
    }
}
