package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.DateOrder;
import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
 * <p>We return a calendar date, and most peers an instant. Every case whose written date can be
 * compared is scored:
 *
 * <ul>
 *   <li>a case with an {@code expected_date} (yt-dlp's {@code unified_strdate}: the date as
 *       written, in the text's own zone, which is exactly our contract; {@code null} means
 *       refused);
 *   <li>a date-only case (no {@code H:MM}, no {@code 5 pm}): the peer's instant is midnight UTC of
 *       the written date, or {@code null} when the peer refuses the text;
 *   <li>a date-time whose written date is the date of its instant in UTC: the instant moved back by
 *       the text's own offset ({@code +0100}, {@code Z}, {@code GMT}, {@code EDT}, ...; else the
 *       offset the peer is told to assume, else none) falls on the same day.
 * </ul>
 *
 * Set aside, each counted and pinned so that a change in the data cannot widen them unseen: the
 * date-times whose written date is another day in UTC, those the peer refuses for a reason of its
 * own (no instant to compare), and the texts of {@link #OUT_OF_SCOPE}.
 *
 * <p>Numeric dates are read in the order the peer test asks for ({@code day_first}), which our
 * callers pass as a {@link DateOrder}; without that option, in the library's default (month first).
 * Dates are compared as calendar dates.
 */
class DateFormatsConformanceTest {

    private static final Path PEER = Path.of("../shared/peer/date-formats.json");

    /** The floor at the measured value: every scored case, read through the parser (59 of 59). */
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
                            + " not invent",
                    "wed, aug 16, 2008, 12:00pm",
                    "a yt-dlp quirk its note marks: 12:00pm read as 24:00, so its instant is on the"
                            + " next day; the page shows 16 August");

    /** The offsets of the zone names and letters the cases end with, in hours from UTC. */
    private static final Map<String, Integer> ZONE_HOURS =
            Map.of(
                    "Z",
                    0,
                    "GMT",
                    0,
                    "UT",
                    0,
                    "UTC",
                    0,
                    // The military letter Q, which the peer's note says it takes as UTC.
                    "Q",
                    0,
                    "PST",
                    -8,
                    "EDT",
                    -4,
                    "MDT",
                    -6,
                    "MEZ",
                    1);

    /** A numeric offset or a zone name at the end of the text. */
    private static final Pattern ZONE =
            Pattern.compile("(?:([+-])(\\d{2}):?(\\d{2})|([A-Z]{1,3}))\\s*$");

    /** The cases the suite sets aside, by reason; a change in the data must change these. */
    private static final int SET_ASIDE_OTHER_DAY_IN_UTC = 6;

    private static final int SET_ASIDE_REFUSED_BY_PEER = 2;

    @Test
    void peerDateFormats() {
        JsonNode cases = PeerScore.cases(PEER);
        PeerScore score = new PeerScore();
        int otherDayInUtc = 0;
        int refusedByPeer = 0;
        int dateTimesScored = 0;
        Set<String> excludedSeen = new HashSet<>();
        for (JsonNode c : cases) {
            String text = c.get("text").stringValue();
            if (OUT_OF_SCOPE.containsKey(text)) {
                excludedSeen.add(text);
                continue;
            }
            Optional<LocalDate> expected;
            if (c.has("expected_date")) {
                expected = date(c.get("expected_date"));
            } else if (!TIME_OF_DAY.matcher(text).find()) {
                expected = date(c.get("expected_utc"));
            } else if (c.get("expected_utc") == null || c.get("expected_utc").isNull()) {
                refusedByPeer++;
                continue;
            } else {
                Instant instant = Instant.parse(c.get("expected_utc").stringValue());
                LocalDate inUtc = instant.atOffset(ZoneOffset.UTC).toLocalDate();
                LocalDate written = instant.atOffset(offset(text, c)).toLocalDate();
                if (!written.equals(inUtc)) {
                    otherDayInUtc++;
                    continue;
                }
                dateTimesScored++;
                expected = Optional.of(written);
            }
            score.score(c, expected, released(text, order(c)), LocalDate::toString);
        }

        score.print(
                "date-formats",
                dateTimesScored
                        + " date-times scored; set aside: "
                        + excludedSeen.size()
                        + " out of scope, "
                        + otherDayInUtc
                        + " written on another day than in UTC, "
                        + refusedByPeer
                        + " refused by the peer");
        assertThat(excludedSeen)
                .as("every out-of-scope text is a case of the file")
                .containsExactlyInAnyOrderElementsOf(OUT_OF_SCOPE.keySet());
        assertThat(otherDayInUtc)
                .as("date-times written on another day than in UTC")
                .isEqualTo(SET_ASIDE_OTHER_DAY_IN_UTC);
        assertThat(refusedByPeer)
                .as("date-times the peer refuses")
                .isEqualTo(SET_ASIDE_REFUSED_BY_PEER);
        score.assertAtLeast(FLOOR_PERCENT);
    }

    /**
     * The offset the text is written in: its own numeric offset or zone name, else the one the peer
     * is told to assume ({@code tz_offset_hours}), else UTC.
     */
    private static ZoneOffset offset(String text, JsonNode c) {
        Matcher zone = ZONE.matcher(text);
        if (zone.find()) {
            if (zone.group(1) != null) {
                int minutes =
                        Integer.parseInt(zone.group(2)) * 60 + Integer.parseInt(zone.group(3));
                return ZoneOffset.ofTotalSeconds(
                        (zone.group(1).equals("-") ? -minutes : minutes) * 60);
            }
            Integer hours = ZONE_HOURS.get(zone.group(4));
            if (hours != null) {
                return ZoneOffset.ofHours(hours);
            }
        }
        JsonNode assumed = c.path("peer_options").path("tz_offset_hours");
        return ZoneOffset.ofHours(assumed.isNumber() ? assumed.intValue() : 0);
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
