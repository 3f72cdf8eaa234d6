package dev.showpage.internal;

import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/** Reads text back from the input by token positions, with runs of blanks collapsed. */
final class SourceText {

  private final CharStream input;

  SourceText(CharStream input) {
    this.input = input;
  }

  /** The input from the start of {@code first} to the end of {@code last}, blanks collapsed. */
  String between(Token first, Token last) {
    return collapse(input.getText(Interval.of(first.getStartIndex(), last.getStopIndex())));
  }

  /** The text of a run of tokens on one line; empty for no tokens. */
  String of(List<Token> tokens) {
    return tokens.isEmpty() ? "" : between(tokens.get(0), tokens.get(tokens.size() - 1));
  }

  /** Whether blank space separates {@code token} from the token after it. */
  boolean spaceAfter(Token token, Token next) {
    return next.getStartIndex() > token.getStopIndex() + 1;
  }

  /** The input from {@code token} to the end of its line, for error messages. */
  String restOfLine(int startIndex) {
    int end = startIndex;
    int size = input.size();
    while (end < size) {
      int c = input.getText(Interval.of(end, end)).charAt(0);
      if (c == '\n' || c == '\r') {
        break;
      }
      end++;
    }
    return end > startIndex ? input.getText(Interval.of(startIndex, end - 1)) : "";
  }

  static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
        blank = out.length() > 0;
      } else {
        if (blank) {
          out.append(' ');
          blank = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
