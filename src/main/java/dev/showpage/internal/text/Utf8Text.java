package dev.showpage.internal.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8, and when the bytes are not all UTF-8, says where the first bad byte is: its byte
 * offset, and its line and column in the decoded text.
 */
public final class Utf8Text {

    /**
     * The decoded text, with U+FFFD for each malformed sequence, and the first bad byte if any.
     *
     * @param text the text
     * @param badOffset the byte offset of the first byte that is not UTF-8, or -1
     * @param badByte that byte's value (0 to 255), or -1
     * @param line the 1-based line of that byte in {@code text}, or -1
     * @param column the 1-based column of that byte in {@code text}, or -1
     */
    public record Decoded(String text, long badOffset, int badByte, int line, int column) {

        /** Whether every byte was UTF-8. */
        public boolean valid() {
            return badOffset < 0;
        }

        /** "byte 0xFF at byte offset 20 is not UTF-8". */
        public String problem() {
            return String.format("byte 0x%02X at byte offset %d is not UTF-8", badByte, badOffset);
        }
    }

    private Utf8Text() {}

    public static Decoded decode(byte[] bytes) {
        // The JDK's own decoder is the fast path, and copies the page once: it writes U+FFFD for
        // each malformed sequence, so text without one was all UTF-8. Only a page with U+FFFD in
        // it, written there or put there by the decoder, is decoded again to tell which.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Decoded(text, -1, -1, -1, -1);
        }
        return decodeStrictly(bytes, text);
    }

    private static Decoded decodeStrictly(byte[] bytes, String text) {
        CharsetDecoder strict =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) {
            strict.flush(out);
            return new Decoded(text, -1, -1, -1, -1);
        }
        int offset = in.position();
        String before = out.flip().toString();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n'
                    || (c == '\r' && (i + 1 >= before.length() || before.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = before.length() - lineStart + 1;
        if (line == 1 && before.startsWith("\uFEFF")) {
            column--; // the byte order mark is not part of the text
        }
        // Columns count UTF-16 code units, as the parser's do.
        return new Decoded(text, offset, bytes[offset] & 0xFF, line, column);
    }
}
