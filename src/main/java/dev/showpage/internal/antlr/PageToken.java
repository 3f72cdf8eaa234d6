package dev.showpage.internal.antlr;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token that reads its text from the page by its offsets. {@link CommonToken#getText} asks its
 * stream for an {@code Interval}, which ANTLR allocates for every offset past 1,000, so that most
 * reads of a token's text cost two objects instead of one; the builder reads the text of most
 * tokens several times.
 */
final class PageToken extends CommonToken {

    /** Makes the lexer's tokens {@link PageToken}s, as ANTLR's default factory makes its own. */
    static final TokenFactory<PageToken> FACTORY =
            new TokenFactory<>() {
                @Override
                public PageToken create(
                        Pair<TokenSource, CharStream> source,
                        int type,
                        String text,
                        int channel,
                        int start,
                        int stop,
                        int line,
                        int charPositionInLine) {
                    PageToken token = new PageToken(source, type, channel, start, stop);
                    token.setLine(line);
                    token.setCharPositionInLine(charPositionInLine);
                    if (text != null) {
                        token.setText(text);
                    }
                    return token;
                }

                @Override
                public PageToken create(int type, String text) {
                    return new PageToken(type, text);
                }
            };

    PageToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
        super(source, type, channel, start, stop);
    }

    private PageToken(int type, String text) {
        super(type, text);
    }

    @Override
    public String getText() {
        if (text != null) {
            return text;
        }
        return getInputStream() instanceof PageChars page
                ? page.text(start, stop)
                : super.getText();
    }
}
