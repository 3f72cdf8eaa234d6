package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A URL's path may hold one bracketed group ("wiki/Foo_(bar)"), but a time in brackets glued to a
 * path is the first mark of a chapter list run into the link before it, and is no part of the URL.
 * The lines are made up.
 */
class UrlBracketGroupTest {

    /** The types of the lexer's tokens, blanks left out, with the text of URL and DOMAIN tokens. */
    private static String tokens(String text) {
        EpisodePageLexer lexer = new EpisodePageLexer(PageChars.of(text));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() == EpisodePageLexer.NL) {
                continue;
            }
            String name = EpisodePageLexer.VOCABULARY.getSymbolicName(t.getType());
            out.add(
                    t.getType() == EpisodePageLexer.URL || t.getType() == EpisodePageLexer.DOMAIN
                            ? name + "[" + t.getText() + "]"
                            : name);
        }
        return String.join(" ", out);
    }

    private static String firstLink(String text) {
        for (String token : tokens(text).split(" ")) {
            if (token.startsWith("URL[") || token.startsWith("DOMAIN[")) {
                return token;
            }
        }
        return null;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://en.wikipedia.org/wiki/Foo_(bar)"
                        + " more|URL[https://en.wikipedia.org/wiki/Foo_(bar)]",
                "example.org/wiki/Mara_(sailor) more|DOMAIN[example.org/wiki/Mara_(sailor)]",
                "https://x.org/a[1b]/c more|URL[https://x.org/a[1b]/c]",
                "https://x.org/f() more|URL[https://x.org/f()]",
                "https://x.org/v{2:a} more|URL[https://x.org/v{2:a}]",
                "harbour.fm/quiz.Kapitel(00:00) Intro(04:13) Ende|DOMAIN[harbour.fm/quiz.Kapitel]",
                "https://harbour.fm/notes(1:02:03) Outro|URL[https://harbour.fm/notes]",
                "https://harbour.fm/notes[12:30] Outro|URL[https://harbour.fm/notes]",
                "harbour.fm/ep{00:05} Start|DOMAIN[harbour.fm/ep]",
            })
    void aBracketedTimeIsNoPartOfTheLinkItIsGluedTo(String line, String link) {
        assertThat(firstLink(line)).isEqualTo(link);
    }
}
