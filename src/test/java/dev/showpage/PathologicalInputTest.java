package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs shaped to make a parser backtrack, recurse or look far ahead. Each must parse and give a
 * page, never an exception, with the grammar's work counted per token ({@link ParseCost}) rather
 * than timed: speed is measured in the JMH benchmarks.
 */
class PathologicalInputTest {

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of(
                        "100,000 prose lines",
                        "The tide came in slowly over the flats.\n".repeat(100_000)),
                Arguments.of(
                        "10,000 timestamp lines",
                        lines(
                                10_000,
                                i ->
                                        String.format(
                                                "%02d:%02d - Part %d", i / 60 % 100, i % 60, i))),
                Arguments.of("one 5 MB line with no line break", "word ".repeat(1_000_000)),
                Arguments.of(
                        "300,000 show names on one line",
                        "the Harbour Lights Podcast ".repeat(300_000)),
                Arguments.of(
                        "50,000 greetings and labels",
                        "Welcome to the Night Ferry, a weekly podcast.\nEpisode 12\n• null\n"
                                .repeat(50_000)),
                Arguments.of(
                        "10,000 unclosed brackets", "(".repeat(10_000) + "\n" + "[".repeat(10_000)),
                Arguments.of(
                        "a 100,000-character URL",
                        "Link: https://example.com/" + "a".repeat(100_000) + "\n"),
                Arguments.of("100,000 listener lines", "1 Listener\n".repeat(100_000)),
                Arguments.of(
                        "20,000 chapters on one line",
                        "Chapters: "
                                + lines(
                                                20_000,
                                                i ->
                                                        String.format(
                                                                "%d:%02d:%02d Part %d",
                                                                i / 3600, i / 60 % 60, i % 60, i))
                                        .replace('\n', ' ')),
                Arguments.of(
                        "10,000 cards without listener counts",
                        ("Title\nShow\n02/17/25 • 84 min\n" + "Body.\n").repeat(10_000)),
                Arguments.of("50,000 'Follow' headings on one line", "Follow Ann: ".repeat(50_000)),
                // Runs a lexer rule could scan to their end from every position (e-mail local
                // parts, dotted host labels, bracketed URL paths): each must be one scan.
                Arguments.of("a 200,000-character hyphenated run", "a-".repeat(100_000) + "\n"),
                Arguments.of("a 200,000-character dotted number", "1.".repeat(100_000) + "\n"),
                Arguments.of("a 200,000-character dotted word", "a.".repeat(100_000) + "\n"),
                Arguments.of("100,000 at signs between letters", "x@".repeat(50_000) + "\n"),
                Arguments.of(
                        "a URL followed by 50,000 open brackets",
                        "https://example.com/" + "(".repeat(50_000) + "\n"),
                Arguments.of(
                        "CR, CRLF and LF mixed, with a byte order mark",
                        "\uFEFF"
                                + "Title\rShow\r\n02/17/25 • 84 min\nBody.\r\n\r1 Listener\n"
                                        .repeat(5_000)));
    }

    private static String lines(int count, IntFunction<String> line) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(line.apply(i)).append('\n');
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    // Only against a hang, and not preemptive: the cost is bounded by counting, below. A linear
    // parse of these inputs takes a few seconds even on a busy machine; a quadratic one, minutes.
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void parsesWithoutHangingOrThrowing(String name, String input) {
        Page page = EpisodePageParser.parse(input);

        assertThat(page).isNotNull();
        assertThat(page.diagnostics().size())
                .isLessThanOrEqualTo(EpisodePageParser.DEFAULT_MAX_DIAGNOSTICS + 1);
        double cost = ParseCost.lookaheadPerToken(input);
        assertThat(cost)
                .as("tokens the grammar looked at per token of the input")
                .isLessThan(ParseCost.MAX_LOOKAHEAD_PER_TOKEN);
    }
}
