package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A page of 50 MB parses in a heap of less than ten times its size. Surefire runs this class alone
 * in its own JVM with {@code -Xmx450m} (the pom's {@code big-page-heap} execution): a parser that
 * held the whole page's tokens and parse tree at once needed over 2 GB for it.
 */
class BigPageHeapTest {

    private static final int PAGE_CHARS = 50_000_000;

    @Test
    void aPageOfFiftyMegabytesParsesInAHeapOfLessThanTenTimesItsSize() {
        // Meaningful only in the small heap of its own execution (a -Dtest run may pick it up in
        // a big one too).
        Assumptions.assumeTrue(
                Runtime.getRuntime().maxMemory() < 10L * PAGE_CHARS,
                "runs in the big-page-heap execution, with -Xmx450m");
        BigPages pages = BigPages.fromExample();
        int cards = pages.cardsFor(PAGE_CHARS);
        String text = pages.withCards(cards);
        assertThat(text.length()).isGreaterThanOrEqualTo(PAGE_CHARS);
        assertThat(Runtime.getRuntime().maxMemory()).isLessThan(10L * text.length());

        Page page = EpisodePageParser.parse(text);

        // Every card is an episode, and the last copy of the first card reads as the first does.
        assertThat(page.episodes()).hasSize(cards);
        int lastCopy = (cards - 1) / pages.cardCount() * pages.cardCount();
        Episode first = page.episodes().get(0);
        Episode copy = page.episodes().get(lastCopy);
        assertThat(copy.rank()).isEqualTo(lastCopy + 1);
        assertThat(copy.released()).isEqualTo(first.released());
        assertThat(copy.chapters()).isEqualTo(first.chapters());
        assertThat(copy.people()).isEqualTo(first.people());
        assertThat(copy.title().orElseThrow()).startsWith(first.title().orElseThrow());
        assertThat(page.faq()).isPresent();
        assertThat(page.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    }
}
