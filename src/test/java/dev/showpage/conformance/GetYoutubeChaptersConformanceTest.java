package dev.showpage.conformance;

import static dev.showpage.conformance.YoutubeDlChaptersConformanceTest.PEER;
import static dev.showpage.conformance.YoutubeDlChaptersConformanceTest.cases;
import static dev.showpage.conformance.YoutubeDlChaptersConformanceTest.compare;
import static dev.showpage.conformance.YoutubeDlChaptersConformanceTest.id;
import static dev.showpage.conformance.YoutubeDlChaptersConformanceTest.ours;
import static dev.showpage.conformance.YoutubeDlChaptersConformanceTest.withOurEnds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.conformance.YoutubeDlChaptersConformanceTest.Board;
import dev.showpage.conformance.YoutubeDlChaptersConformanceTest.Mark;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * get-youtube-chapters' cases ({@code ../shared/peer/get-youtube-chapters.json}) run through the
 * public parser: each {@code description} (the exact text, with its leading line break and trailing
 * blanks) is a page, and its episodes' chapters must have the peer's starts and titles.
 *
 * <p>The peer returns no end times and takes no length, so ends are ours: the next chapter's start,
 * and none for the last. This suite cuts track numbers as we do, so there is nothing to disagree
 * on: every case must match exactly, including "prefix dash", which the peer itself skips ({@code
 * test.skip}: its parser would keep the fullwidth dash {@code －} in the titles).
 */
class GetYoutubeChaptersConformanceTest {

    private static final Path FILE = PEER.resolve("get-youtube-chapters.json");

    /** The goal, all 8, is reached. */
    private static final int FLOOR = 8;

    @Test
    void scoreboard() {
        Board board = new Board("get-youtube-chapters");
        for (JsonNode c : cases(FILE)) {
            List<Mark> expected = withOurEnds(c.get("chapters"));
            List<Mark> ours = ours(c.get("description").stringValue());
            String skipped =
                    c.get("skipped_in_peer").booleanValue() ? " (skipped by the peer)" : "";
            board.add(id(c) + skipped, compare(expected, ours, false));
        }
        board.print();
        assertThat(board.passed()).as("get-youtube-chapters passed").isGreaterThanOrEqualTo(FLOOR);
    }
}
