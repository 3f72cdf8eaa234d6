package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;

/**
 * One chapter item as the rules of {@link ChapterLists} read it: its title cleaned, the start its
 * mark writes, and the start after any repair. It is a chapter when its time is valid and it has a
 * title; either way it keeps its place in the run.
 */
final class ChapterEntry {

    final ChapterItem item;

    /** The start the mark writes, in seconds; -1 when it is not a time (e.g. 12:75). */
    final long written;

    /**
     * Whether the mark writes no time at all: a damaged one ("0:0", "00;00") or none (a title under
     * a heading), which only the list after it can repair.
     */
    final boolean untimed;

    String title;
    long start;

    /** The start of the entry before, when this one was read as the next hour; -1 if not. */
    long rolledFrom = -1;

    /** Whether its lost or damaged time was repaired from the list after it. */
    boolean repaired;

    ChapterEntry(ChapterItem item) {
        this.item = item;
        this.title = ChapterTitles.clean(item.title, item.titleFirst);
        this.untimed = !ChapterTimes.isTime(item.mark);
        this.written = ChapterTimes.seconds(item.mark);
        this.start = written;
    }

    boolean valid() {
        return start >= 0;
    }

    boolean chapter() {
        return valid() && !title.isEmpty();
    }

    /** Whether its title was read from the line under its time. */
    boolean titleBelow() {
        return !item.titleFirst && item.last.getLine() > item.mark.getLine();
    }
}
