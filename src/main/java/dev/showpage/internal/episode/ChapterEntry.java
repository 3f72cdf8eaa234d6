package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.text.Durations;
import java.time.Duration;

/**
 * One chapter item as the rules of {@link ChapterLists} read it: its title cleaned, the start its
 * mark writes, and the start after any hour repair. It is a chapter when its time is valid and it
 * has a title; either way it keeps its place in the run.
 */
final class ChapterEntry {

    final ChapterItem item;

    /** The start the mark writes, in seconds; -1 when it is not a time (e.g. 12:75). */
    final long written;

    String title;
    long start;

    /** The start of the entry before, when this one was read as the next hour; -1 if not. */
    long rolledFrom = -1;

    ChapterEntry(ChapterItem item) {
        this.item = item;
        this.title = ChapterTitles.clean(item.title);
        this.written =
                Durations.timestamp(timeOf(item.mark.getText()))
                        .map(Duration::getSeconds)
                        .orElse(-1L);
        this.start = written;
    }

    boolean valid() {
        return start >= 0;
    }

    boolean chapter() {
        return valid() && !title.isEmpty();
    }

    /** "[00:42]", "( 05:28 )" without the brackets. */
    private static String timeOf(String mark) {
        int from = 0;
        int to = mark.length();
        while (from < to && !Character.isDigit(mark.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isDigit(mark.charAt(to - 1))) {
            to--;
        }
        return mark.substring(from, to);
    }
}
