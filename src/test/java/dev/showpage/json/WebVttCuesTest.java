package dev.showpage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test reader {@link WebVttCues} itself: it must refuse what the WebVTT syntax refuses, or the
 * tests that read the writer's files through it would pass on broken files.
 */
class WebVttCuesTest {

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("no header", "00:00.000 --> 00:01.000\nA\n", "line 1"),
                Arguments.of("header glued to text", "WEBVTTX\n", "line 1"),
                Arguments.of("no blank line", "WEBVTT\n00:00.000 --> 00:01.000\nA\n", "blank"),
                Arguments.of(
                        "one-digit hour", "WEBVTT\n\n1:00:00.000 --> 1:00:01.000\nA\n", "timings"),
                Arguments.of(
                        "minute 60", "WEBVTT\n\n00:60:00.000 --> 01:00:01.000\nA\n", "timings"),
                Arguments.of(
                        "two-digit millis", "WEBVTT\n\n00:00.00 --> 00:01.000\nA\n", "timings"),
                Arguments.of(
                        "no space before -->", "WEBVTT\n\n00:00.000--> 00:01.000\nA\n", "timings"),
                Arguments.of("end before start", "WEBVTT\n\n00:02.000 --> 00:01.000\nA\n", "end"),
                Arguments.of("end at start", "WEBVTT\n\n00:02.000 --> 00:02.000\nA\n", "end"),
                Arguments.of(
                        "--> in the payload",
                        "WEBVTT\n\n00:00.000 --> 00:01.000\nA --> B\n",
                        "payload"),
                Arguments.of(
                        "starts before the cue before",
                        "WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:01.000 --> 00:02.000\nB\n",
                        "before"),
                Arguments.of(
                        "overlap",
                        "WEBVTT\n\n00:00.000 --> 00:06.000\nA\n\n00:05.000 --> 00:08.000\nB\n",
                        "overlap"),
                Arguments.of("a tag", "WEBVTT\n\n00:00.000 --> 00:01.000\n<b>A</b>\n", "tag"),
                Arguments.of("a bare &", "WEBVTT\n\n00:00.000 --> 00:01.000\nA & B\n", "&"),
                Arguments.of(
                        "two payload lines",
                        "WEBVTT\n\n00:00.000 --> 00:01.000\nA\nB\n",
                        "one line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void refusesWhatTheSyntaxRefuses(String name, String file, String rule) {
        assertThatThrownBy(() -> WebVttCues.parse(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(rule);
    }

    @org.junit.jupiter.api.Test
    void readsWhatTheSyntaxAllows() {
        // Hours left out, an identifier, a header text, nested chapters, CRLF line ends,
        // references.
        String file =
                "WEBVTT - chapters\r\n\r\nintro\r\n00:00.000 --> 01:00:00.000\r\nAll &amp; more\r\n"
                        + "\r\n00:00.000 --> 10:00.000\r\nPart &lt;1&gt;\r\n";
        assertThat(WebVttCues.parse(file))
                .containsExactly(
                        new WebVttCues.Cue(4, 0, 3_600_000, "All & more"),
                        new WebVttCues.Cue(7, 0, 600_000, "Part <1>"));
    }
}
