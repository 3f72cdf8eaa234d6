package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages that show one episode: what stands above its title (a byline, a credit, a lone word a
 * script left), a player at its start beside the length, a "Published" date under the notes, a
 * transcript heading under that date, and a title that ends with the episode's number. The pages
 * are made up; each expectation is read from the lines the test writes.
 */
class OneEpisodePageShapesTest {

    private static final String TITLE = "Lamps at low tide";

    private static Episode only(String page) {
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes()).hasSize(1);
        return parsed.episodes().get(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "By Mara Quill",
                "Author: Mara Quill",
                "Auteur : Mara Quill",
                "Autorin: Mara van Quill",
                "Par Mara Quill",
                "Produced by Mara Quill",
                "Music: Mara Quill",
                "fbpx",
                "wpadmin",
            })
    void aBylineCreditOrStrayWordAboveIsNoTitle(String above) {
        Episode episode =
                only(
                        above
                                + "\n\n"
                                + TITLE
                                + "\n\nWe walk the quay at dawn and count the lamps that are"
                                + " still lit, one by one.\n");

        assertThat(episode.title()).contains(TITLE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    00:00 / 28:59    | 1739
                    0:00 / 1:02:03   | 3723
                    00:00 /45:10     | 2710
                    """)
    void aPlayerAtItsStartGivesTheLength(String player, long seconds) {
        Episode episode =
                only(
                        TITLE
                                + "\n\n"
                                + player
                                + "\n\nWe walk the quay at dawn and count the lamps that are"
                                + " still lit, one by one.\n");

        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Published: 31 May 2024      | Transcript     | 2024-05-31
                    Publicado: 31 mayo 2024     | Transcripción  | 2024-05-31
                    Veröffentlicht: 3. Juni 2024 | Transkript    | 2024-06-03
                    Publié le 3 juin 2024        | Transcription | 2024-06-03
                    """)
    void aDateUnderTheNotesIsTheEpisodesAndTheTitleStaysAtTheTop(
            String dateLine, String transcriptHeading, LocalDate date) {
        Episode episode =
                only(
                        TITLE
                                + "\n\nWe walk the quay at dawn and count the lamps that are"
                                + " still lit, one by one, and then we talk to the keeper.\n\n"
                                + "Get the harbour shirts with the lamp on the front, in every"
                                + " size from small to extra large.\n\n"
                                + dateLine
                                + "\n\n"
                                + transcriptHeading
                                + "\n\nHello and welcome back to the quay. Today the lamps.\n");

        assertThat(episode.title()).contains(TITLE);
        assertThat(episode.released()).contains(date);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Should you still light the lamps? – Episode 263
                    Why the lamps went out. - Episode 12
                    Lamps, nets, ropes and the quay after dark - Episode 7
                    """)
    void aTitleEndingWithItsNumberIsNoShowName(String title) {
        Episode episode =
                only(
                        title
                                + "\n\nWe walk the quay at dawn and count the lamps that are"
                                + " still lit, one by one.\n");

        assertThat(episode.title()).isEqualTo(Optional.of(title));
    }

    /**
     * A guest's name over their biography, named again where the notes introduce them, is the
     * guest's, not the show's; a header line named twice in plain prose still names the show.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Mara Quill      | Mara Quill (Bergen, 1971) writes about harbours. | Today our guest is Mara Quill, who built the lamps.  |
                    Mara Quill      | Mara Quill is a historian of harbours.            | We talk with Mara Quill about the lamps.             |
                    Mara Quill      | Mara Quill has kept the quay lamps for years.     | Oggi è nostra ospite Mara Quill, che ha fatto tutto. |
                    The Night Ferry | Every week The Night Ferry crosses the harbour.   | Thanks for riding The Night Ferry with us again.     | The Night Ferry
                    """)
    void aGuestsNameOverTheirBiographyIsNoShow(
            String header, String first, String second, String show) {
        Page parsed =
                EpisodePageParser.parse(
                        "Lamps at low tide\n\n" + header + "\n" + first + "\n\n" + second + "\n");

        assertThat(parsed.show().map(s -> s.title())).isEqualTo(Optional.ofNullable(show));
    }

    /** A line opening with the episode's number is the title, below a line about the show. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "31: Lamps at low tide",
                "#31 Lamps at low tide",
                "#31: Lamps at low tide",
                "Episode 31: Lamps at low tide",
                "Folge 31: Lamps at low tide",
                "214: Lamps at low tide & the keeper",
            })
    void aNumberedLineUnderTheShowsBlurbIsTheTitle(String title) {
        Episode episode =
                only(
                        "Two friends read the letters pages of old papers and answer every"
                                + " letter again, one week at a time.\n\n\n"
                                + title
                                + "\n\nSubtitles for this show appear here.\n\nThe summer"
                                + " break is over and we start with a letter from far away.\n");

        assertThat(episode.title()).contains(title);
    }

    /**
     * A transcript's unnamed speaker labels, printed over and over, are neither the title nor the
     * show; the length line above them is the episode's.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    1 hours 7 minutes 20 seconds | Speaker      | 4040
                    1 Std. 7 Min.                | Sprecher     | 4020
                    47 min                       | Intervenant  | 2820
                    """)
    void speakerLabelsAreNeitherTitleNorShow(String length, String speaker, long seconds) {
        StringBuilder page = new StringBuilder(length).append("\n");
        String[] lines = {"Welcome to the quay.", "Thanks, glad to be here.", "Let us begin."};
        for (int turn = 0; turn < 6; turn++) {
            page.append(speaker)
                    .append(' ')
                    .append(turn % 2 + 1)
                    .append('\n')
                    .append(String.format("00:%02d%n", turn * 7))
                    .append(lines[turn % lines.length])
                    .append('\n');
        }
        Page parsed = EpisodePageParser.parse(page.toString());

        assertThat(parsed.show()).isEmpty();
        assertThat(parsed.episodes()).hasSize(1);
        Episode episode = parsed.episodes().get(0);
        assertThat(episode.title()).isEmpty();
        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
        assertThat(episode.chapters()).isEmpty();
    }

    /** A name over the title of a one-episode page is its show's; a phrase there is not. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Harbour Lights Radio        | Harbour Lights Radio
                    The Night Ferry             | The Night Ferry
                    Lampen und Netze            | Lampen und Netze
                    Listen to this episode now  |
                    Harbour                     |
                    """)
    void aNameOverTheOnlyTitleIsTheShow(String above, String show) {
        Page parsed =
                EpisodePageParser.parse(
                        above
                                + "\n\nLamps at low tide | The Harbour Team\n\nEpisode 290\n\n"
                                + "We walk the quay at dawn and count the lamps that are still"
                                + " lit, one by one.\n");

        assertThat(parsed.show().map(s -> s.title())).isEqualTo(Optional.ofNullable(show));
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title())
                .contains("Lamps at low tide | The Harbour Team");
    }
}
