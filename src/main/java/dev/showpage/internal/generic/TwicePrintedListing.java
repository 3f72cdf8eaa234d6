package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * A listing of posts that prints each title twice, as a blog's cards do (the cover's caption, then
 * the heading), over the post's teaser: "Title / Title / paragraph" again and again, without dates.
 * Each pair opens an episode; the lines above the first pair (the page's heading, a template's
 * placeholder) are the site's. One pair alone is the page's own episode, printed over its cover,
 * and is left to {@link UndatedBlocks}.
 */
final class TwicePrintedListing {

    /** Pairs a listing has at least. */
    private static final int MIN_EPISODES = 2;

    /** Words of a listed title at most. */
    private static final int TITLE_MAX_WORDS = 20;

    private final LineTable lines;

    TwicePrintedListing(LineTable lines) {
        this.lines = lines;
    }

    /** The listing's episodes, or none when the page prints fewer than two such pairs. */
    List<EpisodeBlock> find() {
        List<Integer> firsts = new ArrayList<>();
        for (int i = lines.nextText(0); i >= 0; i = lines.nextText(i + 1)) {
            int second = lines.nextText(i + 1);
            if (second < 0) {
                break;
            }
            if (isPair(i, second)) {
                firsts.add(i);
                i = second;
            }
        }
        List<EpisodeBlock> blocks = new ArrayList<>();
        if (firsts.size() < MIN_EPISODES) {
            return blocks;
        }
        for (int k = 0; k < firsts.size(); k++) {
            int first = firsts.get(k);
            int title = lines.nextText(first + 1);
            int end = k + 1 < firsts.size() ? firsts.get(k + 1) : lines.size();
            lines.markUsed(first);
            blocks.add(new EpisodeBlock(first, title, -1, title + 1, end));
        }
        return blocks;
    }

    /**
     * Whether lines {@code first} and {@code second} print one title twice, with a paragraph of
     * prose the next line with text under them.
     */
    private boolean isPair(int first, int second) {
        if (!lines.isNote(first) || !lines.isShort(first) || !lines.isNote(second)) {
            return false; // cheap tests first: this runs on every line of a page
        }
        if (!lines.text(first).equals(lines.text(second))
                || !lines.isTitleLike(second)
                || lines.isChrome(second)
                || lines.endsSentence(second)
                || lines.words(second) > TITLE_MAX_WORDS) {
            return false;
        }
        int under = lines.nextText(second + 1);
        return under >= 0 && lines.isNote(under) && lines.hasProseLength(under);
    }
}
