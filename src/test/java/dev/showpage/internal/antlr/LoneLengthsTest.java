package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A clock time alone on its line is typed as a length only where nothing else could be meant: the
 * page's first line, under a player's position at zero, or after the sign of a field left out; and
 * never among lines that open with times, which are a chapter list's. The lines are made up.
 */
class LoneLengthsTest {

    private static String typed(String text) {
        return TypedTokens.of(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    37:12\\nWir reden heute\\n => QUANTITY[37:12] / WORD[Wir] WORD[reden] WORD[heute] /
                    1:05:40\\nOn parle\\n => QUANTITY[1:05:40] / WORD[On] WORD[parle] /
                    Ep 4\\n\\n· 52:18\\n|\\n => WORD[Ep] NUMBER[4] / / QUANTITY[· 52:18] / PIPE[|] /
                    Ep 4\\n• 1:12:09\\nNotes\\n => WORD[Ep] NUMBER[4] / QUANTITY[• 1:12:09] / WORD[Notes] /
                    Ep 4\\n| 41:07\\n => WORD[Ep] NUMBER[4] / QUANTITY[| 41:07] /
                    Ep 4\\n\\n0:00\\n47:51\\nNotes\\n => WORD[Ep] NUMBER[4] / / TIMESTAMP[0:00] / QUANTITY[47:51] / WORD[Notes] /
                    Ep 4\\n00:00\\n09:15\\n => WORD[Ep] NUMBER[4] / TIMESTAMP[00:00] / QUANTITY[09:15] /
                    """)
    void aLoneClockWhereOnlyALengthStands(String line, String expected) {
        // "\\n" in a row stands for a line break.
        assertThat(typed(line.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    19:30\\nDoors open\\n => TIMESTAMP[19:30] / WORD[Doors] WORD[open] /
                    Ep 4\\n· 09:45\\n => WORD[Ep] NUMBER[4] / WORD[·] TIMESTAMP[09:45] /
                    Ep 4\\n· 00:00\\n => WORD[Ep] NUMBER[4] / WORD[·] TIMESTAMP[00:00] /
                    Ep 4\\n52:18\\n => WORD[Ep] NUMBER[4] / TIMESTAMP[52:18] /
                    Ep 4\\n· 52:18 left\\n => WORD[Ep] NUMBER[4] / WORD[·] TIMESTAMP[52:18] WORD[left] /
                    34:10\\nThe pier\\n41:30\\nThe storm\\n => TIMESTAMP[34:10] / WORD[The] WORD[pier] / TIMESTAMP[41:30] / WORD[The] WORD[storm] /
                    Ep 4\\n· 34:10\\nThe pier\\n· 41:30\\nThe storm\\n => WORD[Ep] NUMBER[4] / WORD[·] TIMESTAMP[34:10] / WORD[The] WORD[pier] / WORD[·] TIMESTAMP[41:30] / WORD[The] WORD[storm] /
                    00:00 Intro\\n27:40 Pier\\n• 38:05\\n => TIMESTAMP[00:00] WORD[Intro] / TIMESTAMP[27:40] WORD[Pier] / BULLET[•] TIMESTAMP[38:05] /
                    Ep 4\\n00:00\\n00:00\\n => WORD[Ep] NUMBER[4] / TIMESTAMP[00:00] / TIMESTAMP[00:00] /
                    """)
    void aLoneClockThatMayBeAnythingElseStaysATime(String line, String expected) {
        assertThat(typed(line.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
