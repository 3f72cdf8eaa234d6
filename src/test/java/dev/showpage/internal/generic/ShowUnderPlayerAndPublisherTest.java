package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The line right over a publisher's ("Podcast by ...", "Ein Podcast von ..."), where platforms
 * print the show's name in their header; and the line under an embedded player's loading
 * placeholder, which names no show: sites print credits and headings there as often. The pages are
 * made up; the comment before each assertion names the 1-based page lines it reads.
 */
class ShowUnderPlayerAndPublisherTest {

    private static final String NOTES =
            "A lock keeper walks us along the towpath she has kept for thirty years, and tells"
                    + " how the boats and the people on them have changed.\n";

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // a guest's credit
                "The player is loading ...; Featuring Mara Quill",
                "Der Player wird geladen …; Zu Gast: Mara Quill",
                "Le lecteur se charge...; Avec Mara Quill",
                "El reproductor se está cargando...; Con Ana Torres",
                "De speler wordt geladen; Met Mara Quill",
                "O player está carregando; Com Ana Torres",
                // a heading, a list of names
                "The player is loading ...; Trailer",
                "The player is loading ...; Mara Quill & Tom Reed",
                "Il player è in caricamento; Mara Quill e Ana Torres",
                // the episode's title after its label
                "Der Player wird geladen …; Folge 12: Lamps at Low Tide",
                // a name the page prints nowhere else
                "The player is loading ...; Harbour Talk",
                "Der Player wird geladen …; Hafenfunk",
                // a sentence, more words after the placeholder, a menu's control
                "The player is loading ...; Thanks for listening to us every week.",
                "The player is loading slowly today; Harbour Talk",
                "The player is loading ...; Subscribe"
            })
    void theLineUnderAPlayersPlaceholderIsNoShow(String player, String under) {
        String page =
                "Lamps at Low Tide\nMarch 3, 2025\n\n" + player + "\n" + under + "\n\n" + NOTES;

        Page parsed = EpisodePageParser.parse(page);

        // Line 5 stands right under the player's placeholder (line 4): what sites print there
        // names the show as often as it credits a guest or heads a trailer.
        assertThat(parsed.show()).isEmpty();
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).contains("Lamps at Low Tide");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Talk; Podcast by Quay Media",
                "Hafenfunk; Ein Podcast von Radio Kai",
                "Les Quais; Un podcast de Radio Port",
                "Havenpraat; Een podcast door Omroep Kade",
                "Porto Aperto; Un podcast di Radio Molo",
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
                "Menu; Podcast by Quay Media",
                // a section's heading over a category: the bare phrase credits no publisher
                "Lo más escuchado; Podcast de Economía",
                "Kultur; Podcast der Redaktion",
                "Empfehlung; Podcast des Jahrzehnts",
                "Da non perdere; Podcast di Storia",
                "Top 10; Podcast do Brasil",
                "À ne pas manquer; Podcast de Société",
                "Aanrader; Podcast van Nederland"
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
