package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every {@code testdata/fuzz/*.input}: inputs that once broke the parser, named after what
 * they show. Each must parse within the bound, the lenient parse must not throw, the strict one
 * must throw nothing but {@link EpisodePageParseException} (at a position of the input, with the
 * input there as its offending text), and every non-blank line must be accounted for; the same
 * holds when the file is read through {@code parse(Path)}, which decodes the bytes itself.
 */
// Only against a hang, and not preemptive: each parse's cost is counted (Invariants).
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FuzzCorpusReplayTest {

    /** The inputs the corpus was seeded with; the test fails if one goes missing. */
    static final List<String> SEEDED =
            List.of(
                    "one-line-of-prose.input",
                    "two-lines-of-prose.input",
                    "listener-count-alone.input",
                    "top-n-overflow-heading.input",
                    "date-line-duration-overflow.input",
                    "card-duration-overflow.input",
                    "paragraph-and-unit-separators-only.input",
                    "cr-only-line-ends.input",
                    "chapter-time-without-title.input");

    static Stream<Path> inputs() {
        return Corpus.fuzzInputs().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void replayedInputKeepsEveryInvariant(Path file) {
        String text = Corpus.read(file);

        List<String> problems = Invariants.violations(file.toString(), text);

        assertThat(problems).as("%s, escaped: \"%s\"", file, Corpus.escape(text, 2000)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void replayedFileReadAsBytesNeverThrowsOtherwise(Path file) {
        List<String> problems = new ArrayList<>();
        String decoded = Corpus.read(file);
        String[] lines = Invariants.linesAsParsed(decoded);
        try {
            Page page = EpisodePageParser.parse(file);
            for (var d : page.diagnostics()) {
                String where = Invariants.position(d.line(), d.column(), lines);
                if (where != null) {
                    problems.add("diagnostic " + d + " is " + where);
                }
            }
        } catch (Throwable t) {
            problems.add("lenient parse(Path) threw " + Invariants.stackTrace(t));
        }
        try {
            Invariants.STRICT.parsePage(file);
        } catch (EpisodePageParseException e) {
            String where = Invariants.position(e.line(), e.column(), lines);
            if (where != null) {
                problems.add("strict exception '" + e.getMessage() + "' is " + where);
            }
        } catch (Throwable t) {
            problems.add(
                    "strict parse(Path) threw something other than EpisodePageParseException: "
                            + Invariants.stackTrace(t));
        }

        assertThat(problems).as("%s read through parse(Path)", file).isEmpty();
    }

    @Test
    void corpusHoldsTheInputsItWasSeededWith() {
        for (String name : SEEDED) {
            assertThat(Files.isRegularFile(Corpus.FUZZ.resolve(name))).as(name).isTrue();
        }
        // Only *.input files are replayed; a .txt would be taken for an example page.
        assertThat(Corpus.fuzzInputs()).hasSizeGreaterThanOrEqualTo(SEEDED.size());
    }
}
