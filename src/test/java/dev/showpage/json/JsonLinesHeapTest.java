package dev.showpage.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * JSON Lines of 100,000 pages in a small, fixed heap. Surefire runs this class alone in its own JVM
 * with {@code -Xmx32m} (see the pom's {@code json-lines-heap} execution): a writer that kept what
 * it wrote would run out of memory long before the end, since the output is far larger than the
 * heap.
 */
class JsonLinesHeapTest {

    private static final int PAGES = 100_000;

    private static final String PAGE =
            """

            Harbour Lights Radio
            Quay Street Audio

            12 Listeners
            All episodes
            Best episodes
            Top 1 Harbour Lights Radio Episodes
            The one episode listeners keep coming back to.

            Knots for cold hands with Ada Brennan
            Harbour Lights Radio
            03/04/25 • 42 min
            Ada Brennan shows three knots that hold when your fingers are numb.
            Follow Ada:
            Website: https://ada.example.org - photos of every knot.
            Chapters:
            00:00 - Welcome aboard
            05:30 - The bowline, again
            21:10 - Questions from the quay

            3 Listeners
            """;

    @Test
    void hundredThousandPagesStreamThroughASmallHeap() {
        // Meaningful only in the small heap of its own execution (a -Dtest run may pick it up in
        // the big one too).
        Assumptions.assumeTrue(
                Runtime.getRuntime().maxMemory() < 64L * 1024 * 1024,
                "runs in the json-lines-heap execution, with -Xmx32m");
        Page page = EpisodePageParser.parse(PAGE);
        String expectedLine = PageJson.toCompactJson(page);
        LineCounter out = new LineCounter();

        try (JsonLinesWriter lines = new JsonLinesWriter(out)) {
            for (int i = 0; i < PAGES; i++) {
                lines.write(page);
            }
            assertThat(lines.pagesWritten()).isEqualTo(PAGES);
        }

        long bytesPerLine = expectedLine.getBytes(StandardCharsets.UTF_8).length + 1;
        assertThat(out.lines).isEqualTo(PAGES);
        assertThat(out.bytes).isEqualTo(bytesPerLine * PAGES);
        assertThat(out.bytes).isGreaterThan(Runtime.getRuntime().maxMemory());
        assertThat(out.firstLine()).isEqualTo(expectedLine);
        assertThat(PageJson.fromJson(out.firstLine())).isEqualTo(page);
    }

    /** Counts bytes and line breaks, keeps the first line, and drops the rest. */
    private static final class LineCounter extends OutputStream {
        long bytes;
        long lines;
        final ByteArrayOutputStream first = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            count(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                count(b[i]);
            }
        }

        private void count(int b) {
            bytes++;
            if (lines == 0 && b != '\n') {
                first.write(b);
            }
            if (b == '\n') {
                lines++;
            }
        }

        String firstLine() {
            return first.toString(StandardCharsets.UTF_8);
        }
    }
}
