package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where on a line the value reader finds a date or a length by its label or its opener: a labelled
 * length between a date and the label of the next field, a length's label in brackets, a season and
 * episode code before a date; and the near misses that stay text. The lines are made up.
 */
class LabelPlacesTest {

    private static String typed(String text) {
        return TypedTokens.of(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Released: Feb 9, 2023 Runtime: 01:12:45 Genre: Comedy\\n => PUBLISHED[Released] COLON[:] MONTH_DATE[Feb 9, 2023] LENGTH[Runtime] COLON[:] QUANTITY[01:12:45] WORD[Genre] COLON[:] WORD[Comedy] /
                    12 mars 2022 Durée : 38:10 Auteur : Untel\\n => MONTH_DATE[12 mars 2022] LENGTH[Durée] COLON[:] QUANTITY[38:10] WORD[Auteur] COLON[:] WORD[Untel] /
                    S03 / E07 - 2 maart 2021\\n => PUBLISHED[S03 / E07 -] MONTH_DATE[2 maart 2021] /
                    s1e12 · 8 October 2020\\n => PUBLISHED[s1e12 ·] MONTH_DATE[8 October 2020] /
                    S2 E4 21 giugno 2019\\n => PUBLISHED[S2 E4] MONTH_DATE[21 giugno 2019] /
                    (Dauer: 12 Min. 5 Sek.)\\n => LENGTH[(Dauer] COLON[:] QUANTITY[12 Min.] QUANTITY[5 Sek.] OTHER[)] /
                    [Duration: 47:03]\\n => LENGTH[[Duration] COLON[:] TIMESTAMP[47:03] OTHER[]] /
                    """)
    void readsTheValueWhereItsLabelStands(String text, String expected) {
        assertThat(typed(text.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Feb 9, 2023 Runtime: 01:12:45 and then: more\\n => MONTH_DATE[Feb 9, 2023] LENGTH[Runtime] COLON[:] TIMESTAMP[01:12:45] WORD[and] WORD[then] COLON[:] WORD[more] /
                    Runtime: 01:12:45 Genre: Comedy\\n => LENGTH[Runtime] COLON[:] TIMESTAMP[01:12:45] WORD[Genre] COLON[:] WORD[Comedy] /
                    S03 / E07 - 2 maart 2021 was een mooie dag\\n => WORD[S03] OTHER[/] WORD[E07] DASH[-] MONTH_DATE[2 maart 2021] WORD[was] WORD[een] WORD[mooie] WORD[dag] /
                    S1234E1 · 8 October 2020\\n => WORD[S1234E1] WORD[·] MONTH_DATE[8 October 2020] /
                    Sam E1 · 8 October 2020\\n => WORD[Sam] WORD[E1] WORD[·] MONTH_DATE[8 October 2020] /
                    S2 Extra 21 giugno 2019\\n => WORD[S2] WORD[Extra] MONTH_DATE[21 giugno 2019] /
                    (Dauer: 12 Min. 5 Sek.) und mehr\\n => OTHER[(] LENGTH[Dauer] COLON[:] QUANTITY[12 Min.] QUANTITY[5 Sek.] OTHER[)] WORD[und] WORD[mehr] /
                    (Duration: 47:03\\n => OTHER[(] LENGTH[Duration] COLON[:] TIMESTAMP[47:03] /
                    (Duration: 47:03]\\n => OTHER[(] LENGTH[Duration] COLON[:] TIMESTAMP[47:03] OTHER[]] /
                    (listen for 20 minutes a day)\\n => OTHER[(] WORD[listen] WORD[for] QUANTITY[20 minutes] WORD[a] WORD[day] OTHER[)] /
                    """)
    void leavesNearMissesAsText(String text, String expected) {
        assertThat(typed(text.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
