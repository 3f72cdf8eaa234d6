package dev.showpage.internal.episode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The hour a list written without hours leaves out: {@code 51:00} then {@code 06:00} is 1:06:00,
 * where nothing else in the run makes that doubtful.
 */
final class HourRollover {

    private static final long HOUR = 3600;
    private static final long HALF_HOUR = 1800;

    private HourRollover() {}

    /**
     * Reads a time that goes back as the next hour where that is unambiguous (the rule "Hour
     * rollover" of {@link ChapterLists}). Only valid times take part; titled or not, each is a
     * point of the list's timeline.
     */
    static void repair(List<ChapterEntry> entries, Optional<Duration> episodeLength) {
        List<ChapterEntry> timed = new ArrayList<>();
        for (ChapterEntry entry : entries) {
            if (entry.valid()) {
                if (hoursWritten(entry)) {
                    return;
                }
                timed.add(entry);
            }
        }
        long offset = 0;
        long[] repaired = new long[timed.size()];
        long[] rolledFrom = new long[timed.size()];
        Arrays.fill(rolledFrom, -1);
        for (int i = 0; i < timed.size(); i++) {
            long raw = timed.get(i).start;
            if (i > 0) {
                long before = timed.get(i - 1).start;
                boolean rollover =
                        raw < before
                                && before - raw > HALF_HOUR
                                && (i < 2 || raw < timed.get(i - 2).start)
                                && (i + 1 >= timed.size() || timed.get(i + 1).start < before)
                                && (episodeLength.isEmpty()
                                        || raw + offset + HOUR <= episodeLength.get().getSeconds());
                if (rollover) {
                    offset += HOUR;
                    rolledFrom[i] = repaired[i - 1];
                }
            }
            repaired[i] = raw + offset;
            if (i > 0 && repaired[i] <= repaired[i - 1]) {
                return; // another step back: the times are doubtful, so they stay as written
            }
        }
        for (int i = 0; i < timed.size(); i++) {
            timed.get(i).start = repaired[i];
            timed.get(i).rolledFrom = rolledFrom[i];
        }
    }

    /** Whether the mark writes hours: three parts, or two parts with 60 minutes or more. */
    private static boolean hoursWritten(ChapterEntry entry) {
        if (ChapterTimes.hoursWritten(entry.item.mark)) {
            return true; // "1:02:03", "[00:00:03]", "1h02m": hours are written
        }
        return entry.written >= HOUR;
    }
}
