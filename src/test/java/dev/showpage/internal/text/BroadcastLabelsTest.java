package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words radio shows print before the day an episode went on air ("Ausgestrahlt am", "Trasmesso
 * il", "Broadcast on"): labels of the release date, as "Published" is; alone in a sentence, words.
 */
class BroadcastLabelsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ausgestrahlt am 4. M\u00E4rz 2023 \u00B7 41 Min.",
                "Erstausstrahlung: 4. M\u00E4rz 2023 \u00B7 41 Min.",
                "Broadcast on 4 March 2023 \u00B7 41 min",
                "Broadcast: Mar 4, 2023 | 41 min",
                "Trasmesso il 4 marzo 2023 \u00B7 41 min",
                "Trasmessa il 4 marzo 2023 - 41 min",
                "Emitida el 4 de marzo de 2023 \u00B7 41 min",
                "Transmitido em 4 de mar\u00E7o de 2023 \u00B7 41 min",
                "Exibido em 4 de mar\u00E7o de 2023 \u00B7 41 min",
                "Uitzenddatum: 4 maart 2023 \u00B7 41 min",
            })
    void aBroadcastLabelDatesTheEpisode(String line) {
        Episode episode = only(line);
        assertThat(episode.released()).contains(LocalDate.of(2023, 3, 4));
        assertThat(episode.duration()).contains(Duration.ofMinutes(41));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Broadcast news from the harbour, every day at noon",
                "Ausgestrahlt wurde die Folge nie, sagt sie",
                "Trasmesso dalla radio del porto",
            })
    void aBroadcastWordInProseDatesNothing(String line) {
        assertThat(only(line).released()).isEmpty();
    }

    private static Episode only(String line) {
        return EpisodePageParser.parse(
                        "Knots and ropes\n"
                                + line
                                + "\nWe talk about sailing knots with a guest.\n")
                .episodes()
                .get(0);
    }
}
