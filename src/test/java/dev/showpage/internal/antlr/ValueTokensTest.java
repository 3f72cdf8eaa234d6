package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.BULLET;
import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.DOMAIN;
import static dev.showpage.internal.grammar.EpisodePageLexer.ISO_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.ISO_DURATION;
import static dev.showpage.internal.grammar.EpisodePageLexer.LENGTH;
import static dev.showpage.internal.grammar.EpisodePageLexer.MONTH_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.NL;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMERIC_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.PIPE;
import static dev.showpage.internal.grammar.EpisodePageLexer.PUBLISHED;
import static dev.showpage.internal.grammar.EpisodePageLexer.QUANTITY;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.text.Blanks;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value reader between the lexer and the parser: which tokens it joins, cuts and types, and
 * that every token keeps its place in the input (its text is the input between its start and stop,
 * its line and column are where that text starts, and only blanks stand between tokens).
 */
class ValueTokensTest {

    private static List<Token> tokens(String text) {
        CharStream chars = PageChars.of(text);
        EpisodePageLexer lexer = new EpisodePageLexer(chars);
        lexer.removeErrorListeners();
        ValueTokens values = new ValueTokens(lexer);
        List<Token> tokens = new ArrayList<>();
        for (Token t = values.nextToken(); t.getType() != Token.EOF; t = values.nextToken()) {
            tokens.add(t);
        }
        return tokens;
    }

    private static List<Object> typed(String text) {
        return tokens(text).stream()
                .map(
                        t ->
                                (Object)
                                        tuple(
                                                EpisodePageLexer.VOCABULARY.getSymbolicName(
                                                        t.getType()),
                                                t.getText()))
                .toList();
    }

    private static Object t(int type, String text) {
        return tuple(EpisodePageLexer.VOCABULARY.getSymbolicName(type), text);
    }

    @Test
    void aDateOfSeveralWordsIsOneTokenThatSpansThem() {
        assertThat(typed("mardi 16 déc. 2025\n"))
                .containsExactly(t(MONTH_DATE, "mardi 16 déc. 2025"), t(NL, "\n"));
        assertThat(typed("12 de enero de 2024\n"))
                .containsExactly(t(MONTH_DATE, "12 de enero de 2024"), t(NL, "\n"));
        assertThat(typed("Published on June 3, 2024\n"))
                .containsExactly(
                        t(PUBLISHED, "Published on"), t(MONTH_DATE, "June 3, 2024"), t(NL, "\n"));
    }

    @Test
    void lengthsAndTheirLabelsAreTyped() {
        assertThat(typed("Dauer: 1 Std. 20 Min.\n"))
                .containsExactly(
                        t(LENGTH, "Dauer"),
                        t(COLON, ":"),
                        t(QUANTITY, "1 Std."),
                        t(QUANTITY, "20 Min."),
                        t(NL, "\n"));
        assertThat(typed("Duur: 1 uur en 20 minuten\n"))
                .containsExactly(
                        t(LENGTH, "Duur"),
                        t(COLON, ":"),
                        t(QUANTITY, "1 uur en 20 minuten"),
                        t(NL, "\n"));
        assertThat(typed("T30M38S 3h11m53s\n"))
                .containsExactly(t(ISO_DURATION, "T30M38S"), t(QUANTITY, "3h11m53s"), t(NL, "\n"));
    }

    @Test
    void aSeparatorBetweenADateAndALengthIsABullet() {
        assertThat(typed("5 mei 2022 | 2 uur\n"))
                .containsExactly(
                        t(MONTH_DATE, "5 mei 2022"),
                        t(BULLET, "|"),
                        t(QUANTITY, "2 uur"),
                        t(NL, "\n"));
        assertThat(typed("Ships | 2 uur\n"))
                .containsExactly(t(WORD, "Ships"), t(PIPE, "|"), t(QUANTITY, "2 uur"), t(NL, "\n"));
    }

    @Test
    void gluedValuesAreCutWhereTheShapeSays() {
        assertThat(typed("Jan 28, 20251 hr 18 min12.5 MB\n"))
                .containsExactly(
                        t(MONTH_DATE, "Jan 28, 2025"),
                        t(QUANTITY, "1 hr"),
                        t(QUANTITY, "18 min"),
                        t(DOMAIN, "12.5"),
                        t(WORD, "MB"),
                        t(NL, "\n"));
        assertThat(typed("Intro00:00\n"))
                .containsExactly(t(WORD, "Intro"), t(TIMESTAMP, "00:00"), t(NL, "\n"));
    }

