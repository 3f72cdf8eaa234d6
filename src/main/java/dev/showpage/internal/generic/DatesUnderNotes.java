package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * Listings that print each episode's notes first and its release line after them ("notes /
 * Published 05/02/22 / notes / Published 04/19/22"), with no titles. A date there closes its
 * episode rather than opening it, so the episodes are cut at the dates the other way round from the
 * titled cards {@link DatedBlocks} reads.
 */
final class DatesUnderNotes {

    private final LineTable lines;

    DatesUnderNotes(LineTable lines) {
        this.lines = lines;
    }

    /** Whether each release line follows the notes of its episode rather than opening them. */
    boolean notesBeforeDates(List<Integer> anchors) {
        if (anchors.size() < 2) {
            return false;
        }
        for (int k = 0; k < 2; k++) {
            // The lines right above the date, up to a blank line, hold a paragraph of notes.
            int anchor = anchors.get(k);
            int top = anchor;
            while (top > 0 && lines.isNote(top - 1)) {
                top--;
            }
            if (top == anchor || !lines.hasParagraph(top, anchor)) {
                return false;
            }
        }
        return true;
    }

    /** "notes / Published 05/02/22 / notes / Published 04/01/22 / notes": untitled episodes. */
    List<EpisodeBlock> blocks(List<Integer> anchors) {
        List<EpisodeBlock> blocks = new ArrayList<>();
        // The first episode's notes are the paragraph right above its date; what stands above
        // that, past a blank line, is the site's.
        int from = anchors.get(0);
        while (from > 0 && !lines.isBlank(from - 1)) {
            from--;
        }
        for (int anchor : anchors) {
            int start = from;
            while (start >= 0 && start < anchor && lines.isChrome(start)) {
                start = lines.firstContentAfter(start);
            }
            blocks.add(
                    new EpisodeBlock(
                            start < 0 ? anchor : Math.min(start, anchor),
                            -1,
                            anchor,
                            start < 0 ? anchor : start,
                            anchor));
            from = anchor + 1;
        }
        int rest = lines.firstContentAfter(anchors.get(anchors.size() - 1));
        if (rest >= 0 && lines.hasParagraph(rest, lines.size())) {
            blocks.add(new EpisodeBlock(rest, -1, -1, rest, lines.size()));
        } else if (rest >= 0) {
            // "Support the show: URL" under the last date: the page's closing words, not an
            // episode of their own; they go with the last episode.
            EpisodeBlock last = blocks.remove(blocks.size() - 1);
            blocks.add(
                    new EpisodeBlock(
                            last.start(), -1, last.release(), last.notesFrom(), lines.size()));
        }
        return blocks;
    }
}
