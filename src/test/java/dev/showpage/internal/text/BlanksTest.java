package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.DateOrder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which characters are blank, and that the value readers all take the same ones. */
class BlanksTest {

    /** Every blank, as the lexer's {@code WS} and its line breaks list them. */
    private static final int[] BLANKS = {
        '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u001D', '\u001E', '\u001F', ' ', '\u00A0',
        '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
        '\u2008', '\u2009', '\u200A', '\u200B', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000',
        '\uFEFF',
    };

    static IntStream blanks() {
        return IntStream.of(BLANKS);
    }

    @ParameterizedTest(name = "code point {0}")
    @MethodSource("blanks")
    void spacesLineBreaksTheZeroWidthSpaceAndTheByteOrderMarkAreBlank(int c) {
        assertThat(Blanks.isBlank(c)).isTrue();
        assertThat(Blanks.isBlank((char) c)).isTrue();
    }

    @ParameterizedTest(name = "code point {0}")
    @ValueSource(
            ints = {
                'a', 'Z', '0', '.', '-', '_', '\u0000', '\u0007', '\u007F', '\u0085', '\u00AD',
                '\u180E', '\u200C', '\u200D', '\u200E', '\u2060', '\u3001', 0x1F30A
            })
    void lettersPunctuationControlsJoinersAndDirectionMarksAreNot(int c) {
        assertThat(Blanks.isBlank(c)).isFalse();
    }

    @Test
    void noOtherCodePointIsBlank() {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Blanks.isBlank(c)) {
                found.add(c);
            }
        }
        assertThat(found).containsExactlyElementsOf(blanks().boxed().toList());
    }

    @ParameterizedTest(name = "code point {0}")
    @MethodSource("blanks")
    void everyBlankEndsAUrl(int c) {
        assertThat(Urls.trim("https://harbour.fm/ep" + (char) c + "more"))
                .isEqualTo("https://harbour.fm/ep");
    }

    @ParameterizedTest(name = "code point {0}")
    @MethodSource("blanks")
    void everyBlankSeparatesAndSurroundsTheFieldsOfDatesAndDurations(int c) {
        String blank = String.valueOf((char) c);
        assertThat(
                        Durations.parse(
                                blank + "1" + blank + "hr" + blank + "5" + blank + "min" + blank))
                .contains(Duration.ofMinutes(65));
        assertThat(
                        Dates.parse(
                                blank + "12" + blank + "March" + blank + "2025" + blank,
                                DateOrder.DAY_MONTH_YEAR))
                .contains(LocalDate.of(2025, 3, 12));
        assertThat(Dates.parse("1968" + blank + "12" + blank + "10", DateOrder.MONTH_DAY_YEAR))
                .contains(LocalDate.of(1968, 12, 10));
    }
}