    @Test
    void datesWithATimeOfDayTakeTheTime() {
        assertThat(typed("28/01/2014 21:00:00 +0100\n"))
                .containsExactly(t(NUMERIC_DATE, "28/01/2014 21:00:00 +0100"), t(NL, "\n"));
        assertThat(typed("2025-03-12T10:00:00Z\n"))
                .containsExactly(t(ISO_DATE, "2025-03-12T10:00:00Z"), t(NL, "\n"));
        // After a bar, a clock is a time of day only when it says so: else it may be a length.
        assertThat(typed("Jan 5, 2024 | 12:30\n"))
                .containsExactly(
                        t(MONTH_DATE, "Jan 5, 2024"),
                        t(PIPE, "|"),
                        t(TIMESTAMP, "12:30"),
                        t(NL, "\n"));
    }

    @Test
    void numbersAndWordsThatMakeNoValueStayAsTheLexerMadeThem() {
        assertThat(typed("Ships 5 ideas from 2024\n"))
                .containsExactly(
                        t(WORD, "Ships"),
                        t(NUMBER, "5"),
                        t(WORD, "ideas"),
                        t(WORD, "from"),
                        t(NUMBER, "2024"),
                        t(NL, "\n"));
        // A decade and a dimension end in a unit's letter but are words.
        assertThat(typed("1990s in 3D\n"))
                .containsExactly(t(WORD, "1990s"), t(WORD, "in"), t(WORD, "3D"), t(NL, "\n"));
    }

    @Test
    void aJoinedTokenHasTheLineAndColumnOfItsFirstPart() {
        List<Token> tokens = tokens("Title\n  Veröffentlicht am 3. März 2024 · 45 Min.\n");
        Token date =
                tokens.stream().filter(t -> t.getType() == MONTH_DATE).findFirst().orElseThrow();
        assertThat(date.getLine()).isEqualTo(2);
        assertThat(date.getCharPositionInLine()).isEqualTo(20);
        Token length =
                tokens.stream().filter(t -> t.getType() == QUANTITY).findFirst().orElseThrow();
        assertThat(length.getCharPositionInLine()).isEqualTo(35);
    }

    /** Fragments of pages: values in several languages, glued ones, and plain text. */
    private static final String[] FRAGMENTS = {
        "16 décembre 2025",
        "Jan 28, 20251 hr 18 min12.5 MB",
        "45 minEp. 12",
        "Intro00:00",
        "Dauer: 1 Std. 20 Min.",
        "Publié le",
        "12 de enero de 2024",
        "·",
        "|",
        " - ",
        "2 uur",
        "https://x.com/aNext",
        "3. März",
        "2024",
        "Mar",
        "12:30",
        "am",
        "GMT",
        "+0100",
        ",",
        "Part200:00",
        "1er",
        "6th",
        "2.5 hours",
        "PT1H0.040S",
        "\n",
        "\n",
        "Tides",
        "de",
        "1968 12 10",
        "3h11m53s",
        "😀",
        "31-07-2022",
        "\u00A0",
        "1 hour and",
        "Sept.",
        "2025-03-12T10:00:00Z",
    };

    static Stream<String> pages() {
        Random random = new Random(1_216L);
        return IntStream.range(0, 200)
                .mapToObj(
                        i -> {
                            StringBuilder page = new StringBuilder();
                            int n = 3 + random.nextInt(15);
                            for (int k = 0; k < n; k++) {
                                page.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                                if (random.nextInt(3) > 0) {
                                    page.append(' ');
                                }
                            }
                            return page.append('\n').toString();
                        });
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyTokenKeepsItsPlaceInTheInput(String page) {
        int[] codePoints = page.codePoints().toArray();
        int at = 0;
        int line = 1;
        int column = 0;
        for (Token token : tokens(page)) {
            while (at < token.getStartIndex()) {
                assertThat(Blanks.isBlank(codePoints[at]))
                        .as("between tokens at %d of %s", at, page)
                        .isTrue();
                column++;
                at++;
            }
            assertThat(token.getStartIndex()).as("start of %s", token).isEqualTo(at);
            assertThat(token.getLine()).as("line of %s", token).isEqualTo(line);
            assertThat(token.getCharPositionInLine()).as("column of %s", token).isEqualTo(column);
            String text = new String(codePoints, at, token.getStopIndex() - at + 1);
            assertThat(token.getText()).isEqualTo(text);
            for (; at <= token.getStopIndex(); at++) {
                if (codePoints[at] == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
            }
        }
        assertThat(at).isEqualTo(codePoints.length);
    }
}
