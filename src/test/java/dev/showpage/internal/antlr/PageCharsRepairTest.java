package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lexer reads repaired characters where the page's were damaged, every token keeps its place in
 * the input, and text read back has the repair without its fill: on a page copied as chars, on one
 * of code points (with an emoji), and on one over a million characters that is not copied.
 */
class PageCharsRepairTest {

    /** Type, line, column and text of each token but the line breaks, as the lexer makes them. */
    private static List<String> tokens(CharStream chars) {
        EpisodePageLexer lexer = new EpisodePageLexer(chars);
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() != EpisodePageLexer.NL) {
                out.add(
                        EpisodePageLexer.VOCABULARY.getSymbolicName(t.getType())
                                + " "
                                + t.getLine()
                                + ":"
                                + t.getCharPositionInLine()
                                + " "
                                + t.getText());
            }
        }
        return out;
    }

    @Test
    void aGarbledDashIsADashAndTheTimeAfterItKeepsItsColumn() {
        List<String> tokens = tokens(PageChars.of("Intro\nCafÃ© owner â€“ 05:10 Fog\n"));

        assertThat(tokens)
                .containsExactly(
                        "WORD 1:0 Intro",
                        "WORD 2:0 Café",
                        "WORD 2:6 owner",
                        "DASH 2:12 –",
                        "TIMESTAMP 2:16 05:10",
                        "WORD 2:22 Fog");
    }

    @Test
    void tagsSplitTokensAsTheyShow() {
        List<String> tokens = tokens(PageChars.of("<b>Chapters</b>:\nfoo<br>bar <em>00:00</em>\n"));

        assertThat(tokens)
                .containsExactly(
                        "CHAPTERS 1:3 Chapters",
                        "COLON 1:15 :",
                        "WORD 2:0 foo",
                        "WORD 2:7 bar",
                        "TIMESTAMP 2:15 00:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chars", "code points", "uncopied"})
    void eachWayOfHoldingThePageReadsTheSame(String holding) {
        String before =
                switch (holding) {
                    case "chars" -> "";
                    case "code points" -> "😀 ";
                    default -> "x".repeat(1 << 20) + "\n";
                };
        String damaged = "Jerodā€™s favs â€“ <strong>CafÃ©</strong> ðŸŽ™ 05:10";
        CharStream chars = PageChars.of(before + damaged);
        int line = before.endsWith("\n") ? 2 : 1;
        int offset = before.endsWith("\n") ? 0 : before.codePointCount(0, before.length());
        String at = " " + line + ":";

        List<String> lineTokens = tokens(chars).stream().filter(t -> t.contains(at)).toList();

        assertThat(lineTokens)
                .containsSubsequence(
                        "WORD" + at + offset + " Jerod’s",
                        "WORD" + at + (offset + 10) + " favs",
                        "DASH" + at + (offset + 15) + " –",
                        "WORD" + at + (offset + 27) + " Café",
                        "WORD" + at + (offset + 42) + " 🎙",
                        "TIMESTAMP" + at + (offset + 47) + " 05:10");
        String read = chars.getText(Interval.of(0, chars.size() - 1));
        assertThat(read.substring(read.lastIndexOf('J')))
                .isEqualTo("Jerod’s favs – Café 🎙 05:10\n");
        assertThat(((RepairedChars) chars).damage().reports()).hasSize(2);
    }

    @Test
    void aGarbledOpeningQuoteLeavesTheTimeAfterItATime() {
        List<String> tokens = tokens(PageChars.of("â€˜05:10â€™ Intro\n"));

        assertThat(tokens).startsWith("OTHER 1:0 \u2018", "TIMESTAMP 1:3 05:10");
    }

    @Test
    void anUndamagedPageIsReadAsItIs() {
        String text = "Söderström – naïve <3 a < b\n";
        CharStream chars = PageChars.of(text);

        assertThat(((RepairedChars) chars).damage().isEmpty()).isTrue();
        assertThat(chars.getText(Interval.of(0, chars.size() - 1))).isEqualTo(text);
    }
}
