package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.model.Chapter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Decides which runs of time marks are chapter lists, and builds their chapters.
 *
 * <p>The grammar and the reader find every time that could start a chapter and group them into
 * runs; they cannot tell a list from times that happen to stand in prose, because that takes the
 * whole run. The rules, in the order they apply to each run ({@link RunReading}, with {@link
 * ChapterTitles} and {@link HourRollover}), then to the runs together (here):
 *
 * <ul>
 *   <li><b>Titles.</b> Blanks are collapsed, and separators left over from the mark are cut ({@code
 *       "- Intro"}, {@code "] Intro"}, {@code "Intro -"}, {@code "Intro ("}). Track numbers ({@code
 *       "1. "}, {@code "01 - "}, {@code "3) "}) are cut when every entry of the run has one and
 *       they count up by one: that is numbering, not the title's own words, while a single "2001:
 *       ..." or "7 Habits" is left alone.
 *   <li><b>Entries.</b> An entry is an item with a valid time and a title. A time without a title
 *       ({@code chapter-without-title}) or an impossible time such as {@code 12:75} ({@code
 *       invalid-timestamp}, an error) is no chapter, but it does not break the run: one bad line
 *       should not cut a list in two. Both are only reported for a run that is a list; a rejected
 *       run is prose, and prose may say anything.
 *   <li><b>Signs and notations.</b> The reader has already taken the signs around each time
 *       (brackets, bullets, symbols, units, separators: {@link MarkSigns}), a range's second time,
 *       and times that are never chapters ({@link NeverChapters}); a title may stand before its
 *       time or on the line under a time alone, and times may be written in units ("1h02m03s").
 *   <li><b>Repair.</b> A run's first item may have no time: a damaged one that reads as zero
 *       ({@code "0:0 Intro"}, {@code "00;00 Intro"}, {@code "O0:00 Intro"}) or none (a short line
 *       between a heading and the first time). When the rest of the run starts after 0:00, it is
 *       the list's first chapter at 0:00, with a {@code chapter-repaired} warning; otherwise its
 *       text stays prose.
 *   <li><b>Hour rollover.</b> In a run whose times are all written without hours (two parts,
 *       minutes below 60), a time that goes back is read as the next hour ({@code 51:00} then
 *       {@code 06:00} is 1:06:00), with a {@code chapter-rollover} warning, when that is
 *       unambiguous: it goes back more than half an hour (the chapter it closes would be shorter
 *       than 30 minutes, where a typo would make it long); it is not a lone outlier, neither the
 *       entry before it (the one two back is later than it) nor itself (the next one is earlier
 *       than the entry before the drop, so the list carried on in the new hour); with a known
 *       episode length, the repaired start is within it; and every other step of the run goes
 *       forward. The last condition keeps the repair from sorting random times: each hour added at
 *       a big step back would otherwise turn times from prose into an increasing list. When any
 *       condition fails, all times stay as written, and steps back are {@code chapter-order}
 *       warnings.
 *   <li><b>Size.</b> A list has two entries or more under a heading, three or more without one: a
 *       heading says "a list follows", while two times on neighbouring lines of prose are common
 *       enough ("doors at 19:30, on stage at 20:15") that they prove nothing. So a lone time is
 *       never a list. Times that each head a paragraph ("03:19 Where it began", its paragraph,
 *       "06:43 What came next", ...) are single runs joined into one first ({@link SectionTimes}).
 *   <li><b>Not a transcript.</b> When the distinct titles are a third of the entries or fewer, the
 *       "titles" are a few names said over and over: a transcript's speaker times ({@code "Ana
 *       (00:22):"}), not chapters. (A tracklist with some repeated "ID - ID" still has far more
 *       distinct titles.) So are titles that open with a few speakers' names and their speech
 *       ({@code "00:14 Ana: so we began ..."}), speech on the lines under lone times, and cues a
 *       few seconds apart whose texts are statements or come back ({@code "00:00:11 - So we
 *       began."}), where a list's entries are minutes apart ({@link TranscriptTimes}).
 *   <li><b>Mostly increasing.</b> The entries' starts, after any hour repair, must be in increasing
 *       order except for at most a quarter of them (integer division; at least one under a
 *       heading): the entries outside a longest strictly increasing subsequence are counted. A real
 *       list of four or more with one typo or one swapped pair is kept, with a {@code
 *       chapter-order} warning at each entry that does not start after the one above it; times
 *       picked out of prose come in no order and fail. Three entries without a heading must be
 *       fully in order, since there a single slip is a third of the evidence.
 *   <li><b>Which list.</b> The first list in page order is the episode's: show notes put their
 *       chapter list before transcripts and appendices, and a transcript's speaker times that pass
 *       the rules above still come after it. A later list with the same starts and titles is the
 *       same list printed twice and is dropped (one title that differs makes it another list). A
 *       later list whose first start is after every start so far continues them (a list cut in two
 *       by "Part 2:" or an ad line) and is appended. Any other list is returned to the prose with a
 *       {@code chapter-list-ignored} warning, so that a second, different list is neither merged
 *       into nonsense nor silently lost.
 *   <li><b>Warnings on the list.</b> {@code chapter-late-start} when the first chapter starts after
 *       0:00 (it is kept as found: no untitled chapter is invented before it), and {@code
 *       chapter-past-end} for a start after the episode's length.
 *   <li><b>Ends.</b> A chapter ends where the next chapter in time starts: the next one in page
 *       order in an increasing list, and never a time before its own start in a list with a typo.
 *       The last ends at the episode's length when that is known and after its start; otherwise the
 *       page does not say, and the end is empty. A time without a title is not a chapter and ends
 *       nothing.
 * </ul>
 */
final class ChapterLists {

    /**
     * chapters in page order; rejected = runs that are no chapter list (the caller returns their
     * text to the prose).
     */
    record Decision(List<Chapter> chapters, List<ChapterRun> rejected) {}

    private static final long HOUR = 3600;

    private ChapterLists() {}

    /**
     * Decides which runs are chapter lists (see the class comment) and builds the chapters.
     *
     * @param runs every run the reader found for one episode, in page order
     * @param episodeLength the episode's length, when the page gives it
     * @param diagnostics where the warnings and errors about the chosen list go
     * @return the chapters in page order, and the runs to return to the prose
     */
    static Decision decide(
            List<ChapterRun> runs, Optional<Duration> episodeLength, Diagnostics diagnostics) {
        List<ChapterRun> rejected = new ArrayList<>();
        List<RunReading> used = new ArrayList<>();
        long[] firstStarts = null;
        List<String> firstTitles = null;
        long lastStart = -1;
        for (ChapterRun run : SectionTimes.join(runs)) {
            RunReading reading = new RunReading(run, episodeLength);
            if (!reading.list) {
                rejected.add(run);
                continue;
            }
            if (reading.untimedLeftOver != null) {
                rejected.add(new ChapterRun(List.of(reading.untimedLeftOver), false));
            }
            if (firstStarts == null) {
                used.add(reading);
                firstStarts = reading.starts();
                firstTitles = reading.titles();
                lastStart = max(firstStarts);
            } else if (Arrays.equals(firstStarts, reading.starts())
                    && firstTitles.equals(reading.titles())) {
                continue; // the same list printed twice
            } else if (reading.chapters.get(0).start > lastStart) {
                used.add(reading);
                lastStart = Math.max(lastStart, max(reading.starts()));
            } else {
                ChapterEntry first = reading.chapters.get(0);
                diagnostics.report(
                        DiagnosticCode.CHAPTER_LIST_IGNORED,
                        first.item.mark,
                        "a second chapter list starts here; the first one is the episode's, this"
                                + " one is left in the text");
                rejected.add(run);
            }
        }
        List<ChapterEntry> chapters = new ArrayList<>();
        for (RunReading reading : used) {
            report(reading, episodeLength, diagnostics);
            chapters.addAll(reading.chapters);
        }
        orderAndStart(chapters, diagnostics);
        return new Decision(build(chapters, episodeLength), rejected);
    }

    /** The warnings and errors about one run that was taken as (part of) the list. */
    private static void report(
            RunReading reading, Optional<Duration> episodeLength, Diagnostics diagnostics) {
        for (ChapterEntry entry : reading.entries) {
            Token mark = entry.item.mark;
            if (entry.repaired) {
                diagnostics.report(
                        DiagnosticCode.CHAPTER_REPAIRED,
                        mark,
                        "the time of the first chapter, '"
                                + entry.title
                                + "', is damaged or missing; read as 0:00, since the list's next"
                                + " chapter starts later");
                continue;
            }
            if (entry.untimed) {
                continue; // not repaired: its text is back in the prose
            }
            if (!entry.valid()) {
                diagnostics.report(
                        DiagnosticCode.INVALID_TIMESTAMP,
                        mark,
                        "'"
                                + mark.getText()
                                + "' is not a time (seconds and minutes go up to 59); it is left"
                                + " out of the chapters");
                continue;
            }
            if (entry.rolledFrom >= 0) {
                diagnostics.report(
                        DiagnosticCode.CHAPTER_ROLLOVER,
                        mark,
                        "'"
                                + mark.getText()
                                + "' comes after "
                                + time(entry.rolledFrom)
                                + " in a list written without hours;"
                                + " read as "
                                + time(entry.start));
            }
            if (entry.title.isEmpty()) {
                diagnostics.report(
                        DiagnosticCode.CHAPTER_WITHOUT_TITLE,
                        mark,
                        "the chapter at " + mark.getText() + " has no title; it is left out");
            } else if (episodeLength.isPresent()
                    && entry.start > episodeLength.get().getSeconds()) {
                diagnostics.report(
                        DiagnosticCode.CHAPTER_PAST_END,
                        mark,
                        "chapter '"
                                + entry.title
                                + "' starts at "
                                + time(entry.start)
                                + ", after the episode's end ("
                                + time(episodeLength.get().getSeconds())
                                + ")");
            }
        }
    }

    private static void orderAndStart(List<ChapterEntry> chapters, Diagnostics diagnostics) {
        if (chapters.isEmpty()) {
            return;
        }
        ChapterEntry first = chapters.get(0);
        if (first.start > 0) {
            diagnostics.report(
                    DiagnosticCode.CHAPTER_LATE_START,
                    first.item.mark,
                    "the first chapter, '"
                            + first.title
                            + "', starts at "
                            + time(first.start)
                            + ", not at 0:00");
        }
        for (int i = 1; i < chapters.size(); i++) {
            ChapterEntry entry = chapters.get(i);
            ChapterEntry before = chapters.get(i - 1);
            if (entry.start <= before.start) {
                diagnostics.report(
                        DiagnosticCode.CHAPTER_ORDER,
                        entry.item.mark,
                        "chapter '"
                                + entry.title
                                + "' starts at "
                                + time(entry.start)
                                + ", not after the chapter before it ("
                                + time(before.start)
                                + ")");
            }
        }
    }

    private static List<Chapter> build(
            List<ChapterEntry> entries, Optional<Duration> episodeLength) {
        long[] sorted = entries.stream().mapToLong(e -> e.start).sorted().toArray();
        // One time object per point of the timeline, shared by the chapter that ends there and the
        // one that starts there: a page of 50 MB keeps a million chapters' times.
        @SuppressWarnings("unchecked")
        Optional<Duration>[] times = new Optional[sorted.length];
        List<Chapter> chapters = new ArrayList<>();
        for (ChapterEntry entry : entries) {
            long start = entry.start;
            // The next start in time; in an increasing list, the next chapter's.
            int i = Arrays.binarySearch(sorted, start + 1);
            i = i < 0 ? -i - 1 : i;
            Optional<Duration> end =
                    i < sorted.length
                            ? time(times, sorted, i)
                            : episodeLength.filter(length -> length.getSeconds() > start);
            int at = Arrays.binarySearch(sorted, start);
            chapters.add(new Chapter(time(times, sorted, at).orElseThrow(), end, entry.title));
        }
        return chapters;
    }

    private static Optional<Duration> time(Optional<Duration>[] times, long[] sorted, int i) {
        if (times[i] == null) {
            times[i] = Optional.of(Duration.ofSeconds(sorted[i]));
        }
        return times[i];
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(-1);
    }

    /** 0:00, 6:05, 1:06:00: how a reader of the message would write the time. */
    static String time(long seconds) {
        long h = seconds / HOUR;
        long m = seconds % HOUR / 60;
        long s = seconds % 60;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
