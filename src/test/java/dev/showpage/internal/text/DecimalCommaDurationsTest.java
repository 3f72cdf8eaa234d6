package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An amount with a decimal comma before its unit ("1,5 uur", "2,25 Stunden"), as the languages
 * other than English print it. A comma with three digits after it groups thousands, and one with no
 * unit after it is no length.
 */
class DecimalCommaDurationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "1,5 uur;5400",
                "2,25 Stunden;8100",
                "1,5 horas;5400",
                "0,5 ore;1800",
                "1,5 heures;5400",
                "2,5 Std.;9000",
                "1,5 h;5400",
                "2.5 hours;9000",
                "2,25 Std.;8100",
                "12,50 Stunden;45000",
                "1,5 min;90",
                "2,5 Min.;150",
            })
    void readsTheFraction(String text, long seconds) {
        assertThat(Durations.seconds(text)).as(text).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "1,500 seconds",
                "1,5",
                "1,5uur",
                "1,5 Punkte",
                "3,2 km",
                "1, 5 min",
                // a metre, and a broadcast time with its minutes after the comma
                "1,5 m",
                "2,5 M",
                "21,30 h",
                "20,15 Uhr",
                "13,45 Stunden",
                "23,00 h",
                // a morning's broadcast time: two digits after the comma and a bare h
                "10,30 h",
                "12,15 h",
                "2,25 h",
            })
    void leavesWhatIsNoDecimalLength(String text) {
        assertThat(Durations.seconds(text)).as(text).isEqualTo(-1L);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"10,30 h", "12,15 h", "9,45 h"})
    void aMorningBroadcastTimeUnderADayIsNoLength(String time) {
        Page page =
                EpisodePageParser.parse(
                        "Mercredi 4 juin\n\n"
                                + time
                                + "\n\nUne navigatrice raconte sa traversée de l'Atlantique en"
                                + " solitaire.\n");

        assertThat(page.episodes()).extracting(Episode::duration).allMatch(Optional::isEmpty);
    }
}
