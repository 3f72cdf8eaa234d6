package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.DateOrder;
import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The public parser against the date cases of four other projects' suites ({@code
 * ../shared/peer/date-formats.json}: yt-dlp, podcastparser, ROME, podcast-feed-parser), each text
 * put on the release line of a small page ({@code Published: <text>}) and read back as the
 * episode's release date: so the grammar's tokens decide where the date is, and {@link Dates} reads
 * it. Skipped when the peer data is not beside the project.
 *
 * <p>Only <b>date-only cases</b> are scored, because we return a calendar date and most peers
 * return an instant. A case is date-only when
 *
 * <ul>
 *   <li>it has an {@code expected_date} (yt-dlp's {@code unified_strdate}: the date as written, in
 *       the text's own zone, which is exactly our contract; {@code null} means refused), or
 *   <li>its text holds no time of day (no {@code H:MM}, no {@code 5 pm}); then the peer's instant
 *       is midnight UTC of the written date, or {@code null} when the peer refuses the text.
 * </ul>
 *
 * The other cases are date-times whose expected instant has been moved to UTC (or to a zone the
 * peer assumes), so its date is not the date the page shows; they are counted but not scored. That
 * also puts the two yt-dlp quirks marked in the file's {@code note} (the zone {@code PST} ignored,
 * {@code 12:00pm} read as 24:00) out of the score; they would be excluded anyway.
 *
 * <p>Numeric dates are read in the order the peer test asks for ({@code day_first}), which our
 * callers pass as a {@link DateOrder}; without that option, in the library's default (month first).
 * Dates are compared as calendar dates.
 */
class DateFormatsConformanceTest {

    private static final Path PEER = Path.of("../shared/peer/date-formats.json");

    /**
     * The floor at the measured value: every date-only case, read through the parser (30 of 30).
     */
    private static final double FLOOR_PERCENT = 100.0;

    /** A time of day: {@code 17:00}, {@code 5:45PM}, {@code 6 pm}. */
    private static final Pattern TIME_OF_DAY =
            Pattern.compile("\\d{1,2}:\\d{2}|\\d{1,2}\\s*[ap]\\.?m\\b", Pattern.CASE_INSENSITIVE);

    /** Date-only texts we leave out of the score, and why. */
    private static final Map<String, String> OUT_OF_SCOPE =
            Map.of(
                    "2005-07",
                    "a W3C date of reduced precision (a month): ROME fills in the 1st, but our"
                            + " contract holds calendar days and never invents one",
                    "2005",
                    "a W3C date of reduced precision (a year): ROME fills in 1 January, which we do"
                            + " not invent");

    @Test
    void peerDateFormats() {
        JsonNode cases = PeerScore.cases(PEER);
        PeerScore score = new PeerScore();
        int dateTimes = 0;
        Set<String> excludedSeen = new HashSet<>();
        for (JsonNode c : cases) {
            String text = c.get("text").stringValue();
            boolean hasExpectedDate = c.has("expected_date");
            if (!hasExpectedDate && TIME_OF_DAY.matcher(text).find()) {
                dateTimes++;
                continue;
            }
            if (OUT_OF_SCOPE.containsKey(text)) {
                excludedSeen.add(text);
                continue;
            }
            Optional<LocalDate> expected =
                    hasExpectedDate ? date(c.get("expected_date")) : date(c.get("expected_utc"));
            score.score(c, expected, released(text, order(c)), LocalDate::toString);
        }

        score.print(
                "date-formats (date-only cases)",
                excludedSeen.size() + " out of scope, " + dateTimes + " date-times not scored");
        assertThat(excludedSeen)
                .as("every out-of-scope text is a date-only case of the file")
                .containsExactlyInAnyOrderElementsOf(OUT_OF_SCOPE.keySet());
        score.assertAtLeast(FLOOR_PERCENT);
    }

    /** The release date of a page that gives {@code text} as its one episode's date. */
    static Optional<LocalDate> released(String text, DateOrder order) {
        Page page =
                EpisodePageParser.builder()
                        .dateOrder(order)
                        .build()
                        .parsePage("An episode\nPublished: " + text + "\n");
        return page.episodes().isEmpty() ? Optional.empty() : page.episodes().get(0).released();
    }

    /** {@code 2010-12-21} or {@code 2010-12-21T00:00:00Z} as its calendar date; null as none. */
    private static Optional<LocalDate> date(JsonNode value) {
        return value == null || value.isNull()
                ? Optional.empty()
                : Optional.of(LocalDate.parse(value.stringValue().substring(0, 10)));
    }

    private static DateOrder order(JsonNode c) {
        JsonNode dayFirst = c.path("peer_options").path("day_first");
        return dayFirst.isBoolean() && dayFirst.booleanValue()
                ? DateOrder.DAY_MONTH_YEAR
                : DateOrder.MONTH_DAY_YEAR;
    }
}
