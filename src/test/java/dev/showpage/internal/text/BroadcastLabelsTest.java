package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words radio shows print before the day an episode went on air ("Ausgestrahlt am", "Trasmesso
 * il", "Broadcast on"): labels of the release date after the episode's length on their line; alone
 * on a line (a first broadcast beside the publication) or in a sentence, words.
 */
class BroadcastLabelsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "41 Min. \u00B7 Ausgestrahlt am 4. M\u00E4rz 2023",
                "41 Min. \u00B7 Erstausstrahlung: 4. M\u00E4rz 2023",
                "41 min \u00B7 Broadcast on 4 March 2023",
                "41 min | Broadcast: Mar 4, 2023",
                "41 min \u00B7 Trasmesso il 4 marzo 2023",
                "41 min | Trasmessa il 4 marzo 2023",
                "41 min \u00B7 Emitida el 4 de marzo de 2023",
                "41 min \u00B7 Transmitido em 4 de mar\u00E7o de 2023",
                "41 min \u00B7 Transmitida em 4 de mar\u00E7o de 2023",
                "41 min \u00B7 Exibida em 4 de mar\u00E7o de 2023",
                "41 min \u00B7 Uitzenddatum: 4 maart 2023",
            })
    void aBroadcastLabelAfterTheLengthDatesTheEpisode(String line) {
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
                "Die Sendung wurde ausgestrahlt am 4. Juli 1954 in ganz Europa.",
                "The first show was broadcast on 4 July 1954 across Europe.",
                "La prima puntata fu trasmessa il 4 luglio 1954 in tutta Europa.",
                "A novela foi exibida em 4 de julho de 1954 no Brasil.",
                "Broadcast on 4 July 1954",
            })
    void aBroadcastWordInProseOrAloneDatesNothing(String line) {
        assertThat(only(line).released()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Published 2 June 2023 \u00B7 41 min\nBroadcast on 4 March 2019",
                "Pubblicato il 2 giugno 2023 \u00B7 41 min\nTrasmesso il 4 marzo 2019",
                "Gepubliceerd op 2 juni 2023 \u00B7 41 min\nUitzenddatum: 4 maart 2019",
                "Ver\u00F6ffentlicht am 2. Juni 2023 \u00B7 41 Min.\nErstausstrahlung: 4. M\u00E4rz"
                        + " 2019",
                "Erstausstrahlung: 4. M\u00E4rz 2019\nVer\u00F6ffentlicht am 2. Juni 2023 \u00B7 41"
                        + " Min.",
                "Publicado el 2 de junio de 2023 \u00B7 41 min\nEmitida el 4 de marzo de 2019",
                "Publicado em 2 de junho de 2023 \u00B7 41 min\nExibido em 4 de mar\u00E7o de 2019",
            })
    void aFirstBroadcastBesideThePublicationOpensNoEpisode(String lines) {
        List<Episode> episodes = page(lines);
        assertThat(episodes).hasSize(1);
        assertThat(episodes.get(0).released()).contains(LocalDate.of(2023, 6, 2));
    }

    private static Episode only(String line) {
        return page(line).get(0);
    }

    private static List<Episode> page(String lines) {
        return EpisodePageParser.parse(
                        "Knots and ropes\n"
                                + lines
                                + "\nWe talk about sailing knots with a guest.\n")
                .episodes();
    }
}
