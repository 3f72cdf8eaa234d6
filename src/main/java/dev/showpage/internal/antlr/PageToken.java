package dev.showpage.internal.antlr;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token that reads its text from the page by its offsets. {@link CommonToken#getText} asks its
 * stream for an {@code Interval}, which ANTLR allocates for every offset past 1,000, and makes a
 * new string at every read; the builder reads the text of most tokens several times, so the text
 * read once is kept.
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

    /**
     * The token's text, read from the page the first time and kept: the value reader, the parser's
     * builder and the chapter and word readers each ask for the text of the same token, and the
     * page does not change under it.
     */
    @Override
    public String getText() {
        if (text != null) {
            return text;
        }
        if (getInputStream() instanceof PageChars page) {
            text = page.text(start, stop);
            return text;
        }
        return super.getText();
    }
}
