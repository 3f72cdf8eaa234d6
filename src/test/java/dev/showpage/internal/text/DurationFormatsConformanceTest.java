package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The public parser against the duration cases of four other projects' suites ({@code
 * ../shared/peer/duration-formats.json}: yt-dlp, podcastparser, ROME, podcast-feed-parser), each
 * text put on the length line of a small page ({@code Duration: <text>}) and read back as the
 * episode's length: so the grammar's tokens decide where the length is, and {@link Durations} reads
 * it. Skipped when the peer data is not beside the project.
 *
 * <p>How a case is scored:
 *
 * <ul>
 *   <li>Whole seconds are compared: an expected fraction ({@code 3723.05} for {@code 01:02:03.05})
 *       is cut off, as our JSON contract holds whole seconds and podcastparser does the same. The
 *       expected value itself is never edited.
 *   <li>{@code null} means the peer refuses the text, and so must we.
 *   <li>The peer quirks in {@link #PEER_QUIRKS} are left out of the score, each for the reason
 *       given there: they contradict another suite in the same file or our contract, so no parser
 *       can pass every suite.
 * </ul>
 */
class DurationFormatsConformanceTest {

    private static final Path PEER = Path.of("../shared/peer/duration-formats.json");

    /** The floor at the measured value: every case that is not a quirk, read through the parser. */
    private static final double FLOOR_PERCENT = 100.0;

    /** Texts whose peer expectation we do not follow, and why. */
    private static final Map<String, String> PEER_QUIRKS =
            Map.of(
                    " ",
                    "podcastparser returns 0 for blank text because 0 doubles as 'unknown' there;"
                        + " our contract leaves an unknown duration out, so blank text is empty",
                    "01:02:03:04",
                    "yt-dlp reads a fourth field as days; ROME refuses four fields (00:00:00:01 is"
                        + " null in the same file) and yt-dlp itself reads 01:02:03:050 as"
                        + " milliseconds, so a fourth field has no safe meaning and we refuse it",
                    "01:02:03:050",
                    "yt-dlp reads the fourth field as milliseconds; see 01:02:03:04 for why four"
                            + " fields are refused",
                    "103:050",
                    "yt-dlp reads a three-digit field after ':' as milliseconds; every other suite"
                        + " and every page writes seconds after ':' with two digits, so 050 is no"
                        + " seconds field");

    /** The length of a page that gives {@code text} as its one episode's length. */
    static Optional<Duration> length(String text) {
        Page page =
                EpisodePageParser.parse(
                        "An episode\nPublished: March 3, 2024\nDuration: " + text + "\n");
        return page.episodes().isEmpty() ? Optional.empty() : page.episodes().get(0).duration();
    }

    @Test
    void peerDurationFormats() {
        JsonNode cases = PeerScore.cases(PEER);
        PeerScore score = new PeerScore();
        Set<String> quirksSeen = new HashSet<>();
        int excluded = 0;
        for (JsonNode c : cases) {
            String text = c.get("text").stringValue();
            if (PEER_QUIRKS.containsKey(text)) {
                quirksSeen.add(text);
                excluded++;
                continue;
            }
            JsonNode seconds = c.get("seconds");
            Optional<Long> expected =
                    seconds.isNull()
                            ? Optional.empty()
                            : Optional.of(
                                    seconds.decimalValue()
                                            .setScale(0, RoundingMode.DOWN)
                                            .longValueExact());
            score.score(c, expected, length(text).map(Duration::getSeconds), String::valueOf);
        }

        score.print("duration-formats", excluded + " peer quirks excluded");
        assertThat(quirksSeen)
                .as("every listed quirk is a case of the file")
                .containsExactlyInAnyOrderElementsOf(PEER_QUIRKS.keySet());
        // Pinned: a quirk's text appearing in more cases would widen what is set aside unseen.
        assertThat(excluded).as("cases set aside as quirks").isEqualTo(PEER_QUIRKS.size());
        score.assertAtLeast(FLOOR_PERCENT);
    }
}
