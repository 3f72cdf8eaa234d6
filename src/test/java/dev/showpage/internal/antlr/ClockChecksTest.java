package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.text.Durations;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks of a clock that read its characters where they stand, against the clock's reader. */
class ClockChecksTest {

    @Test
    void aClockIsZeroExactlyWhereItsReaderReadsNoTime() {
        String signs = "0000123456789::..[]() h";
        Random random = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder clock = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int k = 0; k < length; k++) {
                clock.append(signs.charAt(random.nextInt(signs.length())));
            }
            String text = clock.toString();
            assertThat(LoneLengths.isZero(text))
                    .as(text)
                    .isEqualTo(Durations.timestampSeconds(text) == 0);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "00:00, true",
        "0:00:00, true",
        "00:00.500, true",
        "[00:00], false",
        "00:01, false",
        "10:00, false",
        "00:00:01, false"
    })
    void zeroClocks(String clock, boolean zero) {
        assertThat(LoneLengths.isZero(clock)).isEqualTo(zero);
    }

    @ParameterizedTest
    @CsvSource({
        "12:30, true",
        "9:05, true",
        "23:59, true",
        "24:00, false",
        "45:12, false",
        "1:02:03, false",
        "123:45, false",
        "00:12, true"
    })
    void timesOfDay(String clock, boolean timeOfDay) {
        assertThat(FieldShapes.isTimeOfDay(clock)).isEqualTo(timeOfDay);
    }
}
