package dev.showpage.internal;

import java.util.ArrayList;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.TokenSource;

/**
 * A token stream whose token list starts at about the size the page needs (one token for every
 * few characters), so that it is not copied again and again while a long page is lexed.
 */
final class PresizedTokenStream extends CommonTokenStream {

  private static final int CHARS_PER_TOKEN = 3;
  private static final int MAX_INITIAL_CAPACITY = 1 << 20;

  PresizedTokenStream(TokenSource source, int inputLength) {
    super(source);
    tokens = new ArrayList<>(Math.min(MAX_INITIAL_CAPACITY, inputLength / CHARS_PER_TOKEN + 16));
  }
}
