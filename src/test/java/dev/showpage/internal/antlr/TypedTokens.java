package dev.showpage.internal.antlr;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** The value reader's tokens of a text, written so that a test can compare them at a glance. */
final class TypedTokens {

    private TypedTokens() {}

    /** Each token as TYPE[text], line breaks as "/". */
    static String of(String text) {
        EpisodePageLexer lexer = new EpisodePageLexer(PageChars.of(text));
        lexer.removeErrorListeners();
        ValueTokens values = new ValueTokens(lexer);
        List<String> out = new ArrayList<>();
        for (Token t = values.nextToken(); t.getType() != Token.EOF; t = values.nextToken()) {
            out.add(
                    t.getType() == EpisodePageLexer.NL
                            ? "/"
                            : EpisodePageLexer.VOCABULARY.getSymbolicName(t.getType())
                                    + "["
                                    + t.getText()
                                    + "]");
        }
        return String.join(" ", out);
    }
}
