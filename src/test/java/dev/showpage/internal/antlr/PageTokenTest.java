package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * A token's text is read from the page once and kept: a second read gives the same string, on a
 * plain page and on one with a repaired run, and the text is the page's as repaired.
 */
class PageTokenTest {

    private static List<Token> tokens(String page) {
        EpisodePageLexer lexer = new EpisodePageLexer(PageChars.of(page));
        lexer.removeErrorListeners();
        lexer.setTokenFactory(PageToken.FACTORY);
        List<Token> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() != EpisodePageLexer.NL) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void aWordsTextIsReadOnceAndKept() {
        List<Token> tokens = tokens("Kettle polish at 12:40 today\n");

        for (Token token : tokens) {
            assertThat(token.getText()).isSameAs(token.getText());
        }
        assertThat(tokens)
                .extracting(Token::getText)
                .containsExactly("Kettle", "polish", "at", "12:40", "today");
    }

    @Test
    void aRepairedWordKeepsItsRepairedText() {
        // a garbled "é" (read as Latin-1) in a word, repaired before the lexer reads it
        List<Token> tokens = tokens("Brûlée â€“ CafÃ© night\n");

        assertThat(tokens)
                .extracting(Token::getText)
                .containsExactly("Brûlée", "–", "Café", "night");
        assertThat(tokens.get(2).getText()).isSameAs(tokens.get(2).getText());
    }

    @Test
    void aTokenGivenItsTextKeepsThatText() {
        Token token = PageToken.FACTORY.create(EpisodePageLexer.WORD, "<missing WORD>");

        assertThat(token.getText()).isEqualTo("<missing WORD>");
    }
}
