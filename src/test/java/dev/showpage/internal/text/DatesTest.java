package dev.showpage.internal.text;

import static dev.showpage.DateOrder.DAY_MONTH_YEAR;
import static dev.showpage.DateOrder.MONTH_DAY_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.DateOrder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates in every shape whose order does not matter, what is no date, and written dates read back.
 * Numeric dates and their order are {@link NumericDatesTest}'s, relative dates {@link
 * RelativeDatesTest}'s.
 */
class DatesTest {

    private static final long SEED = 20_250_312L;

    /** Texts whose order does not matter: month names, ISO, RFC-822, four-digit years first. */
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    March 12, 2025                       => 2025-03-12
                    Mar 12, 2025                         => 2025-03-12
                    Mar. 12, 2025                        => 2025-03-12
                    Oct. 1, 2023                         => 2023-10-01
                    Sept 3, 2024                         => 2024-09-03
                    Sept. 3, 2024                        => 2024-09-03
                    June 09, 2023                        => 2023-06-09
                    August 6th, 2018                     => 2018-08-06
                    September 1st, 2013                  => 2013-09-01
                    Sep 2nd, 2013                        => 2013-09-02
                    November 3rd, 2019                   => 2019-11-03
                    Feb 14th 2016                        => 2016-02-14
                    december 31 1969                     => 1969-12-31
                    MAR 12,2025                          => 2025-03-12
                    12 March 2025                        => 2025-03-12
                    12 Mar 2025                          => 2025-03-12
                    12 Mar. 2025                         => 2025-03-12
                    Tuesday Aug 27, 2024                 => 2024-08-27
                    Tue, 27 Aug 2024                     => 2024-08-27
                    Tue. 27 Aug 2024                     => 2024-08-27
                    Wednesday 31 December 1969 18:01:26 MDT => 1969-12-31
                    Sunday, 26 Nov 2006, 19:00           => 2006-11-26
                    wed, aug 16, 2008, 12:00pm           => 2008-08-16
                    Tue, 02 Mar 2010 12:00:00 +0000      => 2010-03-02
                    Fri, 21 Nov 1997 09:55:06 -0600      => 1997-11-21
                    Tue, 19 Jul 2005 17:00:42 GMT        => 2005-07-19
                    Tue, 19 Jul 05 17:00:42 UT           => 2005-07-19
                    Thu, 29 Nov 2018 10:30:00 Z          => 2018-11-29
                    May 16, 2016 11:15 PM                => 2016-05-16
                    Feb 7, 2016 at 6:35 pm               => 2016-02-07
                    December 15, 2017 at 7:49 a.m.       => 2017-12-15
                    Sep 11, 2013 | 5:49 AM               => 2013-09-11
                    Feb 14th 2016 5:45PM                 => 2016-02-14
                    December 31 1969 20:00:01 EDT        => 1969-12-31
                    2025-03-12                           => 2025-03-12
                    1968-12-10                           => 1968-12-10
                    2012-10-11T01:56:38+00:00            => 2012-10-11
                    2003-12-13T00:00:00+02:00            => 2003-12-13
                    2025-03-12T23:30:00-08:00            => 2025-03-12
                    2005-07-19T17:00Z                    => 2005-07-19
                    2017-03-30T17:52:41Q                 => 2017-03-30
                    2018-03-14T08:32:43.1493874+00:00    => 2018-03-14
                    2026-01-01 00:00:00 +0800            => 2026-01-01
                    1970-01-01T00:00:01+00:00            => 1970-01-01
                    2025/03/12                           => 2025-03-12
                    2012/10/11 01:56:38 +0000            => 2012-10-11
                    1968 12 10                           => 1968-12-10
                    16 décembre 2025                     => 2025-12-16
                    1er janvier 2025                     => 2025-01-01
                    3 févr. 2024                         => 2024-02-03
                    mardi 3 juin 2025                    => 2025-06-03
                    14 juil. 2024 à 20h30                => 2024-07-14
                    6. März 2025                         => 2025-03-06
                    Sa, 28 Mär 20 09:12:38 MEZ           => 2020-03-28
                    Di, 3. Dez. 2024                     => 2024-12-03
                    """)
    void readsEveryShapeInEveryOrder(String text, LocalDate expected) {
        for (DateOrder order : DateOrder.values()) {
            assertThat(Dates.parse(text, order)).as("%s", order).contains(expected);
        }
    }

    /** The calendar date as written: an offset never moves it to another day. */
    @Test
    void aDateTimeKeepsTheDateItWasWrittenWith() {
        assertThat(Dates.parse("2012-10-11T23:56:38-05:00", MONTH_DAY_YEAR))
                .contains(LocalDate.of(2012, 10, 11));
        assertThat(Dates.parse("Mon, 02 May 1960 00:05:01 +0100", MONTH_DAY_YEAR))
                .contains(LocalDate.of(1960, 5, 2));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                " ",
                "UNKNOWN DATE FORMAT",
                "unknown",
                "Feb 30, 2025",
                "February 29, 2025",
                "31 April 2025",
                "2025-02-30",
                "2025-13-01",
                "30/02/2025",
                "00/12/2025",
                "Mar 0, 2025",
                "Jan 28, 20251",
                "Jan 28, 20251 hr 18 min",
                "Jan 28, 202",
                "Mar 12",
                "12 Mar",
                "March 2025",
                "2005-07",
                "2005",
                "12:00",
                "17:00 2005/07/19",
                "X00:00 2005-07-19",
                "March 12, 2025 and more",
                "March 12, 2025 25:00",
                "March 12, 2025 10:60",
                "March 12, 2025 13:00 pm",
                "March 12, 2025 10",
                "Mar 12th, 2025x",
                "Mar 12xy, 2025",
                "Marchy 12, 2025",
                "jui 12 2025",
                "Ma 12 2025",
                "2025-03-12 Z",
                "2025-03/12",
                "05/02-22",
                "05/02/222",
                "12 10 2025",
                "1234567890/1/1",
                "Tuesday",
                "Tuesday, ",
            })
    void refusesWhatIsNoDate(String text) {
        for (DateOrder order : DateOrder.values()) {
            assertThat(Dates.parse(text, order)).as("%s", order).isEmpty();
        }
    }

    @Test
    void nullTextIsNoDate() {
        assertThat(Dates.parse(null, MONTH_DAY_YEAR)).isEmpty();
        assertThat(Dates.relative(null, LocalDate.of(2025, 3, 20))).isEmpty();
    }

    @Test
    void theLexersShapesStillReadThroughTheOldEntryPoints() {
        assertThat(Dates.monthName("Jun 13, 2024")).contains(LocalDate.of(2024, 6, 13));
        assertThat(Dates.monthName("Sept. 3, 2024")).contains(LocalDate.of(2024, 9, 3));
        assertThat(Dates.numeric("02/17/25", MONTH_DAY_YEAR)).contains(LocalDate.of(2025, 2, 17));
        assertThat(Dates.numeric("02/17/25", DAY_MONTH_YEAR)).isEmpty();
    }

    // ------------------------------------------------------------------- round trips

    /** Random days from 2000 to 2099 (two-digit years must round trip too). */
    static Stream<LocalDate> days() {
        Random random = new Random(SEED);
        long first = LocalDate.of(2000, 1, 1).toEpochDay();
        long last = LocalDate.of(2099, 12, 31).toEpochDay();
        return IntStream.range(0, 300)
                .mapToObj(
                        i ->
                                LocalDate.ofEpochDay(
                                        first + (long) (random.nextDouble() * (last - first))));
    }

    private static final List<DateTimeFormatter> ANY_ORDER =
            List.of(
                    DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US),
                    DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US),
                    DateTimeFormatter.ofPattern("EEEE MMM dd, uuuu", Locale.US),
                    DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US),
                    DateTimeFormatter.ofPattern("EEE, dd MMM uu HH:mm:ss 'GMT'", Locale.US),
                    DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH),
                    DateTimeFormatter.ofPattern("EEEE d MMM uuuu", Locale.FRENCH),
                    DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.GERMAN),
                    DateTimeFormatter.ofPattern("EEE, d. MMM uuuu", Locale.GERMAN),
                    DateTimeFormatter.ISO_LOCAL_DATE,
                    DateTimeFormatter.ofPattern("uuuu/MM/dd"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void everyWrittenFormReadsBack(LocalDate day) {
        for (DateTimeFormatter format : ANY_ORDER) {
            String text = day.atTime(17, 0, 42).format(format);
            assertThat(Dates.parse(text, MONTH_DAY_YEAR)).as(text).contains(day);
        }
        String rfc =
                day.atTime(23, 59, 59)
                        .atOffset(ZoneOffset.ofHours(-11))
                        .format(DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(Dates.parse(rfc, DAY_MONTH_YEAR)).as(rfc).contains(day);
    }
}
