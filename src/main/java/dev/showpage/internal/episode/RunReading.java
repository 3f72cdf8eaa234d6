package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run of chapter items read as a whole: its entries, titles cleaned and hours repaired, those
 * that are chapters, and whether they make a chapter list by the rules "Repair", "Size", "Not a
 * transcript" and "Mostly increasing" of {@link ChapterLists}.
 */
final class RunReading {

    final List<ChapterEntry> entries;
    final List<ChapterEntry> chapters;
    final boolean list;

    /**
     * The first item, when it has no time and the list did not repair it: its text goes back to the
     * prose, as a run of its own.
     */
    final ChapterItem untimedLeftOver;

    RunReading(ChapterRun run, Optional<Duration> episodeLength) {
        // As large as the run from the start (one more, for a repaired first time): no regrowing.
        entries = new ArrayList<>(run.items().size());
        chapters = new ArrayList<>(run.items().size() + 1);
        for (ChapterItem item : run.items()) {
            entries.add(new ChapterEntry(item));
        }
        ChapterTitles.cutTrackNumbers(entries);
        HourRollover.repair(entries, episodeLength);
        for (ChapterEntry entry : entries) {
            if (entry.chapter()) {
                chapters.add(entry);
            }
        }
        ChapterEntry first = entries.get(0);
        if (first.untimed
                && !first.title.isEmpty()
                && !chapters.isEmpty()
                && chapters.get(0).start > 0) {
            // The first time damaged ("0:0 Intro") or lost under a heading, where the list after
            // it starts later: the list's first chapter starts at 0:00.
            first.start = 0;
            first.repaired = true;
            chapters.add(0, first);
        }
        untimedLeftOver = first.untimed && !first.repaired ? first.item : null;
        list = isList(chapters, run.headed()) && !TranscriptTimes.is(chapters);
    }

    long[] starts() {
        return starts(chapters);
    }

    private static long[] starts(List<ChapterEntry> chapters) {
        long[] starts = new long[chapters.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = chapters.get(i).start;
        }
        return starts;
    }

    List<String> titles() {
        String[] titles = new String[chapters.size()];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = chapters.get(i).title;
        }
        return Arrays.asList(titles); // compared, never changed
    }

    private static boolean isList(List<ChapterEntry> chapters, boolean headed) {
        int n = chapters.size();
        if (n < (headed ? 2 : 3)) {
            return false;
        }
        Set<String> titles = new HashSet<>();
        for (ChapterEntry entry : chapters) {
            titles.add(entry.title);
        }
        if (titles.size() * 3 <= n) {
            return false;
        }
        int allowed = headed ? Math.max(1, n / 4) : n / 4;
        return n - longestIncreasing(starts(chapters)) <= allowed;
    }

    /** The length of a longest strictly increasing subsequence (patience sorting). */
    static int longestIncreasing(long[] values) {
        long[] tails = new long[values.length];
        int length = 0;
        for (long value : values) {
            int i = Arrays.binarySearch(tails, 0, length, value);
            if (i < 0) {
                i = -i - 1;
            }
            tails[i] = value;
            length = Math.max(length, i + 1);
        }
        return length;
    }
}
