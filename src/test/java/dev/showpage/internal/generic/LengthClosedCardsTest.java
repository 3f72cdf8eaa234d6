package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Undated cards each closed by a line that gives only the card's length. The listings are made up;
 * {@code |} in a case stands for a line break.
 */
class LengthClosedCardsTest {

    private static Page parse(String lines) {
        return EpisodePageParser.parse(lines.replace("|", "\n") + "\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // a title and a length
                "Radio Tal|Die Salzstraße|12 min|Der Brennofen|6 min|Die Glocken|44 min",
                // a title, a teaser, a labelled length
                "Radio Tal|Die Salzstraße|Ein Fuhrmann erzählt vom Weg.|Dauer: 12 min"
                        + "|Der Brennofen|Drei Tage Feuer im Ofen.|Dauer: 6 min"
                        + "|Die Glocken|Wie man eine Glocke stimmt.|Dauer: 44 min",
                // a kicker, a title, a teaser, blank lines between the cards
                "Radio Tal||Reihe 1/3|Die Salzstraße|Ein Fuhrmann erzählt.|Duration: 12 min|"
                        + "|Reihe 2/3|Der Brennofen|Drei Tage Feuer.|Duration: 6 min|"
                        + "|Reihe 3/3|Die Glocken|Eine Glocke wird gestimmt.|Duration: 44 min"
            })
    void eachCardIsAnEpisodeWithItsLength(String page) {
        Page parsed = parse(page);

        assertThat(parsed.episodes())
                .extracting(Episode::duration)
                .containsExactly(
                        Optional.of(Duration.ofMinutes(12)),
                        Optional.of(Duration.ofMinutes(6)),
                        Optional.of(Duration.ofMinutes(44)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Onda Clara|La strada del sale|18 min|La fornace|27 min;"
                        + "La strada del sale,La fornace",
                "Onda Clara|La strada del sale|Un carrettiere racconta.|Durée : 18 min|La fornace"
                        + "|Tre giorni di fuoco.|Durée : 27 min;La strada del sale,La fornace"
            })
    void theCardsFirstLineIsItsTitle(String page, String titles) {
        assertThat(DatedPages.titles(parse(page))).containsExactly(titles.split(","));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // one episode's length printed over and under its notes
                "Onda Clara|La strada del sale|Duration: 18 min|Notes on the salt road.|Duration:"
                        + " 18 min",
                // cards of different shapes: two lines, then one
                "Onda Clara|La strada del sale|Un carrettiere racconta.|18 min|La fornace|27 min",
                // sentences over the lengths: notes, not titles
                "Onda Clara|We walk the salt road at dawn.|18 min|We fire the kiln for three"
                        + " days.|27 min",
                // prose that mentions lengths
                "Onda Clara|La strada del sale|The walk took 18 min and the talk 27 min.|The kiln"
                        + " burned for 40 min more."
            })
    void otherShapesAreNoCards(String page) {
        assertThat(parse(page).episodes()).hasSizeLessThanOrEqualTo(1);
    }
}
