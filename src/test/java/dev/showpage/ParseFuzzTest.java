package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * Coverage-guided fuzzing of the parser against {@link Invariants}. Every test run replays the
 * committed inputs of {@code ParseFuzzTestInputs/<method>/} (under src/test/resources); {@code
 * JAZZER_FUZZ=1} fuzzes one method (see the README's Fuzzing). The bytes are read as UTF-8 with
 * U+FFFD for what is not UTF-8, as {@code parse(Path)} reads a file.
 */
class ParseFuzzTest {

    /**
     * The lenient parse never throws, puts every diagnostic at a position of the input, accounts
     * for every non-blank line and keeps the model's contract.
     */
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void lenient(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        Invariants.Outcome lenient = Invariants.parse(Invariants.LENIENT, text);

        assertThat(Invariants.lenientViolations("lenient", text, lenient, FUZZING ? null : KNOWN))
                .as("escaped input: \"%s\"", Corpus.escape(text, 2000))
                .isEmpty();
    }

    /** Whether this run fuzzes ({@code JAZZER_FUZZ=1}) rather than replays the inputs. */
    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null;

    /**
     * How many lines the committed inputs lose in a known way ({@link LineAccounting.Known}): one
     * input repeats the line "Where to find Tamsin:", whose person the page keeps once. While
     * fuzzing, such a loss is a finding like any other.
     */
    static final int PINNED_KNOWN = 1;

    private static final Map<LineAccounting.Known, List<String>> KNOWN =
            new EnumMap<>(LineAccounting.Known.class);

    @AfterAll
    static void knownLossesAreThePinnedOnes() {
        if (FUZZING) {
            return;
        }
        assertThat(KNOWN.values().stream().mapToInt(List::size).sum())
                .as("lines the committed inputs lose in a known way: %s", KNOWN)
                .isEqualTo(PINNED_KNOWN);
    }

    /**
     * The strict parse throws nothing but {@link EpisodePageParseException}, at a position of the
     * input with the input there as its offending text, for the lenient parse's first error; and
     * without an error it gives the lenient page.
     */
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void strict(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        Invariants.Outcome strict = Invariants.parse(Invariants.STRICT, text);
        Invariants.Outcome lenient = Invariants.parse(Invariants.LENIENT, text);

        assertThat(Invariants.strictViolations("strict", text, strict, lenient))
                .as("escaped input: \"%s\"", Corpus.escape(text, 2000))
                .isEmpty();
    }
}
