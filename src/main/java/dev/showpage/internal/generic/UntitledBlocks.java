package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * Episodes of a listing whose title the copy lost. In a listing that gives each episode a title and
 * one paragraph of notes, a paragraph that opens the page above the first title, about as long as
 * those (a show's tagline is shorter), is the end of an episode the copy started in; and a block
 * with a second paragraph, set off from the first by a wider gap than the one under the titles
 * (where a title line was dropped), holds an episode of its own. Each is an episode without a
 * title, so that the episodes after it keep their places.
 */
final class UntitledBlocks {

    /** Blocks with one paragraph a listing has at least for its shape to be known. */
    private static final int MIN_ONE_PARAGRAPH = 2;

    private final LineTable lines;

    UntitledBlocks(LineTable lines) {
        this.lines = lines;
    }

    /** The blocks with the untitled episodes added; the same blocks on any other page. */
    List<EpisodeBlock> added(List<EpisodeBlock> blocks) {
        if (blocks.size() < MIN_ONE_PARAGRAPH || !isTeaserListing(blocks)) {
            return blocks;
        }
        List<EpisodeBlock> result = new ArrayList<>(blocks.size() + 1);
        int opening = lines.nextText(0);
        EpisodeBlock first = blocks.get(0);
        if (opening >= 0
                && opening < first.start()
                && lines.isNote(opening)
                && lines.hasProseLength(opening)
                && !lines.isUsed(opening)
                && lines.words(opening) * 2 >= shortestTeaser(blocks)
                && !(lines.endsSentence(opening) && teasersAreUnclosed(blocks))) {
            result.add(new EpisodeBlock(opening, -1, -1, opening, first.start()));
        }
        for (EpisodeBlock block : blocks) {
            int second = droppedTitleParagraph(block);
            if (second < 0) {
                result.add(block);
                continue;
            }
            result.add(block.endingAt(second));
            result.add(new EpisodeBlock(second, -1, -1, second, block.notesTo()));
        }
        return result;
    }

    /**
     * Whether every block is a title over one line of notes, but for at most one block with two
     * (the one whose title was lost after it) and a last one cut short.
     */
    private boolean isTeaserListing(List<EpisodeBlock> blocks) {
        int one = 0;
        int two = 0;
        for (EpisodeBlock block : blocks) {
            if (block.title() < 0 || block.release() >= 0) {
                return false;
            }
            int texts = textLines(block, 3);
            if (texts == 1) {
                one++;
            } else if (texts == 2) {
                two++;
            }
        }
        return one >= MIN_ONE_PARAGRAPH && one + two >= blocks.size() - 1 && two <= 1;
    }

    /**
     * Words of the shortest paragraph of a block of one, the last block aside (the copy may cut
     * it): an episode's notes in a listing are about as long as the others', while a show's tagline
     * above the listing is shorter.
     */
    private int shortestTeaser(List<EpisodeBlock> blocks) {
        int shortest = Integer.MAX_VALUE;
        for (int k = 0; k < blocks.size() - 1; k++) {
            EpisodeBlock block = blocks.get(k);
            if (textLines(block, 2) == 1) {
                shortest = Math.min(shortest, lines.words(lines.nextText(block.notesFrom())));
            }
        }
        return shortest;
    }

    /**
     * Whether no block's first paragraph closes with a full stop: a news site's standfirsts, under
     * which an opening paragraph that closes with one is the page's introduction, not an entry.
     */
    private boolean teasersAreUnclosed(List<EpisodeBlock> blocks) {
        for (EpisodeBlock block : blocks) {
            int first = lines.nextText(block.notesFrom());
            if (first < 0 || first >= block.notesTo() || lines.endsSentence(first)) {
                return false;
            }
        }
        return true;
    }

    /** Lines with text in the block's notes, counted up to {@code max}. */
    private int textLines(EpisodeBlock block, int max) {
        int count = 0;
        for (int i = block.notesFrom(); i < block.notesTo() && count < max; i++) {
            if (!lines.isBlank(i) && !lines.isUsed(i)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The second paragraph of a block of two, when a wider gap than the title's sets it off from
     * the first; -1 otherwise.
     */
    private int droppedTitleParagraph(EpisodeBlock block) {
        if (textLines(block, 3) != 2) {
            return -1;
        }
        int first = lines.nextText(block.notesFrom());
        int second = first < 0 ? -1 : lines.nextText(first + 1);
        if (second < 0
                || second >= block.notesTo()
                || !lines.hasProseLength(first)
                || !lines.hasProseLength(second)) {
            return -1;
        }
        int titleGap = first - block.title() - 1;
        int gap = second - first - 1;
        return gap > titleGap && gap >= 2 ? second : -1;
    }
}
