package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.episode.ChapterLists.Decision;
import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of {@link ChapterLists} as properties of random lists: every seed is a fixed case, so a
 * failure names the seed that reproduces it.
 */
class ChapterListsPropertiesTest extends ChapterRunFixture {

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    /** How a page writes times past the hour. */
    enum Style {
        /** 1:06:00 */
        HOURS,
        /** 66:00 */
        MINUTES,
        /** 06:00, the hour left out */
        WRAPPED
    }

    private static String mark(long seconds, Style style) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return switch (style) {
            case HOURS ->
                    h > 0
                            ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                            : String.format(Locale.ROOT, "%02d:%02d", m, s);
            case MINUTES -> String.format(Locale.ROOT, "%02d:%02d", seconds / 60, s);
            case WRAPPED -> String.format(Locale.ROOT, "%02d:%02d", m, s);
        };
    }

    private static Style written(Random random) {
        return random.nextBoolean() ? Style.HOURS : Style.MINUTES;
    }

    private static final String[] WORDS = {
        "Intro",
        "Why",
        "Postgres",
        "scales",
        "and",
        "the",
        "Cost",
        "of",
        "ORMs",
        "Q&A",
        "Wrap-up",
        "(part",
        "two)",
        "Ask",
        "Me",
        "Anything?"
    };

    private static String title(Random random, int index) {
        StringBuilder title = new StringBuilder("Topic ").append(index);
        int words = 1 + random.nextInt(5);
        for (int i = 0; i < words; i++) {
            title.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return title.toString();
    }

    private static List<Long> increasing(Random random, int n, long maxGap) {
        List<Long> starts = new ArrayList<>();
        long t = random.nextInt(4) == 0 ? 1 + random.nextInt(120) : 0;
        for (int i = 0; i < n; i++) {
            starts.add(t);
            t += 1 + random.nextLong(maxGap);
        }
        return starts;
    }

    private ChapterRun runOf(List<Long> starts, List<String> titles, boolean headed, Style style) {
        List<ChapterItem> items = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            items.add(at(i + 1, 1, mark(starts.get(i), style), titles.get(i)));
        }
        return new ChapterRun(items, headed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void increasingListsAreKeptWithEndsAtTheNextStart(int seed) {
        Random random = new Random(seed);
        int n = 3 + random.nextInt(38);
        List<Long> starts = increasing(random, n, 20 * 60);
        List<String> titles = IntStream.range(0, n).mapToObj(i -> title(random, i)).toList();
        long last = starts.get(n - 1);
        Optional<Duration> length =
                switch (random.nextInt(3)) {
                    case 0 -> Optional.empty();
                    case 1 -> Optional.of(Duration.ofSeconds(last + 1 + random.nextInt(3600)));
                    default -> Optional.of(Duration.ofSeconds(last - random.nextInt(60)));
                };

        Decision decision =
                ChapterLists.decide(
                        List.of(runOf(starts, titles, random.nextBoolean(), written(random))),
                        length,
                        diagnostics);

        assertThat(decision.rejected()).isEmpty();
        assertThat(starts(decision)).isEqualTo(starts);
        assertThat(titles(decision)).isEqualTo(titles);
        for (int i = 0; i + 1 < n; i++) {
            assertThat(decision.chapters().get(i).end())
                    .contains(Duration.ofSeconds(starts.get(i + 1)));
        }
        Optional<Duration> lastEnd = length.filter(l -> l.getSeconds() > last);
        assertThat(decision.chapters().get(n - 1).end()).isEqualTo(lastEnd);
        assertThat(codes())
                .doesNotContain(
                        "chapter-order",
                        "chapter-rollover",
                        "invalid-timestamp",
                        "chapter-without-title",
                        "chapter-list-ignored");
        assertThat(codes().contains("chapter-late-start")).isEqualTo(starts.get(0) > 0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anySingleItemWithoutHeadingIsRejected(int seed) {
        Random random = new Random(seed);
        String mark =
                random.nextInt(5) == 0
                        ? String.format(
                                Locale.ROOT,
                                "%d:%d%d",
                                random.nextInt(100),
                                6 + random.nextInt(4),
                                random.nextInt(10))
                        : mark(random.nextInt(4 * 3600), written(random));
        String title = random.nextInt(5) == 0 ? "" : title(random, random.nextInt(10));
        ChapterRun lone =
                new ChapterRun(
                        List.of(at(1 + random.nextInt(50), 1 + random.nextInt(80), mark, title)),
                        false);
        Optional<Duration> length =
                random.nextBoolean()
                        ? Optional.empty()
                        : Optional.of(Duration.ofSeconds(random.nextInt(7200)));

        Decision decision = ChapterLists.decide(List.of(lone), length, diagnostics);

        assertThat(decision.chapters()).isEmpty();
        assertThat(decision.rejected()).containsExactly(lone);
        assertThat(found()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void oneSwappedPairKeepsEveryEntryWithOneOrderWarning(int seed) {
        Random random = new Random(seed);
        int n = 4 + random.nextInt(30);
        List<Long> starts = new ArrayList<>(increasing(random, n, 20 * 60));
        List<String> titles =
                new ArrayList<>(IntStream.range(0, n).mapToObj(i -> title(random, i)).toList());
        int i = random.nextInt(n - 1);
        Collections.swap(starts, i, i + 1);
        Collections.swap(titles, i, i + 1);

        Decision decision =
                ChapterLists.decide(
                        List.of(runOf(starts, titles, random.nextBoolean(), written(random))),
                        Optional.empty(),
                        diagnostics);

        assertThat(decision.rejected()).isEmpty();
        assertThat(starts(decision)).isEqualTo(starts);
        assertThat(titles(decision)).isEqualTo(titles);
        List<Diagnostic> order =
                found().stream().filter(d -> d.code().equals("chapter-order")).toList();
        assertThat(order).hasSize(1);
        assertThat(order.get(0).line()).as("at the second line of the pair").isEqualTo(i + 2);
        assertThat(codes()).doesNotContain("chapter-rollover");
        for (Chapter chapter : decision.chapters()) {
            chapter.end().ifPresent(end -> assertThat(end).isGreaterThan(chapter.start()));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anHourRolloverRepairRoundTrips(int seed) {
        Random random = new Random(seed);
        int n = 3 + random.nextInt(38);
        List<Long> starts = increasing(random, n, 25 * 60);
        List<String> titles = IntStream.range(0, n).mapToObj(i -> title(random, i)).toList();
        long last = starts.get(n - 1);
        Optional<Duration> length =
                random.nextBoolean()
                        ? Optional.empty()
                        : Optional.of(Duration.ofSeconds(last + random.nextInt(1800)));
        long crossings =
                IntStream.range(1, n)
                        .filter(i -> starts.get(i) / 3600 > starts.get(i - 1) / 3600)
                        .count();

        // Written without hours: 1:06:00 is "06:00".
        Decision decision =
                ChapterLists.decide(
                        List.of(runOf(starts, titles, random.nextBoolean(), Style.WRAPPED)),
                        length,
                        diagnostics);

        assertThat(decision.rejected()).isEmpty();
        assertThat(starts(decision)).isEqualTo(starts);
        assertThat(codes().stream().filter("chapter-rollover"::equals).count())
                .isEqualTo(crossings);
        assertThat(codes()).doesNotContain("chapter-order");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shuffledTimesAreRejected(int seed) {
        Random random = new Random(seed);
        int n = 16 + random.nextInt(25);
        List<Long> starts = new ArrayList<>(increasing(random, n, 10 * 60));
        Collections.shuffle(starts, random);
        List<String> titles = IntStream.range(0, n).mapToObj(i -> title(random, i)).toList();
        ChapterRun prose =
                runOf(starts, titles, random.nextBoolean(), Style.values()[random.nextInt(3)]);

        Decision decision = ChapterLists.decide(List.of(prose), Optional.empty(), diagnostics);

        assertThat(decision.chapters()).isEmpty();
        assertThat(decision.rejected()).containsExactly(prose);
        assertThat(found()).isEmpty();
    }
}
