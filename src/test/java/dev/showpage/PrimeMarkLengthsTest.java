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
 * Lengths written in minutes and seconds with the signs of arc, as European studios print a card's
 * length: the straight double quote for the seconds (which the lexer takes as a sign of its own),
 * the typographic double prime, and minutes of one digit where the seconds cannot be inches.
 */
class PrimeMarkLengthsTest {

    private static Episode card(String line) {
        Page page =
                EpisodePageParser.builder()
                        .referenceDate(LocalDate.of(2025, 5, 1))
                        .build()
                        .parsePage(
                                "Ein Spaziergang am Hafen\n3 March 2024\n"
                                        + line
                                        + "\nWir zählen die Boote.\n");
        assertThat(page.episodes()).as(line).isNotEmpty();
        return page.episodes().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "07'24\";444",
                "52'09\";3129",
                "7′24″;444",
                "9'48\";588",
                "3'12'';192",
                "Durée : 07'24\";444",
                "Dauer: 52'09\";3129",
                "Duración: 9′48″;588",
            })
    void minutesAndSecondsWithSignsOfArcAreTheCardsLength(String line, long seconds) {
        assertThat(card(line).duration()).as(line).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "6'2\"", // a height in feet and inches
                "5'11\"",
                "6'05\"", // seconds below twelve after one digit: inches as well
                "41°23'07\"", // a latitude's minutes and seconds
                "07'24", // no sign for the seconds
                "07'240\"",
                "1'250\"", // a price with an apostrophe for thousands
                "07'75\"", // no minute has 75 seconds
                "Sie ist 6'15\" groß, sagt man.", // in a sentence
            })
    void otherUsesOfTheSameSignsAreNoLength(String line) {
        assertThat(card(line).duration()).as(line).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {"07'24\";444", "7′24″;444", "9'48'';588", "12′03″;723", "3'12\";192"})
    void theLengthReaderReadsEachSign(String text, long seconds) {
        assertThat(Durations.seconds(text)).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"6'2\"", "5'11''", "6′05″", "7'24", "07'24'", "48°51'24\"", "7'2x\""})
    void theLengthReaderLeavesHeightsAndHalfSignsAlone(String text) {
        assertThat(Durations.seconds(text)).isEqualTo(-1);
    }
}
