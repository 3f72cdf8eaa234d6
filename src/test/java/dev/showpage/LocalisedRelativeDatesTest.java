package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates given relative to the day the page was fetched, in the seven languages read, through the
 * public parser with a reference date: an amount of time ago anywhere it opens a line, and "today",
 * "yesterday" and days without a year only where a line gives nothing else.
 */
class LocalisedRelativeDatesTest {

    private static final LocalDate FETCHED = LocalDate.of(2025, 3, 20);

    private static Optional<LocalDate> released(String line) {
        Page page =
                EpisodePageParser.builder()
                        .referenceDate(FETCHED)
                        .build()
                        .parsePage("Lighthouses\n" + line + "\nThe keeper's log.\n");
        return page.episodes().stream().findFirst().flatMap(Episode::released);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    3 days ago                 => 2025-03-17
                    an hour ago                => 2025-03-20
                    2 wks ago                  => 2025-03-06
                    il y a 2 semaines          => 2025-03-06
                    il y a un an               => 2024-03-20
                    vor 3 Tagen                => 2025-03-17
                    vor einem Monat            => 2025-02-20
                    hace 2 semanas             => 2025-03-06
                    hace un año                => 2024-03-20
                    2 settimane fa             => 2025-03-06
                    un mese fa                 => 2025-02-20
                    há 3 dias                  => 2025-03-17
                    há 1 mês                   => 2025-02-20
                    2 weken geleden            => 2025-03-06
                    5 uur geleden              => 2025-03-20
                    today                      => 2025-03-20
                    Gestern                    => 2025-03-19
                    ayer                       => 2025-03-19
                    aujourd'hui                => 2025-03-20
                    Mar 12                     => 2025-03-12
                    12 mars                    => 2025-03-12
                    Di., 3. Dez.               => 2024-12-03
                    Published: yesterday       => 2025-03-19
                    vor 3 Tagen · 45 Min.      => 2025-03-17
                    """)
    void aRelativeDateOpeningALineDatesTheEpisode(String line, LocalDate expected) {
        assertThat(released(line)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Today we talk about lighthouses",
                "Yesterday's storm",
                "Mar 12 keepers came",
                "We met hier and there",
                "3 days of fog",
            })
    void wordsOfASentenceAreNoDate(String line) {
        assertThat(released(line)).isEmpty();
    }
}
