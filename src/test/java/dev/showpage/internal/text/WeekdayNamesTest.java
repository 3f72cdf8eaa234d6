package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The day a weekday's name or abbreviation names ({@link DateWords#weekday}). */
class WeekdayNamesTest {

    @ParameterizedTest
    @CsvSource({
        "Sonntag, SUNDAY",
        "SONNTAG, SUNDAY",
        "dom., SUNDAY",
        "zaterdag, SATURDAY",
        "quarta-feira, WEDNESDAY",
        "mié, WEDNESDAY",
        "mercoledì, WEDNESDAY",
        "mercoledi, WEDNESDAY",
        "Thu, THURSDAY",
        "vendredi, FRIDAY",
        "lunes, MONDAY",
        "Dienstag, TUESDAY",
    })
    void namesTheDay(String word, DayOfWeek day) {
        assertThat(DateWords.weekday(word)).isEqualTo(day);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"March", "mars", "morning", "Sonn", "woens", "today", "weekend", "2024"})
    void namesNoDay(String word) {
        assertThat(DateWords.weekday(word)).isNull();
    }
}
