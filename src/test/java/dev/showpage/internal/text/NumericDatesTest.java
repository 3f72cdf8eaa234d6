package dev.showpage.internal.text;

import static dev.showpage.DateOrder.YEAR_MONTH_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.DateOrder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates written in numbers, read in the page's order, and the order such a date proves. */
class NumericDatesTest {

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}")
    @CsvSource({
        "05/02/22, MONTH_DAY_YEAR, 2022-05-02",
        "05/02/22, DAY_MONTH_YEAR, 2022-02-05",
        "25/02/17, YEAR_MONTH_DAY, 2025-02-17",
        "02/17/25, MONTH_DAY_YEAR, 2025-02-17",
        "2/3/2025, MONTH_DAY_YEAR, 2025-02-03",
        "16/12/2025, DAY_MONTH_YEAR, 2025-12-16",
        "8/7/2009, DAY_MONTH_YEAR, 2009-07-08",
        "31-07-2022 20:00, DAY_MONTH_YEAR, 2022-07-31",
        "27.02.2016 17:30, DAY_MONTH_YEAR, 2016-02-27",
        "28/01/2014 21:00:00 +0100, DAY_MONTH_YEAR, 2014-01-28",
        "11/26/2014 11:30:00 AM PST, MONTH_DAY_YEAR, 2014-11-26",
        "2/2/2015 6:47:40 PM, MONTH_DAY_YEAR, 2015-02-02",
        "2025/03/12, MONTH_DAY_YEAR, 2025-03-12",
        "2025/03/12, DAY_MONTH_YEAR, 2025-03-12",
    })
    void numericDatesAreReadInTheGivenOrder(String text, DateOrder order, LocalDate expected) {
        assertThat(Dates.parse(text, order)).contains(expected);
        if (text.indexOf(' ') < 0 && text.indexOf('/') > 0 && text.indexOf('/') <= 2) {
            assertThat(Dates.numeric(text, order)).contains(expected);
        }
    }

    @ParameterizedTest(name = "\"{0}\" in {1}")
    @CsvSource({
        "16/12/2025, MONTH_DAY_YEAR",
        "02/17/25, DAY_MONTH_YEAR",
        "02/17/25, YEAR_MONTH_DAY",
        "12/03/2025, YEAR_MONTH_DAY",
        "2/3/25, YEAR_MONTH_DAY",
        "02/30/25, MONTH_DAY_YEAR",
        "29/02/2025, DAY_MONTH_YEAR",
        "05/02/2, MONTH_DAY_YEAR",
        "05/02/2, DAY_MONTH_YEAR",
    })
    void aNumericDateThatIsNoDayInTheGivenOrderIsEmpty(String text, DateOrder order) {
        assertThat(Dates.parse(text, order)).isEmpty();
    }

    // ------------------------------------------------------------------- orderOf

    @ParameterizedTest(name = "\"{0}\" proves {1}")
    @CsvSource({
        "16/12/2025, DAY_MONTH_YEAR",
        "31/07/22, DAY_MONTH_YEAR",
        "13.05.2025, DAY_MONTH_YEAR",
        "05/13/2025, MONTH_DAY_YEAR",
        "12/31/69, MONTH_DAY_YEAR",
        "02/17/25, MONTH_DAY_YEAR",
        "2025/03/12, YEAR_MONTH_DAY",
        "2025-03-12, YEAR_MONTH_DAY",
        "1968 12 10, YEAR_MONTH_DAY",
        "28/01/2014 21:00:00 +0100, DAY_MONTH_YEAR",
    })
    void aNumericDateProvesItsOrder(String text, DateOrder order) {
        assertThat(Dates.orderOf(text)).contains(order);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "05/02/22",
                "04/01/22",
                "1/1/2025",
                "05/05/22",
                "30/02/2025",
                "13/13/2025",
                "45/02/17",
                "2025/02/30",
                "Mar 12, 2025",
                "",
                "05/02",
            })
    void aNumericDateThatProvesNoOrderGivesNone(String text) {
        assertThat(Dates.orderOf(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DateOrder.class)
    void numericDatesReadBackInTheirOrder(DateOrder order) {
        String pattern =
                switch (order) {
                    case MONTH_DAY_YEAR -> "M/d/";
                    case DAY_MONTH_YEAR -> "dd.MM.";
                    case YEAR_MONTH_DAY -> "uu/MM/dd";
                };
        DatesTest.days()
                .forEach(
                        day -> {
                            String text =
                                    order == YEAR_MONTH_DAY
                                            ? day.format(DateTimeFormatter.ofPattern(pattern))
                                            : day.format(
                                                    DateTimeFormatter.ofPattern(pattern + "uu"));
                            assertThat(Dates.parse(text, order)).as(text).contains(day);
                            if (order != YEAR_MONTH_DAY) {
                                String full =
                                        day.format(DateTimeFormatter.ofPattern(pattern + "uuuu"));
                                assertThat(Dates.parse(full, order)).as(full).contains(day);
                            }
                        });
    }
}
