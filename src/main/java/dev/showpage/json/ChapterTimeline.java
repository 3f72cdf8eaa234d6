package dev.showpage.json;

import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An episode's chapters as the chapter-file formats lay them out: by start, since players read
 * chapter files as a timeline (a page that lists them otherwise has a {@code chapter-order}
 * warning), and, for the formats whose chapters need an end, each with one. A chapter without an
 * end ends where the next one starts, or at the episode's length; when neither is after its start
 * it is left out with a problem rather than given an end the page does not state.
 */
final class ChapterTimeline {

    /**
     * One chapter to write.
     *
     * @param number its 1-based position in the episode's chapter list, which problems name
     * @param chapter the chapter, with the end to write where ends are written
     */
    record Entry(int number, Chapter chapter) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<ChapterFile.Problem> problems = new ArrayList<>();

    private ChapterTimeline() {}

    /** The chapters by start, each with an end; those with none, or none after their start, out. */
    static ChapterTimeline withEnds(Episode episode) {
        ChapterTimeline timeline = new ChapterTimeline();
        List<Entry> byStart = byStart(episode);
        for (int i = 0; i < byStart.size(); i++) {
            Entry entry = byStart.get(i);
            Chapter chapter = entry.chapter();
            int at = i;
            if (timeline.startsBeforeTheEpisode(entry)) {
                continue;
            }
            Optional<Duration> end =
                    chapter.end()
                            .or(() -> nextStart(byStart, at))
                            .or(() -> episode.duration().filter(d -> isAfter(d, chapter.start())));
            if (end.isEmpty()) {
                timeline.problem(
                        entry,
                        "has no end: no chapter starts after it, and the episode's length is "
                                + episode.duration()
                                        .map(d -> clock(d) + ", not after its start")
                                        .orElse("not known")
                                + "; left out");
            } else if (!isAfter(end.get(), chapter.start())) {
                timeline.problem(
                        entry, "ends at " + clock(end.get()) + ", not after its start; left out");
            } else {
                timeline.entries.add(
                        new Entry(
                                entry.number(),
                                new Chapter(chapter.start(), end, chapter.title())));
            }
        }
        return timeline;
    }

    /** The chapters by start, as the episode gives them, for formats that write no ends. */
    static ChapterTimeline startsOnly(Episode episode) {
        ChapterTimeline timeline = new ChapterTimeline();
        for (Entry entry : byStart(episode)) {
            if (!timeline.startsBeforeTheEpisode(entry)) {
                timeline.entries.add(entry);
            }
        }
        return timeline;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The file of {@code text} and these chapters, its problems in the episode's order. */
    ChapterFile file(String text) {
        List<ChapterFile.Problem> byChapter = new ArrayList<>(problems);
        byChapter.sort(Comparator.comparingInt(ChapterFile.Problem::chapter));
        return new ChapterFile(text, entries.stream().map(Entry::chapter).toList(), byChapter);
    }

    /** Adds a problem with {@code entry}: its number, title and start, then {@code what}. */
    void problem(Entry entry, String what) {
        problems.add(new ChapterFile.Problem(entry.number(), describe(entry) + " " + what));
    }

    /**
     * {@code HH:MM:SS.mmm}, the time shape of WebVTT and Podlove Simple Chapters (hours take more
     * digits past 99); below a millisecond is cut off.
     */
    static String clock(Duration time) {
        long millis = time.toMillis();
        return String.format(
                Locale.ROOT,
                "%02d:%02d:%02d.%03d",
                millis / 3_600_000,
                millis / 60_000 % 60,
                millis / 1000 % 60,
                millis % 1000);
    }

    /** Whether {@code end} is after {@code start} in the milliseconds the formats write. */
    static boolean isAfter(Duration end, Duration start) {
        return end.toMillis() > start.toMillis();
    }

    private boolean startsBeforeTheEpisode(Entry entry) {
        if (entry.chapter().start().isNegative()) {
            problem(entry, "starts before the episode; left out");
            return true;
        }
        return false;
    }

    private static List<Entry> byStart(Episode episode) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < episode.chapters().size(); i++) {
            entries.add(new Entry(i + 1, episode.chapters().get(i)));
        }
        // A stable sort: chapters with one start keep the page's order.
        entries.sort(Comparator.comparing(e -> e.chapter().start()));
        return entries;
    }

    /** The first start after the start of {@code byStart.get(at)}: the list is by start. */
    private static Optional<Duration> nextStart(List<Entry> byStart, int at) {
        Duration start = byStart.get(at).chapter().start();
        for (int i = at + 1; i < byStart.size(); i++) {
            Duration next = byStart.get(i).chapter().start();
            if (isAfter(next, start)) {
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }

    private static String describe(Entry entry) {
        Chapter chapter = entry.chapter();
        String title =
                chapter.title()
                        .codePoints()
                        .map(c -> Character.isISOControl(c) ? ' ' : c)
                        .collect(
                                StringBuilder::new,
                                StringBuilder::appendCodePoint,
                                StringBuilder::append)
                        .toString();
        String start =
                chapter.start().isNegative() ? chapter.start().toString() : clock(chapter.start());
        return "chapter " + entry.number() + " (\"" + title + "\", at " + start + ")";
    }
}
