package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A date's year that a scraper ran into the clock printed after it ({@code 202200:53:43}): a year
 * has four digits and a clock's first part one or two, so the cut is certain and the date is read;
 * the clock is read as the length only where it cannot be the time of day a feed prints after its
 * dates.
 */
class YearGluedToClockLengthTest {

    private static Episode first(String dateLine) {
        Page page =
                EpisodePageParser.builder()
                        .build()
                        .parsePage("Tides and Moons\n" + dateLine + "\nA teaser on the tides...\n");
        return page.episodes().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Posted March 3, 201900:12:07                => 2019-03-03 => 727
                    Aug 9, 202300:41:30                         => 2023-08-09 => 2490
                    Publié le 7 novembre 202100:38:02           => 2021-11-07 => 2282
                    Veröffentlicht am 21. Juni 202400:05:44     => 2024-06-21 => 344
                    Publicado el 5 de mayo de 202047:19         => 2020-05-05 => 2839
                    Pubblicato il 18 settembre 20241:02:03      => 2024-09-18 => 3723
                    Publicado em 2 de abril de 202300:29:10     => 2023-04-02 => 1750
                    Gepubliceerd op 30 oktober 202238:45        => 2022-10-30 => 2325
                    Gepubliceerd op 30 oktober 202224:10        => 2022-10-30 => 1450
                    Pubblicato il 18 settembre 20242:00:00      => 2024-09-18 => 7200
                    Published June 3, 19991:00:00               => 1999-06-03 => 3600
                    """)
    void theYearEndsTheDateAndTheClockIsTheLength(String line, LocalDate date, long seconds) {
        Episode episode = first(line);
        assertThat(episode.released()).contains(date);
        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Posted January 14, 202220:15:00             => 2022-01-14
                    Jan 2, 202423:59:59                         => 2024-01-02
                    2 janvier 202418:30:00                      => 2024-01-02
                    January 14, 202210:30:00h                   => 2022-01-14
                    Posted March 3, 201901:12:07                => 2019-03-03
                    Veröffentlicht am 21. Juni 202402:05:44     => 2024-06-21
                    March 3, 201910:30                          => 2019-03-03
                    7 novembre 202123:15                        => 2021-11-07
                    January 14, 202224:00                       => 2022-01-14
                    Aug 9, 202300:00:00                         => 2023-08-09
                    Aug 9, 20230:00:00                          => 2023-08-09
                    Aug 9, 202309:00:00                         => 2023-08-09
                    Posted January 14, 202200:53:43+01:00       => 2022-01-14
                    Publié le 2 mars 202100:12:07-05:00         => 2021-03-02
                    Veröffentlicht am 4. Mai 202300:15:00+05:30 => 2023-05-04
                    Aug 9, 202314:30:00 GMT                     => 2023-08-09
                    Aug 9, 202309:15:00 +0200                   => 2023-08-09
                    March 3, 201907:45:00 pm                    => 2019-03-03
                    Publicado el 5 de mayo de 202000:41:30 CET  => 2020-05-05
                    """)
    void aClockThatMayBeTheTimeOfDayIsNoLengthAndTheDateStays(String line, LocalDate date) {
        Episode episode = first(line);
        assertThat(episode.released()).contains(date);
        assertThat(episode.duration()).isEmpty();
        assertThat(episode.title()).contains("Tides and Moons");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // seven digits before the clock's colon: no year of four and a clock's hours
                "March 3, 2019100:12:07",
                // a time with a blank after the year stays the date's time of day
                "March 3, 2019 00:12:07"
            })
    void aClockThatMayBeTheTimeOfDayIsNoLength(String line) {
        assertThat(first(line).duration()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    January 14, 202200:53:43 - 01:47:10          => 2022-01-14
                    Posted 14/01/2200:53:43 - 01:47:10           => 2022-01-14
                    Publié le 13/02/2100:10:00 - 00:55:30        => 2021-02-13
                    Gepubliceerd 9 mei 202300:20:00 - 00:40:00   => 2023-05-09
                    """)
    void aSpanOfTimesAfterTheDateIsNoLengthAndTheDateStays(String line, LocalDate date) {
        Episode episode = first(line);
        assertThat(episode.released()).contains(date);
        assertThat(episode.duration()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // four digits that are no year a page dates by: the cut is not made
                "Posted May 12, 12345:30:00",
                "Publié le 3 juin 180000:41:30",
                "Veröffentlicht am 5. Juli 310000:12:07",
                "Publicado el 8 de abril de 000152:25"
            })
    void digitsBeforeAClockThatAreNoPlausibleYearGiveNeitherDateNorLength(String line) {
        Episode episode = first(line);
        assertThat(episode.released()).isEmpty();
        assertThat(episode.duration()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Posted 14/03/1900:12:07            => 2019-03-14 => 727
                    Publié le 17/11/2100:38:02         => 2021-11-17 => 2282
                    Gepubliceerd 30/10/2238:45         => 2022-10-30 => 2325
                    Veröffentlicht 14.01.2200:53:43    => 2022-01-14 => 3223
                    Publicado 14-01-2200:53:43         => 2022-01-14 => 3223
                    Pubblicato 23.9.2547:10            => 2025-09-23 => 2830
                    """)
    void aTwoDigitYearRunIntoTheClockIsCutBeforeTheClocksHours(
            String line, LocalDate date, long seconds) {
        Episode episode = first(line);
        assertThat(episode.released()).contains(date);
        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Posted 14/01/2210:30               => 2022-01-14
                    30/10/2307:45:00 pm                => 2023-10-30
                    03/14/1914:30:00 MEZ               => 2019-03-14
                    Posted 14/03/1901:12:07            => 2019-03-14
                    Posted 22/01/2418:30:00            => 2024-01-22
                    Gepubliceerd 28.02.2423:59:59      => 2024-02-28
                    Publicado 15-06-2300:00:00         => 2023-06-15
                    Veröffentlicht 14.01.2220:15       => 2022-01-14
                    Posted 14/01/2200:53:43+01:00      => 2022-01-14
                    Publié 23/03/2100:12:07-05:00      => 2021-03-23
                    Gepubliceerd 24.05.2300:15:00+05:30 => 2023-05-24
                    """)
    void aTwoDigitYearRunIntoATimeOfDayGivesTheDateAndNoLength(String line, LocalDate date) {
        Episode episode = first(line);
        assertThat(episode.released()).contains(date);
        assertThat(episode.duration()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Call 202200:53:43 for tickets",
                "Season 2021-202200:53:43",
                "Version 4.202200:53:43",
                "Final score 202252:25"
            })
    void withoutAMonthsNameNothingIsADate(String line) {
        Episode episode = first(line);
        assertThat(episode.released()).isEmpty();
    }
}
