package dev.showpage.internal;

import java.util.ArrayList;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * The page's tokens, all lexed before the parser starts, for a lexer that puts every token on
 * the default channel (it skips blanks instead of hiding them).
 *
 * <p>{@link CommonTokenStream} looks for the next token on the parser's channel, and checks
 * whether more must be fetched, at every step of the parser and at every look ahead: about a
 * tenth of a parse. Here every token is on the channel and every token is already fetched, so
 * a step is an increment and a look ahead an index. The token list starts at about the size the
 * page needs (one token for every few characters), so that it is not copied again and again
 * while a long page is lexed.
 */
final class FilledTokenStream extends CommonTokenStream {

  private static final int CHARS_PER_TOKEN = 4;
  private static final int MAX_INITIAL_CAPACITY = 1 << 20;

  private FilledTokenStream(TokenSource source, int inputLength) {
    super(source);
    tokens = new ArrayList<>(Math.min(MAX_INITIAL_CAPACITY, inputLength / CHARS_PER_TOKEN + 16));
  }

  /** Lexes the whole of {@code source}, of {@code inputLength} characters. */
  static FilledTokenStream of(TokenSource source, int inputLength) {
    FilledTokenStream stream = new FilledTokenStream(source, inputLength);
    stream.fill();
    stream.seek(0);
    return stream;
  }

  @Override
  protected int adjustSeekIndex(int i) {
    return Math.min(i, tokens.size() - 1);
  }

  @Override
  public void consume() {
    if (p >= tokens.size() - 1 && tokens.get(p).getType() == Token.EOF) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
  }

  @Override
  public Token LT(int k) {
    if (k > 0) {
      return tokens.get(Math.min(p + k - 1, tokens.size() - 1));
    }
    return k == 0 ? null : LB(-k);
  }

  @Override
  public int LA(int i) {
    return LT(i).getType();
  }

  @Override
  protected Token LB(int k) {
    return k == 0 || p - k < 0 ? null : tokens.get(p - k);
  }
}
