package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.conformance.SharedFiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The score of one conformance run over a file of other projects' cases in {@code ../shared/peer/}:
 * how many scored cases we answer as the peer does, and a line for each we do not, printed so that
 * a failing floor shows its cases.
 */
final class PeerScore {

    private int scored;
    private int passed;
    private final List<String> failures = new ArrayList<>();

    /** The {@code cases} of a peer file; the test is skipped when the file is not there. */
    static JsonNode cases(Path file) {
        SharedFiles.require(file);
        return JsonMapper.builder().build().readTree(file.toFile()).get("cases");
    }

    /** Scores one case: passed when {@code got} equals {@code expected}. */
    <T> void score(JsonNode c, Optional<T> expected, Optional<T> got, Function<T, String> show) {
        scored++;
        if (got.equals(expected)) {
            passed++;
        } else {
            failures.add(
                    String.format(
                            "  FAIL %s: text=\"%s\" expected=%s got=%s",
                            c.get("suite").stringValue(),
                            c.get("text").stringValue(),
                            expected.map(show).orElse("none"),
                            got.map(show).orElse("none")));
        }
    }

    /** Prints the score and the failures, so that whatever check fails next shows them. */
    void print(String name, String excluded) {
        System.out.printf("%s: %d/%d (%.1f%%) [%s]%n", name, passed, scored, percent(), excluded);
        failures.forEach(System.out::println);
    }

    /** Asserts the score reaches {@code floorPercent}; {@link #print} shows why it did not. */
    void assertAtLeast(double floorPercent) {
        assertThat(percent()).as("score, see the lines above").isGreaterThanOrEqualTo(floorPercent);
    }

    /**
     * Passed over scored, in percent, rounded down to a tenth so a floor is never met by rounding.
     */
    double percent() {
        return scored == 0
                ? 0
                : BigDecimal.valueOf(passed * 100.0 / scored)
                        .setScale(1, RoundingMode.DOWN)
                        .doubleValue();
    }
}
