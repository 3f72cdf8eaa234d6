package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A clock a scraper ran into the date ({@code January 14, 202200:05:00}) is the card's weakest
 * length: a length the card states with a label or on a line of its own, before or after the date,
 * is the length, and the glued clock only where the card gives no other.
 */
class GluedClockYieldsToStatedLengthTest {

    private static Episode first(String card) {
        return EpisodePageParser.builder()
                .build()
                .parsePage(card.replace(" | ", "\n") + "\n")
                .episodes()
                .get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    The Night Ferry | Posted January 14, 202200:05:00 | Duration: 45:12        => 2022-01-14 => 2712
                    The Night Ferry | Posted 14/01/2200:05:00 | Duration: 45:12                => 2022-01-14 => 2712
                    Le bac de nuit | Publié le 3 mars 202100:12:07 | Durée : 1:02:03            => 2021-03-03 => 3723
                    Die Nachtfähre | Veröffentlicht 21.06.2400:05:44 | Dauer: 38 Min.          => 2024-06-21 => 2280
                    El ferry | Duración: 52:25 | Publicado el 5 de mayo de 202000:41:30         => 2020-05-05 => 3145
                    De nachtpont | Gepubliceerd op 30 oktober 202200:29:10 | Duur: 12:34        => 2022-10-30 => 754
                    """)
    void aStatedLengthWinsOverTheGluedClock(String card, LocalDate date, long seconds) {
        Episode episode = first(card);
        assertThat(episode.released()).contains(date);
        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    The Night Ferry | Posted January 14, 202200:05:00 | A crossing at dawn.   => 300
                    Le bac de nuit | Publié le 17/11/2100:38:02 | Une traversée.               => 2282
                    Il traghetto | Pubblicato il 18 settembre 20241:02:03                     => 3723
                    """)
    void withNoOtherLengthTheGluedClockIsTheLength(String card, long seconds) {
        assertThat(first(card).duration()).contains(Duration.ofSeconds(seconds));
    }
}
