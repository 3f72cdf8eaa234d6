package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests: every page of testdata (and of the fuzz corpus), damaged by one to three
 * random mutations (lines deleted, duplicated, swapped or inserted; the text cut at any character;
 * characters replaced by NUL, lone surrogates, direction marks, combining marks, emoji...), parses
 * with a bounded grammar cost ({@link ParseCost}) in both modes, the lenient parse never throws,
 * the strict one throws only {@code EpisodePageParseException} at a position of the input, and
 * every non-blank line is accounted for.
 *
 * <p>The seed picks the mutations, so a failure is reproduced by its page and seed alone: {@code
 * mvn test -Dtest=MutationPropertyTest -Dreliability.seeds=123}. A longer search: {@code
 * -Dreliability.firstSeed=1000 -Dreliability.seedsPerPage=20000}.
 */
// Only against a hang, and not preemptive: each parse's cost is counted (Invariants).
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class MutationPropertyTest {

    /** Seeds per example page (*.txt): the rich pages get most of the mutations. */
    private static final int SEEDS_PER_PAGE = Integer.getInteger("reliability.seedsPerPage", 120);

    /** Seeds per fuzz input (*.input): small inputs, each a few mutations. */
    private static final int SEEDS_PER_INPUT = Integer.getInteger("reliability.seedsPerInput", 5);

    /** The first seed of each page; {@code -Dreliability.firstSeed} moves the whole range. */
    private static final long FIRST_SEED = Long.getLong("reliability.firstSeed", 1);

    /**
     * Every page with its seeds: seeds 1 to 120 for each page of testdata (the example page), 1 to
     * 5 for each input of testdata/fuzz; about 200 cases of one to three mutations each. The seed
     * alone decides the mutations of a page, so adding pages changes no existing case. {@code
     * -Dreliability.seeds=17,42} runs just those seeds on every page.
     */
    static Stream<Arguments> pagesAndSeeds() {
        List<Corpus.Entry> pages = Corpus.pages();
        assertThat(pages).as("pages under testdata").isNotEmpty();
        String listed = System.getProperty("reliability.seeds");
        return pages.stream()
                .flatMap(
                        page -> {
                            LongStream seeds;
                            if (listed != null && !listed.isBlank()) {
                                seeds =
                                        Arrays.stream(listed.split(","))
                                                .mapToLong(s -> Long.parseLong(s.trim()));
                            } else {
                                int count =
                                        page.name().endsWith(".input")
                                                ? SEEDS_PER_INPUT
                                                : SEEDS_PER_PAGE;
                                seeds = LongStream.range(FIRST_SEED, FIRST_SEED + count);
                            }
                            return seeds.mapToObj(seed -> Arguments.of(seed, page));
                        });
    }

    /**
     * The lines the mutated pages lose in a known way ({@link LineAccounting.Known}), by kind, as
     * last measured over the default seeds: each is a loss of the generic layout or of the episode
     * notes (outside the Goodpods layout), listed when the run ends. The run fails when the count
     * of a kind differs (more: a new loss; fewer: lower the pin). Seeds given on the command line
     * are not held to it. The repeated lines went from 16 to 20 when the generic layout learnt to
     * take a line printed twice around a title as the show (a duplicated show-name or title line is
     * then kept once, as that).
     */
    static final Map<LineAccounting.Known, Integer> PINNED_KNOWN =
            Map.of(
                    LineAccounting.Known.REPEATED_LINE, 20,
                    LineAccounting.Known.FOLLOWED_AGAIN, 5);

    private static final Map<LineAccounting.Known, List<String>> KNOWN =
            new EnumMap<>(LineAccounting.Known.class);

    @AfterAll
    static void knownLossesAreThePinnedOnes() {
        boolean defaultSeeds =
                System.getProperty("reliability.seeds") == null
                        && SEEDS_PER_PAGE == 120
                        && SEEDS_PER_INPUT == 5
                        && FIRST_SEED == 1;
        StringBuilder report = new StringBuilder();
        KNOWN.forEach(
                (kind, lines) -> {
                    report.append(kind).append(": ").append(lines.size()).append('\n');
                    lines.forEach(l -> report.append("  ").append(l).append('\n'));
                });
        System.out.print("Lines the mutated pages lose in a known way:\n" + report);
        if (!defaultSeeds) {
            return;
        }
        for (LineAccounting.Known kind : LineAccounting.Known.values()) {
            assertThat(KNOWN.getOrDefault(kind, List.of()).size())
                    .as("lines lost as %s, pinned in PINNED_KNOWN\n%s", kind, report)
                    .isEqualTo(PINNED_KNOWN.get(kind));
        }
    }

    @ParameterizedTest(name = "seed {0} on {1}")
    @MethodSource("pagesAndSeeds")
    void mutatedPageParsesWithinItsBoundAndLosesNoLine(long seed, Corpus.Entry page) {
        Mutator mutator = new Mutator(seed);
        String mutated = mutator.mutate(page.text());
        String context = "seed " + seed + " on " + page.name() + " " + mutator.applied();

        List<String> problems = Invariants.violations(context, mutated, KNOWN);

        assertThat(problems)
                .as("%s; the mutated input, escaped: \"%s\"", context, Corpus.escape(mutated, 2000))
                .isEmpty();
    }
}
