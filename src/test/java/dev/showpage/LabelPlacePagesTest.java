package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An episode's date and length where their labels or openers put them: a labelled length between
 * the date and the next field's label, a length's label and value in brackets, a season and episode
 * code before the date; and the near misses that give nothing. The pages are made up.
 */
class LabelPlacePagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    The pier at night|Released: Feb 9, 2023 Runtime: 01:12:45 Genre: Comedy|We talk about the pier and the storm that took its lights. => 2023-02-09 => 4365
                    La jetée|12 mars 2022 Durée : 38:10 Auteur : Untel|On parle de la jetée et de la tempête qui a emporté ses lumières. => 2022-03-12 => 2290
                    De pier|S03 / E07 - 2 maart 2021|We praten over de pier en de storm die de lichten meenam. => 2021-03-02 => 0
                    Il molo|s1e12 · 8 ottobre 2020|Parliamo del molo e della tempesta che ha portato via le luci. => 2020-10-08 => 0
                    """)
    void readsTheValuesWhereTheirLabelsStand(String lines, String date, long seconds) {
        // "|" in a row stands for a line break; 0 seconds: no length on the page.
        Episode episode = only(lines.replace('|', '\n'));

        assertThat(episode.released()).contains(LocalDate.parse(date));
        if (seconds > 0) {
            assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
        } else {
            assertThat(episode.duration()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    The pier|(Dauer: 12 Min. 5 Sek.)|Wir sprechen über die Mole und den Sturm, der ihre Lichter nahm. => 725
                    The pier|[Duration: 47:03]|We talk about the pier and the storm that took its lights. => 2823
                    """)
    void aLengthsLabelInBracketsGivesTheLength(String lines, long seconds) {
        Episode episode = only(lines.replace('|', '\n'));

        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    The pier|(listen for 20 minutes a day)|We talk about the pier and the storm that took its lights.
                    The pier|(Duration: 47:03 and more)|We talk about the pier and the storm that took its lights.
                    The pier|Runtime: 01:12:45 Genre: Comedy|We talk about the pier and the storm that took its lights.
                    """)
    void nearMissesGiveNoLength(String lines) {
        Page page = EpisodePageParser.parse(lines.replace('|', '\n'));

        assertThat(page.episodes()).allSatisfy(e -> assertThat(e.duration()).isEmpty());
    }

    private static Episode only(String text) {
        Page page = EpisodePageParser.parse(text);
        assertThat(page.episodes()).hasSize(1);
        return page.episodes().get(0);
    }
}
