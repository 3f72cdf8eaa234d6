package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

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

        assertThat(Invariants.lenientViolations("lenient", text, lenient))
                .as("escaped input: \"%s\"", Corpus.escape(text, 2000))
                .isEmpty();
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
