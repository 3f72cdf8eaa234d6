package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates and lengths as sites print them in English, French, German, Spanish, Italian, Portuguese
 * and Dutch, read from a page through the public parser: month names and their abbreviations,
 * weekdays before a date, ordinal days, the words that join a date's parts, unit words, and the
 * labels before a length or a date. The forms are made up for these tests, in each language's usual
 * order.
 */
class LocalisedValuesTest {

    private static final EpisodePageParser DAY_FIRST =
            EpisodePageParser.builder().dateOrder(DateOrder.DAY_MONTH_YEAR).build();

    private static Optional<Episode> onlyEpisode(String text) {
        Page page = DAY_FIRST.parsePage(text);
        assertThat(page.episodes()).as("episodes of %s", text).hasSizeLessThanOrEqualTo(1);
        return page.episodes().stream().findFirst();
    }

    private static Optional<LocalDate> released(String text) {
        return onlyEpisode(text).flatMap(Episode::released);
    }

    private static Optional<Duration> length(String text) {
        return onlyEpisode(text).flatMap(Episode::duration);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    June 3, 2024                          => 2024-06-03
                    Tuesday, 3 September 2024             => 2024-09-03
                    Sept. 3, 2024                         => 2024-09-03
                    3rd Sep 2024                          => 2024-09-03
                    Thurs Aug 29th, 2024                  => 2024-08-29
                    16 décembre 2025                      => 2025-12-16
                    1er mars 2024                         => 2024-03-01
                    mardi 16 déc. 2025                    => 2025-12-16
                    lundi 7 juillet 2025                  => 2025-07-07
                    7 juil. 2025                          => 2025-07-07
                    3 fevrier 2023                        => 2023-02-03
                    Mercredi 30 Avril 2025                => 2025-04-30
                    3. März 2024                          => 2024-03-03
                    Dienstag, 3. März 2024                => 2024-03-03
                    14. Okt. 2022                         => 2022-10-14
                    Sa, 28. Dez. 2019                     => 2019-12-28
                    1. Maerz 2021                         => 2021-03-01
                    Mi. 9. Juli 2025                      => 2025-07-09
                    12 de enero de 2024                   => 2024-01-12
                    lunes, 4 de noviembre de 2024         => 2024-11-04
                    3 sept 2024                           => 2024-09-03
                    1º de mayo de 2023                    => 2023-05-01
                    12 de enero del 2024                  => 2024-01-12
                    mié, 6 de ago. de 2025                => 2025-08-06
                    1 gen 2024                            => 2024-01-01
                    21 settembre 2023                     => 2023-09-21
                    martedì 5 marzo 2024                  => 2024-03-05
                    1° maggio 2022                        => 2022-05-01
                    13 ott 2021                           => 2021-10-13
                    2 de fev. de 2023                     => 2023-02-02
                    quarta-feira, 15 de maio de 2024      => 2024-05-15
                    1º de out. de 2020                    => 2020-10-01
                    15 de março de 2024                   => 2024-03-15
                    5 mei 2022                            => 2022-05-05
                    3 mrt. 2024                           => 2024-03-03
                    dinsdag 9 januari 2024                => 2024-01-09
                    zo 12 okt 2025                        => 2025-10-12
                    """)
    void aDateLineInAnyLanguageDatesTheEpisode(String date, LocalDate expected) {
        assertThat(released("The harbour at dusk\n" + date + "\nWe talk about tides.\n"))
                .contains(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Published:              => March 12, 2025
                    Published on            => March 12, 2025
                    Released                => 12 Mar 2025
                    Publié le               => 12 mars 2025
                    Date de publication :   => 12/03/2025
                    Veröffentlicht am       => 12. März 2025
                    Veröffentlicht:         => 12.03.2025
                    Erschienen am           => Mittwoch, 12. März 2025
                    Publicado el            => 12 de marzo de 2025
                    Fecha de publicación:   => 12 de marzo de 2025
                    Pubblicato il           => 12 marzo 2025
                    Data di pubblicazione:  => 12 mar 2025
                    Publicado em            => 12 de mar. de 2025
                    Gepubliceerd op         => 12 maart 2025
                    Uitgebracht:            => 2025-03-12
                    """)
    void aPublishedLabelInAnyLanguageOpensTheDateLine(String label, String date) {
        assertThat(released("Ropes and knots\n" + label + " " + date + "\n"))
                .contains(LocalDate.of(2025, 3, 12));
    }

