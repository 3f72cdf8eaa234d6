package dev.showpage.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 strictly, naming the byte offset of the first byte that is not UTF-8. */
final class Utf8 {

  /** The bytes are not UTF-8 text. */
  static final class NotUtf8Exception extends Exception {
    private static final long serialVersionUID = 1L;
    final long offset;

    NotUtf8Exception(long offset, int value) {
      super(String.format("not UTF-8 text (byte 0x%02X at byte offset %d)", value, offset));
      this.offset = offset;
    }
  }

  private Utf8() {}

  static String decode(byte[] bytes) throws NotUtf8Exception {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new NotUtf8Exception(in.position(), bytes[in.position()] & 0xFF);
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
