package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A player scraped before its file loaded prints a length of zero: the episode gets no length, and
 * the line is said in a warning, while a real length beside it, or one of a single second, is kept.
 */
class EmptyPlayerLengthTest {

    private static Page episodeWith(String lengthLine) {
        return EpisodePageParser.parse(
                "Lanterns on the Canal\n"
                        + lengthLine
                        + "\nA walk along the old towpath with the lock keeper and her dog.\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0:00 / 0:00",
                "00:00 / 00:00",
                "0:00 / 00:00:00",
                "-0:00",
            })
    void anEmptyPlayersZeroIsNoLengthAndIsSaid(String lengthLine) {
        Page page = episodeWith(lengthLine);

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).contains("Lanterns on the Canal");
        assertThat(page.episodes().get(0).duration()).isEmpty();
        assertThat(page.diagnostics())
                .extracting(d -> d.severity(), d -> d.code(), d -> d.line())
                .containsExactly(tuple(Severity.WARNING, "empty-duration", 2));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0:00 / 45:12 | 2712",
                "Duration: 0:00 | 0",
                "Dauer: 00:00:00 | 0",
                "Durée : 0 min | 0",
                "Duration: 0:01 | 1",
                "Dauer: 1:02:03 | 3723",
                "45 min | 2700",
            })
    void aPlayersRealLengthOrALabelledOneIsKept(String lengthLine, long seconds) {
        Page page = episodeWith(lengthLine);

        assertThat(page.episodes().get(0).duration()).contains(Duration.ofSeconds(seconds));
        assertThat(page.diagnostics()).extracting(d -> d.code()).doesNotContain("empty-duration");
    }
}
