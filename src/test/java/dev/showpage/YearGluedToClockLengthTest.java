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
 * A date's year that a scraper ran into the clock length printed after it ({@code 202200:53:43}): a
 * year has four digits and a clock's first part one or two, so the cut is certain; the clock is
 * read as the length only where it cannot be the time of day a feed prints after its dates.
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
                    Posted March 3, 201901:12:07                => 2019-03-03 => 4327
                    Aug 9, 202300:41:30                         => 2023-08-09 => 2490
                    Publié le 7 novembre 202100:38:02           => 2021-11-07 => 2282
                    Veröffentlicht am 21. Juni 202402:05:44     => 2024-06-21 => 7544
                    Publicado el 5 de mayo de 202047:19         => 2020-05-05 => 2839
                    Pubblicato il 18 settembre 20241:02:03      => 2024-09-18 => 3723
                    Publicado em 2 de abril de 202300:29:10     => 2023-04-02 => 1750
                    Gepubliceerd op 30 oktober 202238:45        => 2022-10-30 => 2325
                    """)
    void theYearEndsTheDateAndTheClockIsTheLength(String line, LocalDate date, long seconds) {
        Episode episode = first(line);
        assertThat(episode.released()).contains(date);
        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // two parts that can be an hour and its minutes: a length or the time of day
                "March 3, 201910:30",
                "7 novembre 202123:15",
                // the time of day a feed prints, marked by its zone or by am and pm
                "Aug 9, 202314:30:00 GMT",
                "Aug 9, 202309:15:00 +0200",
                "March 3, 201907:45:00 pm",
                // five digits before the clock: no year of four
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
                    Posted 14/03/1901:12:07      => 2019-03-14 => 4327
                    Publié le 17/11/2100:38:02   => 2021-11-17 => 2282
                    Gepubliceerd 30/10/2238:45   => 2022-10-30 => 2325
                    Posted 21/06/202402:05:44    => 2024-06-21 => 7544
                    """)
    void aTwoDigitYearRunIntoTheClockIsCutBeforeTheClocksHours(
            String line, LocalDate date, long seconds) {
        Episode episode = first(line);
        assertThat(episode.released()).contains(date);
        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // the lexer's year would be 2210, 2307 and 1914: neither date nor length is read
                "Posted 14/01/2210:30",
                "30/10/2307:45:00 pm",
                "03/14/1914:30:00 MEZ"
            })
    void aTwoDigitYearRunIntoATimeOfDayGivesNoDateAndNoLength(String line) {
        Episode episode = first(line);
        assertThat(episode.released()).isEmpty();
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
