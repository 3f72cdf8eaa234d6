package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dated listing that the copy cut off in its next entry's date: the title over the first word of
 * that date is an episode of its own, not the notes of the entry before. The pages are made up; the
 * comment before each assertion names the 1-based page lines it reads.
 */
class CutListingEntryTest {

    private static final String LISTING =
            """
            Lamps at Low Tide
            March 14, 2024

            A lighthouse keeper walks us through the last night before the lamp went electric.

            The Kiln Keeper
            March 07, 2024

            A potter explains how a wood kiln is fired for three days without a break in the heat.

            """;

    @ParameterizedTest
    @CsvSource({"Night Ferries of the North, February", "Salt and Smoke, Feb", "Salt, Tuesday"})
    void aTitleOverTheFirstWordOfACutDateIsAnEpisode(String title, String cut) {
        Page parsed = EpisodePageParser.parse(LISTING + title + "\n" + cut + "\n");

        // Lines 1 and 6 open the dated entries; line 11 the cut one, whose date (line 12) is lost.
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElse("(none)"))
                .containsExactly("Lamps at Low Tide", "The Kiln Keeper", title);
        assertThat(parsed.episodes().get(1).released()).contains(LocalDate.of(2024, 3, 7));
        assertThat(parsed.episodes().get(1).description().orElseThrow()).doesNotContain(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"See you next week", "Thanks for listening"})
    void aClosingLineIsNoCutEntry(String closing) {
        Page parsed = EpisodePageParser.parse(LISTING + "More from the archive\n" + closing + "\n");

        // Lines 11-12 close the page: the last line opens no date, so no third episode.
        assertThat(parsed.episodes()).hasSize(2);
    }
}
