package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates, lengths and episode counts where sites print them beside other text, in the seven
 * languages read: after a label ({@code Fecha:}, {@code Date :}, {@code Datum:}), in a sentence
 * that only says which day it is ({@code È lunedì 12 giugno 2023.}), on a list item's line ({@code
 * • 23.12.2021}), after a player's buttons with the length after the date ({@code Play Episode
 * Listen Later Oct 30, 2024 51:07}), a bare clock time alone on a card's line after the date and a
 * file size, and a show's count as directories print it ({@code Episodes (63)}, {@code Folgen: 63},
 * a count glued to the field before it). And where none of these is: a year in prose, a version
 * number, a time of day, a chapter list. Every page here is made up.
 *
 * <p>The pages have a title on line 1, the line under test from line 2, then a line of notes.
 */
class LabelledAndInlineValuesTest {

    private static final EpisodePageParser DAY_FIRST =
            EpisodePageParser.builder().dateOrder(DateOrder.DAY_MONTH_YEAR).build();

    /** The one episode of a page whose line 1 is a title, then {@code lines}, then notes. */
    private static Episode episode(String lines) {
        Page page =
                DAY_FIRST.parsePage(
                        "Pruning Old Apple Trees\n"
                                + lines
                                + "\nWe talk about pruning old trees in the rain.\n");
        assertThat(page.episodes()).as("episodes of %s", lines).hasSize(1);
        return page.episodes().get(0);
    }

    private static Optional<LocalDate> released(String lines) {
        return episode(lines).released();
    }

    private static Optional<Duration> length(String lines) {
        return episode(lines).duration();
    }

