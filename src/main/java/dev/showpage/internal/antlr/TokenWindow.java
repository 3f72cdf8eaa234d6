package dev.showpage.internal.antlr;

import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The page's tokens, lexed as the parser (or the layout check) asks for them, and let go of once
 * the model builder is done with them, so that a page of any length is parsed in a window of tokens
 * about the size of an episode card.
 *
 * <p>The lexer puts every token on the default channel (it skips blanks instead of hiding them), so
 * a step is an increment and a look ahead an index: {@code CommonTokenStream} searches for the next
 * token on its channel at every step, about a tenth of a parse. Tokens keep their index in the
 * whole page; asking for one that was let go of is a programming error.
 */
public final class TokenWindow implements TokenStream {

    /** About one token for every few characters: the window of a short page never grows. */
    private static final int CHARS_PER_TOKEN = 4;

    private static final int MAX_INITIAL_CAPACITY = 1 << 16;
    private static final int LEXED_AT_ONCE = 1024;

    private final TokenSource source;

    /** The tokens from index {@code first}, {@code count} of them. */
    private Token[] window;

    private int first;
    private int count;
    private boolean endFetched;
    private int index;

    /**
     * Tokens before this index are let go of, whether or not the window has dropped them yet: a
     * read of one fails at once, not only once the window is next compacted.
     */
    private int releasedBefore;

    TokenWindow(TokenSource source, int inputLength) {
        this.source = source;
        this.window = new Token[Math.min(MAX_INITIAL_CAPACITY, inputLength / CHARS_PER_TOKEN + 16)];
    }

    /**
     * Lets go of the tokens before {@code index}; the current one and those after it stay. The
     * window is compacted once the tokens let go of are half of it, so each token is moved about
     * once.
     */
    public void releaseBefore(int index) {
        releasedBefore = Math.max(releasedBefore, Math.min(index, this.index));
        int drop = releasedBefore - first;
        if (drop <= 0 || drop * 2 < count) {
            return;
        }
        System.arraycopy(window, drop, window, 0, count - drop);
        Arrays.fill(window, count - drop, count, null);
        first += drop;
        count -= drop;
    }

    /**
     * Where the page seems to glue two values together and the cut is not clear, in the tokens
     * lexed so far: each such place's first token, its text, and why it was noted.
     */
    public List<GluedText> gluedText() {
        return source instanceof ValueTokens values ? List.copyOf(values.gluedText()) : List.of();
    }

    /** Text that looks like two values glued together, at a token: its text, and why noted. */
    public record GluedText(Token at, String text, String why) {}

    /** The token at a page index, lexed first if need be; the end-of-file token past the end. */
    @Override
    public Token get(int i) {
        if (i < releasedBefore) {
            throw new IllegalStateException(
                    "token " + i + " was released; tokens from " + releasedBefore + " are kept");
        }
        if (i >= first + count && !endFetched) {
            // In runs rather than a token at a time, so that the lexer's and the parser's code and
            // data each stay in the processor's caches for a while.
            int last = Math.max(i, first + count + LEXED_AT_ONCE - 1);
            while (first + count <= last && !endFetched) {
                fetch();
            }
        }
        return window[Math.min(i, first + count - 1) - first];
    }

    private void fetch() {
        if (count == window.length) {
            window = Arrays.copyOf(window, window.length * 2);
        }
        Token token = source.nextToken();
        if (token instanceof WritableToken writable) {
            writable.setTokenIndex(first + count);
        }
        window[count++] = token;
        endFetched = token.getType() == Token.EOF;
    }

    @Override
    public Token LT(int k) {
        if (k > 0) {
            return get(index + k - 1);
        }
        if (k == 0 || index + k < first) {
            return null;
        }
        return get(index + k);
    }

    @Override
    public int LA(int i) {
        return LT(i).getType();
    }

    @Override
    public void consume() {
        if (LA(1) == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public int mark() {
        return -1; // tokens are only let go of by releaseBefore, never behind the parser's back
    }

    @Override
    public void release(int marker) {
        // nothing held
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        this.index = index;
    }

    /** How many tokens have been lexed so far: the whole page's once the end has been reached. */
    @Override
    public int size() {
        return first + count;
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder text = new StringBuilder();
        for (int i = interval.a; i <= interval.b; i++) {
            Token token = get(i);
            if (token.getType() == Token.EOF) {
                break;
            }
            text.append(token.getText());
        }
        return text.toString();
    }

    @Override
    public String getText() {
        while (!endFetched) {
            fetch();
        }
        return getText(Interval.of(0, size() - 1));
    }

    @Override
    public String getText(RuleContext ctx) {
        return getText(ctx.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null
                ? ""
                : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }
}