    @ParameterizedTest(name = "{0} is {1} s")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Duration: 45 min                     => 2700
                    Length: 1 hr 5 min                   => 3900
                    Dauer: 45 Min.                       => 2700
                    Dauer: 1 Std. 20 Min.                => 4800
                    Laufzeit: 90 Sekunden                => 90
                    Durée : 1 h 6 min                    => 3960
                    Durée : 1 heure 5 minutes            => 3900
                    Duración: 50 minutos                 => 3000
                    Duración: 1 hora y 20 minutos        => 4800
                    Durata: 35 minuti                    => 2100
                    Durata: 2 ore e 5 minuti             => 7500
                    Duração: 1 h 6 min                   => 3960
                    Duração: 42 minutos e 10 segundos    => 2530
                    Duur: 2 uur                          => 7200
                    Duur: 1 uur en 20 minuten            => 4800
                    Speelduur: 1u                        => -1
                    Runtime: 3h11m53s                    => 11513
                    Duration: 1HR 3MIN                   => 3780
                    Duration: 2.5 hours                  => 9000
                    Duration: PT1H24M                    => 5040
                    Duration: 01:02:03                   => 3723
                    """)
    void aLengthLineInAnyLanguageGivesTheLength(String line, long seconds) {
        Optional<Duration> length = length("Sails\nPublished: 2 May 2024\n" + line + "\n");
        if (seconds < 0) {
            assertThat(length).isEmpty();
        } else {
            assertThat(length).contains(Duration.ofSeconds(seconds));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    16 décembre 2025 · 1 h 6 min         => 2025-12-16 => 3960
                    Dienstag, 3. März 2025 | 45 Min.     => 2025-03-03 => 2700
                    12 de enero de 2024 - 45 minutos     => 2024-01-12 => 2700
                    5 mei 2022 • 2 uur                   => 2022-05-05 => 7200
                    March 21st, 2023  |  41 mins 3 secs  => 2023-03-21 => 2463
                    1 h 6 min | 16/12/2025               => 2025-12-16 => 3960
                    """)
    void aDateAndALengthOnOneLineAcrossASeparator(String line, LocalDate date, long seconds) {
        Optional<Episode> episode = onlyEpisode("Tide tables\n" + line + "\nNotes.\n");
        assertThat(episode.flatMap(Episode::released)).contains(date);
        assertThat(episode.flatMap(Episode::duration)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Published: Feb 14th 2016 5:45PM          => 2016-02-14
                    Published: 31-07-2022 20:00              => 2022-07-31
                    Published: 28/01/2014 21:00:00 +0100     => 2014-01-28
                    Publié le 16 décembre 2025 à 20h30       => 2025-12-16
                    Veröffentlicht am 3. März 2024 um 18:00 Uhr => 2024-03-03
                    Published: 2025-03-12T10:00:00Z          => 2025-03-12
                    Published: Sep 11, 2013 | 5:49 AM        => 2013-09-11
                    Published: 1968 12 10                    => 1968-12-10
                    """)
    void aTimeOfDayAfterTheDateIsPartOfIt(String line, LocalDate date) {
        assertThat(released("Knots\n" + line + "\n")).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    déc. 2025
                    12 mars
                    le 3 mars nous avons parlé de 2024
                    Mar 12 items in 2024
                    """)
    void textThatNamesNoDayIsNoReleaseDate(String line) {
        assertThat(released("Currents\n" + line + "\n")).isEmpty();
    }
}
