package dev.showpage.internal.antlr;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer's tokens that the value reader has looked at but not handed on yet: a small ring, since
 * a date or a length is a few tokens long. A token can be put back in front, which is how the rest
 * of a token cut in two is read again.
 */
final class Lookahead {

    private final TokenSource lexer;

    /** Its length is a power of two, so that a slot is found by a mask and not a division. */
    private Token[] ring = new Token[16];

    /**
     * Each token's type, beside it: the reader asks a token's type about ten times, and reading it
     * here costs no visit to the token.
     */
    private int[] types = new int[16];

    /** Each token's text and its lower case, read once: most tokens are looked at several times. */
    private String[] texts = new String[16];

    private String[] lowers = new String[16];
    private int head;
    private int size;

    Lookahead(TokenSource lexer) {
        this.lexer = lexer;
    }

    /** The {@code i}th token ahead, lexed if need be; the end-of-file token past the end. */
    Token at(int i) {
        while (size <= i) {
            if (size > 0 && last().getType() == Token.EOF) {
                return last();
            }
            if (size == ring.length) {
                grow();
            }
            int slot = (head + size) & (ring.length - 1);
            Token token = lexer.nextToken();
            ring[slot] = token;
            types[slot] = token.getType();
            texts[slot] = null;
            lowers[slot] = null;
            size++;
        }
        return ring[(head + i) & (ring.length - 1)];
    }

    int type(int i) {
        return i < size ? types[(head + i) & (ring.length - 1)] : at(i).getType();
    }

    String text(int i) {
        if (i < size) {
            int slot = (head + i) & (ring.length - 1);
            String text = texts[slot];
            if (text == null) {
                text = ring[slot].getText();
                texts[slot] = text;
            }
            return text;
        }
        Token token = at(i);
        int slot = (head + Math.min(i, size - 1)) & (ring.length - 1);
        if (texts[slot] == null) {
            texts[slot] = token.getText();
        }
        return texts[slot];
    }

    /**
     * The first character of the token's text, or -1 when it is empty: read from the page in place
     * when the text has not been made (asked of nearly every word, for dates that open with a
     * digit, a text made for it was 3.6% of what the example page's parse allocated).
     */
    int firstChar(int i) {
        Token token = at(i);
        int slot = (head + Math.min(i, size - 1)) & (ring.length - 1);
        String text = texts[slot];
        if (text == null && token instanceof PageToken page) {
            return page.firstChar();
        }
        text = text(i);
        return text.isEmpty() ? -1 : text.charAt(0);
    }

    /** The token's text in lower case, as the vocabularies compare words. */
    String lower(int i) {
        String text = text(i);
        int slot = (head + Math.min(i, size - 1)) & (ring.length - 1);
        if (lowers[slot] == null) {
            lowers[slot] = text.toLowerCase(Locale.ROOT);
        }
        return lowers[slot];
    }

    /**
     * Whether nothing, not even a blank, stands between token {@code i - 1} and token {@code i}.
     */
    boolean glued(int i) {
        return at(i).getStartIndex() == at(i - 1).getStopIndex() + 1;
    }

    /** Whether token {@code i} ends a line: a line break, or the page's end. */
    boolean endsLine(int i) {
        int type = type(i);
        return type == EpisodePageLexer.NL || type == Token.EOF;
    }

    /** Drops the first {@code n} tokens. */
    void drop(int n) {
        at(n - 1);
        n = Math.min(n, size);
        head = (head + n) & (ring.length - 1);
        size -= n;
    }

    /** Puts a token in front, to be read next. */
    void putBack(Token token) {
        if (size == ring.length) {
            grow();
        }
        head = (head - 1) & (ring.length - 1);
        ring[head] = token;
        types[head] = token.getType();
        texts[head] = null;
        lowers[head] = null;
        size++;
    }

    private Token last() {
        return ring[(head + size - 1) & (ring.length - 1)];
    }

    private void grow() {
        Token[] bigger = new Token[ring.length * 2];
        int[] biggerTypes = new int[ring.length * 2];
        String[] biggerTexts = new String[ring.length * 2];
        String[] biggerLowers = new String[ring.length * 2];
        for (int i = 0; i < size; i++) {
            int slot = (head + i) & (ring.length - 1);
            bigger[i] = ring[slot];
            biggerTypes[i] = types[slot];
            biggerTexts[i] = texts[slot];
            biggerLowers[i] = lowers[slot];
        }
        ring = bigger;
        types = biggerTypes;
        texts = biggerTexts;
        lowers = biggerLowers;
        head = 0;
    }

    /** The input from the start of token {@code first} to the end of token {@code last}. */
    String between(int first, int last) {
        return at(first)
                .getInputStream()
                .getText(Interval.of(at(first).getStartIndex(), at(last).getStopIndex()));
    }
}
