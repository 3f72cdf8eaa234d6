package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import java.util.ArrayList;
import java.util.List;

/**
 * Times that head the sections of an episode's notes: "03:19 Where it began", a paragraph, "06:43
 * What came next", a paragraph, and so on. Each time stands alone between prose, so each is a run
 * of one, which no list rule keeps; together they are the episode's chapter list.
 *
 * <p>Runs are joined only when each is a single time that opens its line with a short title on it,
 * there are at least {@value #MIN_SECTIONS} of them in a row, and their starts go strictly up. A
 * time inside a sentence, a sentence after a time ("12:30 we went to lunch."), or times picked out
 * of prose in no order stay apart; a transcript's speaker times, which pass these tests, are still
 * refused by the list rules (few distinct titles, speech under the times).
 */
final class SectionTimes {

    /** Fewer section times prove nothing: two times at the head of paragraphs are common prose. */
    static final int MIN_SECTIONS = 3;

    /** A heading is a phrase, not a sentence. */
    static final int MAX_TITLE_WORDS = 12;

    private SectionTimes() {}

    /** The runs with every sequence of section times joined into one run. */
    static List<ChapterRun> join(List<ChapterRun> runs) {
        if (runs.size() < MIN_SECTIONS) {
            return runs;
        }
        List<ChapterRun> joined = new ArrayList<>(runs.size());
        int i = 0;
        while (i < runs.size()) {
            int end = i;
            long last = -1;
            while (end < runs.size() && isSection(runs.get(end))) {
                long start = ChapterTimes.seconds(runs.get(end).items().get(0).mark);
                if (start <= last) {
                    break;
                }
                last = start;
                end++;
            }
            if (end - i >= MIN_SECTIONS) {
                List<ChapterItem> items = new ArrayList<>(end - i);
                for (int k = i; k < end; k++) {
                    items.add(runs.get(k).items().get(0));
                }
                joined.add(new ChapterRun(List.copyOf(items), false));
                i = end;
            } else {
                joined.add(runs.get(i));
                i++;
            }
        }
        return joined;
    }

    private static boolean isSection(ChapterRun run) {
        if (run.items().size() != 1) {
            return false;
        }
        ChapterItem item = run.items().get(0);
        if (!item.startsLine
                || item.titleFirst
                || item.last.getLine() != item.mark.getLine()
                || ChapterTimes.seconds(item.mark) < 0) {
            return false;
        }
        String title = ChapterTitles.clean(item.title);
        if (title.isEmpty() || title.endsWith(".") || title.endsWith(":")) {
            return false;
        }
        return title.split(" ", MAX_TITLE_WORDS + 2).length <= MAX_TITLE_WORDS;
    }
}
