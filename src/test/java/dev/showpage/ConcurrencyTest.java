package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One parser shared by 2, 4 and 8 threads: each thread parses the example page and mutated variants
 * of it, in an order of its own, until a time bound; every result must equal what the same parser
 * gave for that page on one thread. Run for a lenient and a strict parser (for the strict one, the
 * exception's diagnostic is the result).
 */
class ConcurrencyTest {

    /** The example page and this many mutated variants. */
    static final int VARIANTS = 15;

    /** First seed of the variants: variant i is {@code new Mutator(VARIANT_SEED + i)}. */
    static final long VARIANT_SEED = 7_000;

    static final long RUN_MILLIS = 1_000;

    static final int MAX_ITERATIONS_PER_THREAD = 400;

    /** What a parse gave: a page, or the diagnostic of the strict exception. */
    private static Object outcome(EpisodePageParser parser, String text) {
        try {
            return parser.parsePage(text);
        } catch (EpisodePageParseException e) {
            return e.diagnostic();
        } catch (RuntimeException e) {
            // Not this test's concern (the property tests catch it), but it must be the same on
            // every thread.
            return "threw " + e;
        }
    }

    static List<String> pages() {
        String example = Corpus.example();
        List<String> pages = new ArrayList<>();
        pages.add(example);
        for (int i = 0; i < VARIANTS; i++) {
            pages.add(new Mutator(VARIANT_SEED + i).mutate(example));
        }
        return pages;
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 4, 8})
    @Timeout(30)
    void sharedLenientParserGivesEveryThreadTheSingleThreadResult(int threads) throws Exception {
        runShared(EpisodePageParser.builder().build(), threads);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 4, 8})
    @Timeout(30)
    void sharedStrictParserGivesEveryThreadTheSingleThreadResult(int threads) throws Exception {
        runShared(EpisodePageParser.builder().strict(true).build(), threads);
    }

    private static void runShared(EpisodePageParser shared, int threads) throws Exception {
        List<String> pages = pages();
        List<Object> expected = new ArrayList<>();
        for (String page : pages) {
            expected.add(outcome(shared, page));
        }
        assertThat(expected).filteredOn(o -> o instanceof Page).as("pages parsed").isNotEmpty();

        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    long deadline =
                                            System.nanoTime()
                                                    + TimeUnit.MILLISECONDS.toNanos(RUN_MILLIS);
                                    int iterations = 0;
                                    // Each thread walks the pages in its own order, so that
                                    // different pages overlap.
                                    while (iterations < MAX_ITERATIONS_PER_THREAD
                                            && (iterations < pages.size()
                                                    || System.nanoTime() < deadline)) {
                                        int k =
                                                (thread * 5 + iterations * (1 + 2 * thread))
                                                        % pages.size();
                                        Object actual = outcome(shared, pages.get(k));
                                        if (!Objects.equals(actual, expected.get(k))) {
                                            mismatches.add(
                                                    "thread "
                                                            + thread
                                                            + ", iteration "
                                                            + iterations
                                                            + ", page "
                                                            + k
                                                            + " (variant seed "
                                                            + (k == 0
                                                                    ? "none: the example"
                                                                    : VARIANT_SEED + k - 1)
                                                            + "): "
                                                            + abbreviate(actual)
                                                            + " instead of "
                                                            + abbreviate(expected.get(k)));
                                        }
                                        iterations++;
                                    }
                                    return iterations;
                                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : done) {
                int iterations = f.get();
                assertThat(iterations)
                        .as("iterations of one thread")
                        .isGreaterThanOrEqualTo(pages.size());
                total += iterations;
            }
            System.out.printf(
                    "Concurrency (%s parser): %d threads, %d pages, %d parses%n",
                    shared.isStrict() ? "strict" : "lenient", threads, pages.size(), total);
        } finally {
            pool.shutdownNow();
        }

        assertThat(mismatches).as("results that differ from the single-thread result").isEmpty();
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