    /** The lines of a test written with '/' for a line break. */
    private static String lines(String slashed) {
        return slashed.replace(" / ", "\n");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Fecha: 29 de octubre 2025                  => 2025-10-29
                    Fecha: 4 de noviembre del 2024             => 2024-11-04
                    Fecha de emisión: 2 de marzo de 2023       => 2023-03-02
                    Date : 3 mars 2024                         => 2024-03-03
                    Date de diffusion : 16 déc. 2025           => 2025-12-16
                    Diffusé le 7 juillet 2025                  => 2025-07-07
                    Date: June 3, 2024                         => 2024-06-03
                    Release date: Sept. 3, 2024                => 2024-09-03
                    Posted: Aug 29th, 2024                     => 2024-08-29
                    Datum: 23.12.2021                          => 2021-12-23
                    Erscheinungsdatum: 3. März 2024            => 2024-03-03
                    Data: 5 maggio 2022                        => 2022-05-05
                    Data di uscita: 21 settembre 2023          => 2023-09-21
                    Data: 15 de março de 2024                  => 2024-03-15
                    Data de lançamento: 2 de fev. de 2023      => 2023-02-02
                    Datum: 9 januari 2024                      => 2024-01-09
                    Uitgezonden op 5 mei 2022                  => 2022-05-05
                    """)
    void aLabelBeforeTheDateOfTheLineIsReadInEachLanguage(String line, String date) {
        // Line 2: the label and the date.
        assertThat(released(line)).hasValue(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    È lunedì 12 giugno 2023.                   => 2023-06-12
                    Oggi è martedì 5 marzo 2024.               => 2024-03-05
                    Today is Monday, June 12, 2023.            => 2023-06-12
                    It's Thursday, August 29th, 2024.          => 2024-08-29
                    Heute ist Montag, der 12. Juni 2023.       => 2023-06-12
                    Hoy es lunes 4 de noviembre de 2024.       => 2024-11-04
                    Nous sommes mardi 16 décembre 2025.        => 2025-12-16
                    Hoje é quarta-feira, 15 de maio de 2024.   => 2024-05-15
                    Het is dinsdag 9 januari 2024.             => 2024-01-09
                    """)
    void aSentenceThatOnlySaysWhichDayItIsDatesTheEpisode(String line, String date) {
        // Line 2: a sentence of a word or two, a weekday, the date and a full stop.
        assertThat(released(line)).hasValue(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    • 23.12.2021                               => 2021-12-23
                    * 3 mars 2024                              => 2024-03-03
                    - 12 de enero de 2024                      => 2024-01-12
                    ▪ 14. Okt. 2022                            => 2022-10-14
                    · Jun 3, 2024 · 45 min                     => 2024-06-03
                    • Donnerstag, 23.12.2021                   => 2021-12-23
                    """)
    void aDateOnAListItemsLineIsTheEpisodesDate(String line, String date) {
        // Line 2: a list sign, then the date that ends the line (or its field).
        assertThat(released(line)).hasValue(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Play Episode Listen Later Oct 30, 2024 51:07  => 2024-10-30 => 3067
                    Play Episode Listen Later Oct 24, 2024 92:10  => 2024-10-24 => 5530
                    Download Share Mar 3, 2024 1:02:03            => 2024-03-03 => 3723
                    Anhören Herunterladen 3. März 2024 45:10      => 2024-03-03 => 2710
                    Écouter plus tard 16 déc. 2025 38:20          => 2025-12-16 => 2300
                    Escuchar Descargar 12 de enero de 2024 44:01  => 2024-01-12 => 2641
                    Ascolta Scarica 5 marzo 2024 27:33            => 2024-03-05 => 1653
                    Ouvir Baixar 15 de março de 2024 33:00        => 2024-03-15 => 1980
                    Afspelen Downloaden 9 januari 2024 1:10:00    => 2024-01-09 => 4200
                    """)
    void buttonWordsBeforeADateAndItsLength(String line, String date, long seconds) {
        // Line 2: a player's buttons, the date, and the clock time that is the length.
        Episode episode = episode(line);
        assertThat(episode.released()).hasValue(LocalDate.parse(date));
        assertThat(episode.duration()).hasValue(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    • 23.12.2021 / 70 MB / 58:10                 => 3490
                    3 mars 2024 / 45 Mo / 1:02:03                => 3723
                    Jun 3, 2024 / 12:34                          => 754
                    12 de enero de 2024 / 12 MB / 1 GB / 44:01   => 2641
                    Oct 30, 2024 | 51:07                         => 3067
                    45:12 • 3 mars 2024                          => 2712
                    Dienstag, 3. März 2024 · 33:20               => 2000
                    """)
    void aClockTimeBesideADateOnACardsMetaLinesIsTheLength(String slashed, long seconds) {
        // Lines 2 on: the date, maybe file sizes, and the clock time, each on its own line or
        // beside the date with a separator.
        assertThat(length(lines(slashed))).hasValue(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // a time of day after a date is the date's
                "3 mars 2024 à 20:30",
                "Jun 3, 2024, 18:45",
                "Jun 3, 2024 | 12:30",
                "20:00 • 3 mars 2024",
                // a chapter list under the date line: its times are chapters
                "Jun 3, 2024 / 00:00 Intro / 05:10 Pruning",
                // a zero opens a chapter list, never a length
                "Jun 3, 2024 / 00:00 / Intro",
                // a clock alone on a line that no date line stands above
                "Notes on the trees. / 12:34",
                // the card's length is already given; a second clock is not it
                "Jun 3, 2024 • 45 min / 12:34"
            })
    void aClockTimeThatMayBeAnythingElseIsNoLength(String slashed) {
        // Lines 2 on: a clock time that is a time of day, a chapter, or unanchored.
        Page page =
                DAY_FIRST.parsePage(
                        "Pruning Old Apple Trees\n" + lines(slashed) + "\nMore notes here.\n");
        List<Duration> lengths =
                page.episodes().stream().flatMap(e -> e.duration().stream()).toList();
        if (slashed.contains("45 min")) {
            assertThat(lengths).containsExactly(Duration.ofMinutes(45));
        } else {
            assertThat(lengths).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Jun 3, 2024 / 00:00 Intro / 05:10 Pruning / 12:40 Rain / 20:05 Questions => 4
                    3 mars 2024 / 00:00 / Intro / 05:10 / Taille / 12:40 / Pluie            => 3
                    """)
    void aChapterListUnderADateLineKeepsItsChapters(String slashed, int chapters) {
        // Line 2: the date; then the chapters, each time before its title or on the line above.
        Episode episode = episode(lines(slashed));
        List<Chapter> read = episode.chapters();
        assertThat(read).hasSize(chapters);
        assertThat(read.get(0).start()).isEqualTo(Duration.ZERO);
        assertThat(episode.duration()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // a year in prose
                "It came out in 2021 and we loved it.",
                // a version number
                "We moved to version 2.1 of the app.",
                // a label's word used as prose, with no date after it
                "Date: we never agreed on one.",
                "Data: 42 samples from the orchard.",
                "Datum: noch offen",
                // a sentence that mentions a day among other words is prose
                "We met on Monday, June 12, 2023 at the studio.",
                // button words before no date
                "Play Episode Listen Later",
                // a list item that goes on after its date
                "• 3 mars 2024 we planted the first trees"
            })
    void aDateOrYearInsideProseDatesNoEpisode(String line) {
        // Line 2: a number, a label word or a date in a sentence, none of them a release line.
        Page page = DAY_FIRST.parsePage("Pruning Old Apple Trees\n" + line + "\nMore notes.\n");
        assertThat(page.episodes().stream().flatMap(e -> e.released().stream())).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Fecha: 29 de octubre                       => 2025-10-29
                    Datum: 3. März                             => 2025-03-03
                    Date : 16 déc.                             => 2025-12-16
                    """)
    void aLabelBeforeADayWithoutItsYearDatesItByTheDayOfFetching(String line, String date) {
        // Line 2: the label and a day without a year, the latest such day by the reference day.
        Page page =
                EpisodePageParser.builder()
                        .referenceDate(LocalDate.of(2025, 12, 20))
                        .build()
                        .parsePage("Pruning Old Apple Trees\n" + line + "\nNotes.\n");
        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).released()).hasValue(LocalDate.parse(date));
    }

    private static OptionalInt count(String countLine) {
        Page page =
                EpisodePageParser.parse(
                        "Quiet Orchard Podcast\n"
                                + countLine
                                + "\n\nPruning in the Rain\nMay 2, 2025\n"
                                + "Notes about pruning old trees.\n");
        return page.show().map(Show::episodeCount).orElseThrow();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Episodes (63)                              => 63
                    Alle Folgen (41)                           => 41
                    Tous les épisodes (12)                     => 12
                    Episodi [18]                               => 18
                    Folgen: 63                                 => 63
                    Épisodes : 87                              => 87
                    Afleveringen: 150                          => 150
                    63 épisodes                                => 63
                    63 puntate                                 => 63
                    1.234 Folgen                               => 1234
                    Hosted by Ann Lee and Bo Marsh63 Episodes  => 63
                    en-gbRuth Oakes12 episodios                => 12
                    Gardening · Episodes (7) · Weekly          => 7
                    """)
    void anEpisodeCountAsDirectoriesPrintIt(String line, int expected) {
        // Line 2 states the count; the show of line 1 carries it.
        assertThat(count(line)).hasValue(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Episodes (63) of gardening talk",
                "Episodes 63",
                "Folgen: 63 und mehr",
                "Watch all episodes (free)",
                "Episodes (6a)",
                "We have made 300 episodes"
            })
    void aCountThatIsNotAFieldOfItsOwnIsNotTheShows(String line) {
        // Line 2 names episodes and a number, but not as the show's count.
        assertThat(count(line)).isEmpty();
    }
}
