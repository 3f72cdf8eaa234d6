package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lines that look like the newer title shapes' but are not: a menu's one word over a date (only a
 * player's button is passed over), an air time alone, an invitation that names a place rather than
 * what the site promotes, and a show's name before a word that is only like a month. The pages are
 * made up; in the rows "/" stands for a line break.
 */
class TitleNearMissesTest {

    private static final String NOTES =
            "A lock keeper walks us along the towpath she has kept for thirty years, and tells"
                    + " how the boats and the people on them have changed.";

    private static final String OTHER_NOTES =
            "We cross the sound one last time with a ferryman who has made the trip every morning"
                    + " for as long as anyone in the harbour can remember.";

    private static List<Optional<String>> titles(String rows) {
        Page parsed =
                EpisodePageParser.parse(rows.replace(" / / ", "\n\n").replace(" / ", "\n") + "\n");
        return parsed.episodes().stream().map(Episode::title).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Home; March 10, 2025; March 3, 2025",
                "About; March 10, 2025; March 3, 2025",
                "Startseite; 10. März 2025; 3. März 2025",
                "Accueil; 10 mars 2025; 3 mars 2025",
                "Inicio; 10 de marzo de 2025; 3 de marzo de 2025"
            })
    void aMenuWordOverADateIsNoButtonToPassOver(String word, String second, String first) {
        List<Optional<String>> titles =
                titles(
                        "Harbour Talk / / Lamps at Low Tide / "
                                + first
                                + " / "
                                + NOTES
                                + " / / "
                                + word
                                + " / "
                                + second
                                + " / "
                                + OTHER_NOTES);

        // Line 7, the menu's word over the second date, is no button: the notes over it (line 5)
        // and the show's name (line 1) are never the second episode's title.
        assertThat(titles).hasSize(2);
        assertThat(titles.get(1))
                .isNotEqualTo(Optional.of(NOTES))
                .isNotEqualTo(Optional.of("Harbour Talk"));
        assertThat(PlayButtons.isLabel(word)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"20:15h", "Live 20:15h", "21:30H", "Ab 19:00h", "En direct 07:00h"})
    void anAirTimeAloneIsNoTitle(String time) {
        String card = " / " + time + " / ";
        List<Optional<String>> titles =
                titles(
                        "Harbour Talk / / Lamps at Low Tide"
                                + card
                                + "March 10, 2025 / "
                                + NOTES
                                + " / / The Last Crossing"
                                + card
                                + "March 3, 2025 / "
                                + OTHER_NOTES);

        // Lines 4 and 8 print the hour each edition airs at, not its title.
        assertThat(titles).doesNotContain(Optional.of(time));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Entdecke Lissabon!",
                "Descubre Cádiz!",
                "Check out this lighthouse!",
                "Scopri Venezia!",
                "Ontdek de Waddenzee!",
                "Découvrez Marseille !"
            })
    void anInvitationToAPlaceMayTitleAnEpisode(String title) {
        assertThat(Invitations.isOne(title)).isFalse();
        assertThat(titles(title + " / March 3, 2025 / / " + NOTES))
                .containsExactly(Optional.of(title));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Talk - Mars; Mars",
                "Harbour Talk | 100; 100",
                "Harbour Talk - Mai; Mai",
                "Harbour Talk | Marzo; Marzo"
            })
    void theShowsNameBeforeAWordLikeAMonthIsCut(String title, String rest) {
        List<Optional<String>> titles =
                titles(
                        "Harbour Talk / / "
                                + title
                                + " / March 3, 2025 / / "
                                + NOTES
                                + " / / Harbour Talk");

        // Line 3 prints the show's name (line 1) before a word that is no date.
        assertThat(DateOnlyTitles.isOne(rest)).isFalse();
        assertThat(titles).containsExactly(Optional.of(rest));
    }
}
