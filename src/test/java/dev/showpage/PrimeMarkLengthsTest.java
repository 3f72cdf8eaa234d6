package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.text.Durations;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lengths written in minutes and seconds with the signs of arc, as European players print a card's
 * length: two-digit minutes, and the seconds' sign written as two primes or a double prime. A
 * straight double quote, which the lexer takes as a sign of its own, and one-digit minutes are the
 * shapes of a song's length, a pace, a race time, a lap or a height as often: no card's length. In
 * the rows, "|" stands for a line break.
 */
class PrimeMarkLengthsTest {

    private static Page page(String text) {
        return EpisodePageParser.builder()
                .referenceDate(LocalDate.of(2025, 5, 1))
                .build()
                .parsePage(text.replace('|', '\n'));
    }

    private static Episode card(String line) {
        Page page =
                page("Ein Spaziergang am Hafen|3 March 2024|" + line + "|Wir zählen die Boote.|");
        assertThat(page.episodes()).as(line).isNotEmpty();
        return page.episodes().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "52'09'';3129",
                "12′03″;723",
                "Durée : 24′07″;1447",
                "Dauer: 52'09'';3129",
                "Duración: 31′48″;1908",
            })
    void minutesAndSecondsWithSignsOfArcAreTheCardsLength(String line, long seconds) {
        assertThat(card(line).duration()).as(line).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "6'2\"", // a height in feet and inches
                "5'11\"",
                "6'05\"",
                "6'15\"", // one-digit minutes: a song, a pace, a lap as often
                "7′24″",
                "07'24\"", // a straight double quote: a song's or a race's time as often
                "52'09\"",
                "41°23'07\"", // a latitude's minutes and seconds
                "07'24", // no sign for the seconds
                "07'240\"",
                "1'250\"", // a price with an apostrophe for thousands
                "07'75\"", // no minute has 75 seconds
                "Sie ist 6'15\" groß, sagt man.", // in a sentence
                "Mein Tempo pro Kilometer:|4'45\"",
                "Il mio passo al chilometro:|5'10\"",
                "1. Kranjec|1'52\"",
                "1500 mètres|3'31\"",
                "Breite 47°|11'24\"",
                "4 April 2024 · 6'42\"",
                "Ronda más rápida 1'21\"",
            })
    void otherUsesOfTheSameSignsAreNoLength(String line) {
        assertThat(card(line).duration()).as(line).isEmpty();
    }

    /** A tracklist's song lengths must not replace the card's labelled length. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Blues|7'14\"|Quiet Tide|4'58\"|Dauer: 61 min;3660",
                "Marée basse|6'03\"|Le phare|5'41\"|Durée : 61 min;3660",
                "Notte di porto|8'12\"|Onde|3'27\"|Durata: 61 min;3660",
                "Harbour Blues|7′14″|Quiet Tide|4′58″|Duration: 61 min;3660",
            })
    void songLengthsInATracklistLeaveTheLabelledLength(String lines, long seconds) {
        Page page = page("Late Jazz Hour|4 April 2024|Tonight's records:|" + lines + "|");
        assertThat(page.episodes()).as(lines).isNotEmpty();
        assertThat(page.episodes().get(0).duration())
                .as(lines)
                .contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {"07'24\";444", "09'48'';588", "12′03″;723", "52'09\";3129"})
    void theLengthReaderReadsEachSign(String text, long seconds) {
        assertThat(Durations.seconds(text)).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "6'2\"",
                "5'11''",
                "6′05″",
                "6'15''",
                "7'24",
                "07'24'",
                "48°51'24\"",
                "7'2x\""
            })
    void theLengthReaderLeavesHeightsAndHalfSignsAlone(String text) {
        assertThat(Durations.seconds(text)).isEqualTo(-1);
    }
}
