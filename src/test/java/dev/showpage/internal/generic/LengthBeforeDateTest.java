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
        return page(
                "Ein Spaziergang am Hafen|3 March 2024|Wir zählen die Boote am Kai.|" + line + "|");
    }

    private static Episode page(String text) {
        Page page =
                EpisodePageParser.builder()
                        .referenceDate(LocalDate.of(2025, 5, 1))
                        .build()
                        .parsePage(text.replace('|', '\n'));
        assertThat(page.episodes()).as(text).isNotEmpty();
        return page.episodes().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "41:07 03.03.2024;2467",
                "25:00 3/3/2024;1500",
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
                "24:00 03.03.2024", // midnight
                "24:00 3/3/2024",
                "24:59 2024-03-03",
            })
    void anyOtherTimeBesideADateIsNoLength(String line) {
        assertThat(card(line).duration()).as(line).isEmpty();
    }

    /** A result after a line that announces it, in several languages: a score, no length. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Kiel gegen Lübeck|03.03.2024|Das Nordduell, Endstand:|31:28 03.03.2024|",
                "Lyon contre Nantes|3 mars 2024|Le derby du soir. Résultat|29:27 03.03.2024|",
                "Ajax tegen Utrecht|3 maart 2024|De wedstrijd van het jaar. Eindstand|33:30"
                        + " 3-3-2024|",
                "Milan contro Roma|3 marzo 2024|Il match della sera, risultato|30:26 03/03/2024|",
                "Harbour Cup final|March 3, 2024|Final score|32:29 3/3/2024|",
                "Barça contra Madrid|3 de marzo de 2024|El clásico terminó así:|35:31"
                        + " 03.03.2024|",
            })
    void aTimeAfterALineThatAnnouncesAValueIsNoLength(String text) {
        assertThat(page(text).duration()).as(text).isEmpty();
    }

    /** Only a card's last line: prose after it makes the time a part of the notes. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Ein Spaziergang am Hafen|3 March 2024|Wir zählen die Boote.|31:28 03.03.2024|Dann"
                        + " gehen wir heim.|",
                "A walk by the pier|March 3, 2024|We count the boats.|41:07 3/3/2024|More on"
                        + " the boats next week.|",
                "Une promenade|3 mars 2024|On compte les bateaux.|41:07 03.03.2024||Merci"
                        + " d'avoir écouté.|",
            })
    void aTimeFollowedByMoreTextIsNoLength(String text) {
        assertThat(page(text).duration()).as(text).isEmpty();
    }
}
