package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.LengthLineContext;
import java.util.ArrayList;
import java.util.List;

/**
 * An episode guide whose editions each open with a bulleted length line and go on with their
 * notes, with no title of their own:
 *
 * <pre>
 *   Season 4, editions 210–230
 *
 *   • 60 min
 *     Ana Vidal, architect
 *     She talks about her new library.
 *   • 60 min
 *     Tom Berger, cook
 *     ...
 * </pre>
 *
 * The bullet marks where a guide's item starts, so each bulleted length opens one episode, as a
 * card of a listing does. The guards: at least two such lines (a single bulleted length at the top
 * of one episode's notes is its length), the first standing alone under a blank or at the page's
 * top (a length under its title, "Title / • 45 min", belongs to that title's card), and notes with
 * text under every length (a list of bare lengths is no guide).
 */
final class BulletedLengthListing {

    /** Bulleted length lines a guide has at least: two editions. */
    private static final int MIN_EDITIONS = 2;

    private final LineTable lines;

    BulletedLengthListing(LineTable lines) {
        this.lines = lines;
    }

    /** The guide's editions, or none when the page is not such a guide. */
    List<EpisodeBlock> find() {
        List<Integer> openers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isBulletedLength(i)) {
                openers.add(i);
            }
        }
        if (openers.size() < MIN_EDITIONS) {
            return List.of();
        }
        int first = openers.get(0);
        if (first > 0 && !lines.isBlank(first - 1)) {
            return List.of(); // "Title / • 45 min": the length is its title's card's
        }
        List<EpisodeBlock> blocks = new ArrayList<>();
        for (int k = 0; k < openers.size(); k++) {
            int start = openers.get(k);
            int end = k + 1 < openers.size() ? openers.get(k + 1) : lines.size();
            int note = lines.nextText(start + 1);
            if (note < 0 || note >= end || lines.line(note) instanceof LengthLineContext) {
                return List.of(); // a length with no notes of its own
            }
            blocks.add(new EpisodeBlock(start, -1, -1, start, end));
        }
        return blocks;
    }

    /** Whether line {@code i} is a length line opened by a bullet ("• 75 Min."). */
    private boolean isBulletedLength(int i) {
        return lines.line(i) instanceof LengthLineContext
                && lines.line(i).getStart().getType() == EpisodePageLexer.BULLET;
    }
}
