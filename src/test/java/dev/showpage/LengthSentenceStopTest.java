package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A labelled length written out in full words and closed by a sentence's full stop, as players
 * spell a length for screen readers ("Laufzeit 23 Minuten 45 Sekunden."): the stop closes the line,
 * and the length is read as without it. Amounts in a sentence stay prose.
 */
class LengthSentenceStopTest {

    private static Episode card(String line) {
        Page page =
                EpisodePageParser.builder()
                        .referenceDate(LocalDate.of(2025, 5, 1))
                        .build()
                        .parsePage(
                                "Die Fähre im Sturm\n3 March 2024\n"
                                        + line
                                        + "\nDer Kapitän erzählt.\n");
        assertThat(page.episodes()).as(line).isNotEmpty();
        return page.episodes().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Laufzeit 41 Minuten 7 Sekunden.;2467",
                "Dauer: 2 Stunden 3 Minuten.;7380",
                "Durée 17 minutes 32 secondes.;1052",
                "Duración: 1 hora y 4 minutos.;3840",
                "Durata 38 minuti.;2280",
                "Duur 52 minuten.;3120",
                "Duração 9 minutos e 12 segundos.;552",
                "Length 26 minutes 40 seconds.;1600",
            })
    void aSpelledOutLengthClosedByAFullStopIsTheCardsLength(String line, long seconds) {
        assertThat(card(line).duration()).as(line).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Wir sprachen 41 Minuten über das Wetter.",
                "We sailed for 26 minutes.",
                "Il a attendu 17 minutes.",
                "Laufzeit 41 Minuten 7 Sekunden. Danach folgt Musik.",
                "Das Spiel endete 3:1.",
            })
    void amountsInASentenceAreNoLength(String line) {
        assertThat(card(line).duration()).as(line).isEmpty();
    }
}
