package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two places a show's site or a platform prints the show's name in its header: on the line right
 * under an embedded player's loading placeholder, and on the line right over its publisher's
 * ("Podcast by ..."). The pages are made up; the comment before each assertion names the 1-based
 * page lines it reads.
 */
class ShowUnderPlayerAndPublisherTest {

    private static final String NOTES =
            "A lock keeper walks us along the towpath she has kept for thirty years, and tells"
                    + " how the boats and the people on them have changed.\n";

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "The player is loading ...; Harbour Talk",
                "Der Player wird geladen …; Hafenfunk",
                "Le lecteur est en cours de chargement...; Les Quais",
                "De speler wordt geladen; Havenpraat",
                "El reproductor se está cargando...; Puerto Abierto"
            })
    void theLineUnderAPlayersPlaceholderIsTheShow(String player, String show) {
        String page =
                "March 3, 2025\n\nLamps at Low Tide\n\n" + player + "\n" + show + "\n\n" + NOTES;

        Page parsed = EpisodePageParser.parse(page);

        // Line 6 stands right under the player's placeholder (line 5).
        assertThat(parsed.show()).map(Show::title).contains(show);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // a sentence under the placeholder
                "The player is loading ...; Thanks for listening to us every week.",
                // the placeholder with more words after it: not the placeholder alone
                "The player is loading slowly today; Harbour Talk",
                // a menu's control under it
                "The player is loading ...; Subscribe"
            })
    void otherLinesUnderThePlaceholderNameNoShow(String player, String under) {
        String page =
                "March 3, 2025\n\nLamps at Low Tide\n\n" + player + "\n" + under + "\n\n" + NOTES;

        Page parsed = EpisodePageParser.parse(page);

        assertThat(parsed.show()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Talk; Podcast by Quay Media",
                "Hafenfunk; Ein Podcast von Radio Kai",
                "Les Quais; Un podcast de Radio Port",
                "Havenpraat; Podcast door Omroep Kade",
                "Porto Aperto; Podcast di Radio Molo",
                "Cais do Porto; Um podcast da Rádio Cais",
                "Havnesnak; En podcast af Radio Kaj"
            })
    void theLineOverAPublishersLineIsTheShow(String show, String publisher) {
        String page =
                "\n"
                        + show
                        + "\n"
                        + publisher
                        + "\nLimited offer\n\nAll episodes\nLamps at Low Tide\n"
                        + NOTES
                        + "Ferries in the Fog\n"
                        + NOTES;

        Page parsed = EpisodePageParser.parse(page);

        // Line 2 stands right over the publisher's line (line 3).
        assertThat(parsed.show()).map(Show::title).contains(show);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // a blank line between them: the line over is not the header's
                "Harbour Talk\\n; Podcast by Quay Media",
                // the publisher's line is a sentence of credits
                "Harbour Talk; Podcast by the people of the quay, recorded at night.",
                // a count over it, not a name
                "Society | 356 episodes; Podcast by Quay Media",
                // a menu's control over it
                "Menu; Podcast by Quay Media"
            })
    void otherLinesOverAPublishersLineNameNoShow(String overLine, String publisher) {
        String over = overLine.replace("\\n", "\n");
        String page =
                "\n"
                        + over
                        + "\n"
                        + publisher
                        + "\nLimited offer\n\nAll episodes\nLamps at Low Tide\n"
                        + NOTES
                        + "Ferries in the Fog\n"
                        + NOTES;

        Page parsed = EpisodePageParser.parse(page);

        assertThat(parsed.show().map(Show::title).orElse("")).isNotEqualTo(over.strip());
    }
}
