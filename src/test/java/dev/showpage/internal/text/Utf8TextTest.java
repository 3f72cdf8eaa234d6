package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decoder's fast path trusts the JDK's decoding unless U+FFFD appears; a page may hold that
 * character itself, and it must not be taken for damage, nor hide damage after it.
 */
class Utf8TextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"plain text", "Caf\u00e9 \u2013 \u00e9pisode", "a \uFFFD b", "\uFFFD", ""})
    void validTextIsValidWhateverItHolds(String text) {
        Utf8Text.Decoded decoded = Utf8Text.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.valid()).isTrue();
        assertThat(decoded.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x\uFFFDy\n", "line one\nline \uFFFD two\n"})
    void aBadByteIsFoundPastAnyWrittenReplacementCharacter(String before) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = 'a';
        bytes[head.length + 1] = (byte) 0xFF;
        bytes[head.length + 2] = 'b';

        Utf8Text.Decoded decoded = Utf8Text.decode(bytes);

        assertThat(decoded.valid()).isFalse();
        assertThat(decoded.badOffset()).isEqualTo(head.length + 1);
        assertThat(decoded.badByte()).isEqualTo(0xFF);
        assertThat(decoded.text()).isEqualTo(before + "a\uFFFDb");
        int lines = (int) before.chars().filter(c -> c == '\n').count();
        assertThat(decoded.line()).isEqualTo(lines + 1);
        assertThat(decoded.column()).isEqualTo(2);
    }
}
