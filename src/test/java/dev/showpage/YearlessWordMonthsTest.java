package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Month abbreviations that are also English words ("set", "out"): a line that opens with one and a
 * day, without a year, is prose; with a year it is a date.
 */
class YearlessWordMonthsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Set 2", "Out 3", "Gen 4", "Mag 5", "set 12 of the workshop"})
    void withoutAYearTheLineIsTheNotes(String line) {
        // Line 1: the title; line 2: its date; line 4: the line under test.
        Page page = EpisodePageParser.parse("Night Trains\nMarch 3, 2024\nNotes.\n" + line + "\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).description())
                .hasValueSatisfying(d -> assertThat(d).contains(line));
    }

    @ParameterizedTest
    @CsvSource({"5 set 2024, 2024-09-05", "12 out. 2023, 2023-10-12", "3 gen 2025, 2025-01-03"})
    void withAYearItIsADate(String date, LocalDate expected) {
        Page page = EpisodePageParser.parse("Treni di notte\n" + date + "\nNote.\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).released()).contains(expected);
    }
}
