package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A card's closing line of minutes and seconds, then a date ({@link LengthBeforeDate}): the length,
 * where the minutes cannot be a clock's hour. In the rows, "|" stands for a line break.
 */
class LengthBeforeDateTest {

    private static Episode card(String line) {
        Page page =
                EpisodePageParser.builder()
                        .referenceDate(LocalDate.of(2025, 5, 1))
                        .build()
                        .parsePage(
                                ("Ein Spaziergang am Hafen|3 March 2024|Wir zählen die Boote am"
                                                + " Kai.|"
                                                + line
                                                + "|")
                                        .replace('|', '\n'));
        assertThat(page.episodes()).as(line).isNotEmpty();
        return page.episodes().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "41:07 03.03.2024;2467",
                "24:00 3/3/2024;1440",
                "59:59 3 March 2024;3599",
                "33:12 2024-03-03;1992",
            })
    void minutesThatNoClockShowsBeforeADateAreTheLength(String line, long seconds) {
        assertThat(card(line).duration()).as(line).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "20:15 03.03.2024", // the time of a broadcast
                "09:30 3 March 2024",
                "1:02:03 03.03.2024", // hours, minutes and seconds: a clock with seconds as often
                "41:07 03.03.2024 Hamburg", // more after the date
                "Stand 41:07 03.03.2024",
                "41:07 Uhr",
                "41:07 3 March", // no year: no full date
            })
    void anyOtherTimeBesideADateIsNoLength(String line) {
        assertThat(card(line).duration()).as(line).isEmpty();
    }
}
