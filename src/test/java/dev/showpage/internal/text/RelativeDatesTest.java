package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates given relative to the day the page was fetched, and days written without a year. */
class RelativeDatesTest {

    private static final LocalDate FETCHED = LocalDate.of(2025, 3, 20);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    today              | 2025-03-20
                    Today              | 2025-03-20
                    yesterday          | 2025-03-19
                    3 days ago         | 2025-03-17
                    1 day ago          | 2025-03-19
                    a day ago          | 2025-03-19
                    2 weeks ago        | 2025-03-06
                    1 week ago         | 2025-03-13
                    1 month ago        | 2025-02-20
                    13 months ago      | 2024-02-20
                    a year ago         | 2024-03-20
                    2 years ago        | 2023-03-20
                    5 hours ago        | 2025-03-20
                    30 hours ago       | 2025-03-19
                    an hour ago        | 2025-03-20
                    10 minutes ago     | 2025-03-20
                    3d ago             | 2025-03-17
                    2w ago             | 2025-03-06
                    2\u00A0weeks\u00A0ago | 2025-03-06
                    hier               | 2025-03-19
                    aujourd'hui        | 2025-03-20
                    aujourd\u2019hui   | 2025-03-20
                    il y a 3 jours     | 2025-03-17
                    il y a une semaine | 2025-03-13
                    il y a 2 mois      | 2025-01-20
                    Mar 12             | 2025-03-12
                    March 20           | 2025-03-20
                    Mar 21             | 2024-03-21
                    12 Mar             | 2025-03-12
                    Dec 25             | 2024-12-25
                    Tue, Dec 24th      | 2024-12-24
                    Feb 29             | 2024-02-29
                    """)
    void relativeDatesCountBackFromTheDayThePageWasFetched(String text, LocalDate expected) {
        assertThat(Dates.relative(text, FETCHED)).contains(expected);
    }

    @Test
    void monthsAgoKeepTheDayWhereTheMonthHasIt() {
        assertThat(Dates.relative("1 month ago", LocalDate.of(2025, 3, 31)))
                .contains(LocalDate.of(2025, 2, 28));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                "tomorrow",
                "3 days",
                "days ago",
                "3 fortnights ago",
                "3 days ago!",
                "aujourd",
                "aujourd'hier",
                "il y a",
                "il y a trois jours",
                "Mar 12, 2025",
                "Mar 32",
                "Feb 30",
                "yesterday evening",
                "2 weeks from now",
            })
    void relativeRefusesWhatIsNoRelativeDate(String text) {
        assertThat(Dates.relative(text, FETCHED)).isEmpty();
    }

    /** A year-less day is never after the reference and never a year or more before it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.showpage.internal.text.DatesTest#days")
    void aYearlessDayIsTheLatestNotAfterTheReference(LocalDate reference) {
        Random random = new Random(reference.toEpochDay());
        LocalDate day = reference.minusDays(random.nextInt(366));
        if (day.getMonthValue() == 2 && day.getDayOfMonth() == 29) {
            return; // the last 29 February may be years back: covered by the table above
        }
        String text = day.format(DateTimeFormatter.ofPattern("MMM d", Locale.US));
        // 365 days back may be the same day of the year as the reference, which is later.
        LocalDate expected = day.isAfter(reference.minusYears(1)) ? day : day.plusYears(1);
        assertThat(Dates.relative(text, reference)).as(text).contains(expected);
    }
}
