package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date or a length that an episode's notes give by its label in the middle of a line, for an
 * episode without a date line or a length line; and the dates in prose that are not the episode's.
 * The pages are made up.
 */
class LabelledNotesValuesTest {

    private static Episode only(String page) {
        return EpisodePageParser.parse(page).episodes().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Sleeper cars at night. Publié le 3 mars 2024 Mis à jour le 5 mars 2024 la suite. => 2024-03-03
                    Sleeper cars at night. Veröffentlicht am 14. Juni 2023 Aktualisiert am 20. Juni 2023 mehr. => 2023-06-14
                    Sleeper cars at night. Published: April 9, 2022 Updated: April 11, 2022 and more. => 2022-04-09
                    Sleeper cars at night. Pubblicato il 21 maggio 2021 Aggiornato il 22 maggio 2021 altro. => 2021-05-21
                    Sleeper cars at night. Gepubliceerd op 28-11-2020 Bijgewerkt op 29-11-2020 meer. => 2020-11-28
                    Sleeper cars. Diese Folge erschien am 9. Mai 2022 um 18:00Abrufe 120 => 2022-05-09
                    Sleeper cars. This episode was published on June 2, 2021 at noon. => 2021-06-02
                    Sleeper cars. Cet épisode a été publié le 17 janvier 2020 à midi. => 2020-01-17
                    """)
    void takesTheLabelledPublicationDateFromTheNotes(String notes, String date) {
        Episode episode = only("Night Trains\n\nThe Last Sleeper\n\n" + notes + "\n");

        assertThat(episode.released()).contains(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    We ride the night train. Download EpisodeDuration: 41:07 => 2467
                    Aufnahme vom 03.06.2021 – Dauer: 2:04:10 Durch die Sendung führte Ana. => 7450
                    Grabado en Bilbao | Duración: 52 min Con Ana Ruiz. => 3120
                    We ride the night train. Die Dauer der Folge 0:52:10Danach geht es weiter. => 3130
                    We ride the night train. Durée de la vidéo : 26 min. Article suivant. => 1560
                    We ride the night train. Duración del episodio: 1 h 5 min. Más episodios. => 3900
                    """)
    void takesTheLabelledLengthFromTheNotes(String notes, long seconds) {
        Episode episode = only("Night Trains\n\nThe Last Sleeper\n\n" + notes + "\n");

        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    The book, which was published on March 3, 2020, is about trains.
                    We met on 12 May 2019 in Vienna and talked for hours.
                    Her book erschien am 4. April 2019 im Verlag, a tale of trains.
                    The novel was published on June 2, 2021 to much acclaim.
                    Un texte lu. Publié le 02/10/2021 puis repris, on ne sait quand.
                    """)
    void leavesDatesThatAreNotTheEpisodes(String notes) {
        Episode episode = only("Night Trains\n\nThe Last Sleeper\n\n" + notes + "\n");

        assertThat(episode.released()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    In der Folge vom 3. März 2024 haben wir über alte Knoten gesprochen. => a German noun's capital, mid-sentence
                    Lena Ford wrote a book. Published on March 3, 2021, it became a classic. => a sentence about a book
                    We review The Quiet Sea. Director: Mara Quill. Release date: March 8, 2024. Our verdict: slow. => a film's own field
                    We talk about the harbour festival. Date: June 14, 2026 Venue: Old Pier, Kiel. => an event's date
                    Our previous episode, published on March 3, 2024, was about old knots. => another episode
                    Her new video, released on March 3, 2021, shows every knot. => someone else's video
                    Unser letztes Video erschien am 4. April 2019 und war lang. => another video
                    """)
    void leavesLabelledDatesOfOtherThings(String notes, String why) {
        Episode episode = only("Night Trains\n\nThe Last Sleeper\n\n" + notes + "\n");

        assertThat(episode.released()).as(why).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    We review The Quiet Sea. Runtime: 128 min Rated PG-13. Our verdict: slow. => a film's length
                    Die Wanderung war schön. Dauer: 3 Std. Schwierigkeit mittel. => a hike's length
                    Le concert était long. Durée : 2 h Placement libre. => a concert's length
                    """)
    void leavesLabelledLengthsOfOtherThings(String notes, String why) {
        Episode episode = only("Night Trains\n\nThe Last Sleeper\n\n" + notes + "\n");

        assertThat(episode.duration()).as(why).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Published: March 3, 2024 => 2024-03-03
                    • Veröffentlicht am 14. Juni 2023. => 2023-06-14
                    Sleeper cars. Cette émission a été publiée le 2 mai 2022 à midi. => 2022-05-02
                    Sleeper cars. Die Länge 0:31:02Diese Folge erschien am 5. Mai 2021 um 8:00 => 2021-05-05
                    """)
    void takesALabelThatOpensItsLineOrSpeaksOfThisEpisode(String notes, String date) {
        Episode episode =
                only("Night Trains\n\nThe Last Sleeper\n\nSleeper cars at night.\n" + notes + "\n");

        assertThat(episode.released()).contains(LocalDate.parse(date));
    }

    @Test
    void anUpdateStampWithASlashDatesNoCard() {
        Episode episode =
                only("Night Trains\n\nThe Last Sleeper\n\nLast Updated / 2024-05-05\n\nA ride.\n");

        assertThat(episode.released()).isEmpty();
    }

    @Test
    void keepsTheDateOfTheEpisodesOwnLine() {
        Episode episode =
                only(
                        "Night Trains\n\nThe Last Sleeper\n\nMarch 8, 2024\n\nA rerun. Published:"
                                + " January 2, 2023 first.\n");

        assertThat(episode.released()).contains(LocalDate.of(2024, 3, 8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    We ride the night train. Durée de la vidéo : 26 min environ, dit-on.
                    We ride the night train. Laufzeit: 1:32:10 Genre: Krimi
                    We ride the night train. Length of the episode 40 min or so.
                    """)
    void leavesALabelledLengthThatDoesNotEndItsField(String notes) {
        Episode episode = only("Night Trains\n\nThe Last Sleeper\n\n" + notes + "\n");

        assertThat(episode.duration()).isEmpty();
    }

    @Test
    void leavesALengthInProseWithoutItsLabel() {
        Episode episode =
                only("Night Trains\n\nThe Last Sleeper\n\nThe trip took 45 min and a bit more.\n");

        assertThat(episode.duration()).isEmpty();
    }

    @Test
    void datesEachCardByTheLineOfTheShowsNameAndItsDate() {
        Page page =
                EpisodePageParser.parse(
                        "Night Trains\n\nThe Last Sleeper\n\nListen\n\nNight Trains  /  "
                                + "21-02-2024\n\nA ride through the Alps by night.\n\n\n"
                                + "Dawn in Vienna\n\nListen\n\nNight Trains  /  14-02-2024\n\n"
                                + "Arriving as the city wakes up.\n");

        assertThat(page.episodes())
                .extracting(e -> e.released().orElse(null))
                .containsExactly(LocalDate.of(2024, 2, 21), LocalDate.of(2024, 2, 14));
    }
}
