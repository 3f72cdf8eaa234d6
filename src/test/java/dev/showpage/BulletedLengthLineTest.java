package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An episode guide's edition that opens with a bulleted line holding only its length ("• 60 Min.",
 * "• 45 min", "• 1 h 10 min"), guests and their roles under it: the length is the edition's. A
 * bulleted line with more than an amount ("• 15 Min. Pause") is a list's item, and a bullet before
 * a score or a clock ("• 3:1", "• 20:15") gives no length.
 */
class BulletedLengthLineTest {

    private static Page page(String lengthLine) {
        String text =
                "Staffel 4, Folgen 20–30\n\n  "
                        + lengthLine
                        + "\n    Lena Brandt, Köchin\n"
                        + "    Sie erzählt von ihrer Küche am Hafen.\n"
                        + "    Tom Reger, Förster\n"
                        + "    Er spricht über den trockenen Sommer.\n";
        return EpisodePageParser.builder()
                .referenceDate(LocalDate.of(2025, 5, 1))
                .build()
                .parsePage(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "• 60 Min.;3600",
                "• 45 min;2700",
                "• 75 minutes;4500",
                "• 1 h 10 min;4200",
                "• 50 minuti;3000",
                "• 40 minutos;2400",
                "• 55 minuten;3300",
                "• 90 Minuten;5400",
            })
    void takesTheBulletedLength(String line, long seconds) {
        Page page = page(line);
        assertThat(page.episodes()).as(line).isNotEmpty();
        assertThat(page.episodes().get(0).duration())
                .as(line)
                .contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "• 15 Min. Pause",
                "• 45 min of talk",
                "• 3:1",
                "• 20:15",
                "• 60",
            })
    void leavesBulletsThatGiveNoLength(String line) {
        Page page = page(line);
        assertThat(page.episodes())
                .as(line)
                .allSatisfy(episode -> assertThat(episode.duration()).as(line).isEmpty());
    }
}
