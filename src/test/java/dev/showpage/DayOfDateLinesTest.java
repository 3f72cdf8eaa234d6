package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A directory's line that dates an item with "of" or "from" a day ({@code vom 4.12.2018}, {@code du
 * 2 octobre 2021}, {@code from 2021-01-31T22:10:42.5}), alone on its line; and numeric dates
 * written with dots, which put the day first.
 */
class DayOfDateLinesTest {

    private static Episode first(String dateLine) {
        Page page =
                EpisodePageParser.builder()
                        .build()
                        .parsePage("Harbour Lights\n\n" + dateLine + "\n\nA talk about ferries.\n");
        return page.episodes().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    vom 7.11.2019                           => 2019-11-07
                    vom 23. April 2020                      => 2020-04-23
                    du 9 février 2022                       => 2022-02-09
                    du mardi 14 juin 2022 · 41 min          => 2022-06-14
                    del 3 marzo 2023                        => 2023-03-03
                    del 12 de agosto de 2021 | 52:10        => 2021-08-12
                    van 5 september 2020                    => 2020-09-05
                    from 2020-06-18T07:45:12.500001         => 2020-06-18
                    from 2020-06-18T07:45:12+02:00          => 2020-06-18
                    From Sep 4, 2019                        => 2019-09-04
                    """)
    void theDayAnItemIsOfDatesIt(String line, LocalDate date) {
        assertThat(first(line).released()).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // a span of days, no one day
                "du 3 au 5 mars 2024",
                "vom 3. bis 5. März 2024",
                "from 2020-06-18 to 2020-06-25",
                "van 3 maart 2024 tot 5 maart 2024",
                // a sentence that goes on after the date
                "from March 3, 2024 the ferry runs twice a day",
                "vom 7.11.2019 an gilt der neue Fahrplan",
                // a price, a score, a version: no date
                "from 12.50 euros",
                "du 3-2 final",
                "from version 2.11.2019"
            })
    void aSpanOrASentenceIsNoDateLine(String line) {
        assertThat(first(line).released()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Sendung vom 10.12.2018   => 2018-12-10
                    4.5.2021                 => 2021-05-04
                    Aflevering van 2.3.2020  => 2020-03-02
                    """)
    void dotsBetweenTheNumbersPutTheDayFirst(String line, LocalDate date) {
        assertThat(first(line).released()).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    10/12/2018   => 2018-10-12
                    4-5-2021     => 2021-04-05
                    """)
    void slashesAndDashesKeepTheConfiguredOrder(String line, LocalDate date) {
        assertThat(first(line).released()).contains(date);
    }
}
