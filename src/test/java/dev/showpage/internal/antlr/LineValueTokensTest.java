package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the value reader types what stands beside a date or a length on a line: the list sign, button
 * words or sentence words before a date become its label, and a clock time becomes a length only
 * where the line's shape leaves no doubt. Each token keeps its place in the input: the types and
 * texts of all tokens, blanks left out, are the whole line. The lines are made up.
 */
class LineValueTokensTest {

    /** Each token as TYPE[text], line breaks as "/". */
    private static String typed(String text) {
        EpisodePageLexer lexer = new EpisodePageLexer(PageChars.of(text));
        lexer.removeErrorListeners();
        ValueTokens values = new ValueTokens(lexer);
        List<String> out = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        int at = 0;
        for (Token t = values.nextToken(); t.getType() != Token.EOF; t = values.nextToken()) {
            String between = text.substring(at, t.getStartIndex());
            assertThat(between.isBlank()).as("only blanks before %s in %s", t, text).isTrue();
            at = t.getStopIndex() + 1;
            joined.append(between).append(t.getText());
            out.add(
                    t.getType() == EpisodePageLexer.NL
                            ? "/"
                            : EpisodePageLexer.VOCABULARY.getSymbolicName(t.getType())
                                    + "["
                                    + t.getText()
                                    + "]");
        }
        assertThat(joined.toString()).isEqualTo(text);
        return String.join(" ", out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    • 23.12.2021\\n70 MB\\n58:10\\n => PUBLISHED[•] NUMERIC_DATE[23.12.2021] / NUMBER[70] WORD[MB] / QUANTITY[58:10] /
                    05:53|\\n => QUANTITY[05:53|] /
                    Play Episode Listen Later Oct 30, 2024 51:07\\n => PUBLISHED[Play Episode Listen Later] MONTH_DATE[Oct 30, 2024] QUANTITY[51:07] /
                    È lunedì 12 giugno 2023.\\n => PUBLISHED[È] MONTH_DATE[lunedì 12 giugno 2023] STOP[.] /
                    Fecha: 29 de octubre 2025\\n => PUBLISHED[Fecha] COLON[:] MONTH_DATE[29 de octubre 2025] /
                    Data: 42 samples\\n => WORD[Data] COLON[:] NUMBER[42] WORD[samples] /
                    Oct 30, 2024 | 51:07\\n => MONTH_DATE[Oct 30, 2024] PIPE[|] QUANTITY[51:07] /
                    Oct 30, 2024 | 12:30\\n => MONTH_DATE[Oct 30, 2024] PIPE[|] TIMESTAMP[12:30] /
                    Mar 3, 2024 1:02:03\\n => MONTH_DATE[Mar 3, 2024] QUANTITY[1:02:03] /
                    Mar 3, 2024 21:02:03\\n => MONTH_DATE[Mar 3, 2024 21:02:03] /
                    Jun 3, 2024\\n00:00 Intro\\n => MONTH_DATE[Jun 3, 2024] / TIMESTAMP[00:00] WORD[Intro] /
                    Notes here\\n58:10\\n => WORD[Notes] WORD[here] / TIMESTAMP[58:10] /
                    """)
    void valuesBesideOtherTextOnALine(String line, String expected) {
        // "\\n" in a row stands for a line break.
        String text = line.replace("\\n", "\n");
        assertThat(typed(text)).isEqualTo(expected);
    }
}
