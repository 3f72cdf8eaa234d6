package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A unit of length counts only as a whole word, or as the letters glued to an amount that make a
 * length and nothing else: the words after a release date that merely open with a unit's letters
 * ("10 hot takes"), a decade ("1990s") or a dimension ("3D") give the episode no length.
 */
class UnitBoundaryTest {

    private static Episode onlyEpisode(String dateLine) {
        Page page = EpisodePageParser.parse("Tides\n" + dateLine + "\nNotes on the tides.\n");
        assertThat(page.episodes()).hasSize(1);
        return page.episodes().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Dec 31, 2024 • 10 hot takes",
                "Dec 31, 2024 • 10 hours-long rant",
                "Dec 31, 2024 • 1990s nostalgia",
                "Dec 31, 2024 • 2000s pop",
                "Dec 31, 2024 • 3D printing",
            })
    void wordsThatOpenWithAnAmountAndAUnitsLettersGiveNoLength(String dateLine) {
        Episode episode = onlyEpisode(dateLine);

        assertThat(episode.released()).isPresent();
        assertThat(episode.duration()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Dec 31, 2024 • 10 hrs       => 36000
                    Dec 31, 2024 • 2h           => 7200
                    Dec 31, 2024 • 45s          => 45
                    Dec 31, 2024 • 1h30m        => 5400
                    Dec 31, 2024 • 45 minutes   => 2700
                    """)
    void aUnitAsAWholeWordOrGluedToItsAmountStillGivesTheLength(String dateLine, long seconds) {
        assertThat(onlyEpisode(dateLine).duration()).contains(Duration.ofSeconds(seconds));
    }
}
