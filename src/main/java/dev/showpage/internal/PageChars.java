package dev.showpage.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.IntStream;

/**
 * A page's text as the lexer reads it: ending with a line break, which every line rule needs,
 * and copied once.
 *
 * <p>{@code CharStreams.fromString} copies a page into a char buffer, then into bytes, then into
 * chars again at the first character past U+00FF; adding the line break to the string copies it
 * once more. Here the text is copied once, into bytes when every character fits in one and into
 * chars otherwise. Text with a character outside the Basic Multilingual Plane (an emoji), which
 * the lexer must see as one code point, still goes through {@code CharStreams}.
 */
final class PageChars {

  private PageChars() {}

  static CodePointCharStream of(String text) {
    int length = text.length();
    boolean addBreak = length > 0 && text.charAt(length - 1) != '\n';
    int size = addBreak ? length + 1 : length;
    int bits = 0;
    for (int i = 0; i < length; i++) {
      bits |= text.charAt(i);
    }
    if (bits <= 0xFF) {
      byte[] bytes = new byte[size];
      for (int i = 0; i < length; i++) {
        bytes[i] = (byte) text.charAt(i);
      }
      if (addBreak) {
        bytes[length] = '\n';
      }
      return stream(CodePointBuffer.withBytes(ByteBuffer.wrap(bytes)));
    }
    if (hasSurrogates(text)) {
      return CharStreams.fromString(addBreak ? text + "\n" : text);
    }
    char[] chars = new char[size];
    text.getChars(0, length, chars, 0);
    if (addBreak) {
      chars[length] = '\n';
    }
    return stream(CodePointBuffer.withChars(CharBuffer.wrap(chars)));
  }

  private static boolean hasSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static CodePointCharStream stream(CodePointBuffer buffer) {
    return CodePointCharStream.fromBuffer(buffer, IntStream.UNKNOWN_SOURCE_NAME);
  }
}
