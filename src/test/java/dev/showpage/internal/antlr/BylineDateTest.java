package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A card's line of the show's name, a slash and the date alone ("Night Trains / 15-11-2023"): the
 * name and slash are the date's label; the near misses stay text. The lines are made up.
 */
class BylineDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Night Trains  /  15-11-2023\\n => PUBLISHED[Night Trains  /] NUMERIC_DATE[15-11-2023] /
                    Kleine Zeitung / 3. März 2024\\n => PUBLISHED[Kleine Zeitung /] MONTH_DATE[3. März 2024] /
                    Radio Du Nord / 12 avril 2022\\n => PUBLISHED[Radio Du Nord /] MONTH_DATE[12 avril 2022] /
                    Buitenkant / 2021-06-30\\n => PUBLISHED[Buitenkant /] ISO_DATE[2021-06-30] /
                    Voce Libera / 5 maggio 2023\\n => PUBLISHED[Voce Libera /] MONTH_DATE[5 maggio 2023] /
                    """)
    void readsTheNameAndSlashAsTheDatesLabel(String text, String expected) {
        assertThat(TypedTokens.of(text.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Night Trains / 3 March 2024 rerun\\n => WORD[Night] WORD[Trains] OTHER[/] MONTH_DATE[3 March 2024] WORD[rerun] /
                    and then / 3 March 2024\\n => WORD[and] WORD[then] OTHER[/] MONTH_DATE[3 March 2024] /
                    One Two Three Four / 3 March 2024\\n => WORD[One] WORD[Two] WORD[Three] WORD[Four] OTHER[/] MONTH_DATE[3 March 2024] /
                    Night Trains / Episode 12\\n => WORD[Night] WORD[Trains] OTHER[/] WORD[Episode] NUMBER[12] /
                    """)
    void leavesOtherSlashedLinesAsText(String text, String expected) {
        assertThat(TypedTokens.of(text.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
