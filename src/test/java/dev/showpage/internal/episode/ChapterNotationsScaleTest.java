package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The looks around a time (signs before it, the line under it, a damaged time above a list) stay
 * within a few tokens, so that long lines and long runs of the shapes they look for parse in time
 * linear in the input: each input here is parsed well inside the limit, where a look per sign or
 * per line over the rest would take minutes.
 */
class ChapterNotationsScaleTest {

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of(
                        "signs and bullets on one line",
                        "* \u2022 ".repeat(50_000) + "00:00 Intro\n"),
                Arguments.of(
                        "a number, then signs",
                        "1. " + "\u25B6 ".repeat(100_000) + "00:00 Intro\n"),
                Arguments.of("times alone on 50,000 lines", "00:00\n".repeat(50_000)),
                Arguments.of("times alone over titles", "00:00\nIntro\n".repeat(30_000)),
                Arguments.of("damaged times over a list", "0:0 Intro\n04:30 Next\n".repeat(20_000)),
                Arguments.of(
                        "one line of damaged times", "0:0:0;0.".repeat(50_000) + "\n04:30 Next\n"),
                Arguments.of(
                        "a heading over lines of signs",
                        ("Chapters:\n" + "- ".repeat(5_000) + "\n04:30 Next\n").repeat(20)),
                Arguments.of("ranges run together", "00:00-04:30 ".repeat(50_000) + "\n"),
                Arguments.of("brackets around times", "{00:00} ".repeat(50_000) + "\n"),
                Arguments.of("player positions", "00:00 / 45:12 ".repeat(50_000) + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void parsesInLinearTime(String name, String input) {
        Page page = EpisodePageParser.parse(input);

        assertThat(page).isNotNull();
    }
}
