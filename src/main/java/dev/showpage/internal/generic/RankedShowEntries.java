package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a numbered list of shows, as a paper's "best podcasts" piece prints them: each
 * opens with its rank and the show's name ("1 The Quiet Hour", "2. Kitchen Table Talks"), over a
 * line of its own that names the episode the piece recommends ("Why do we sleep less in summer?",
 * "#31 - Bread and patience"), then the review. The ranked line is the show's, never the episode's
 * title, where the line under it opens with an episode's number or the review names the show
 * again: the episode's title is then the line under it. A season's listing ranks its episodes the
 * same way ("1 Pilot" / "Where it all began") but its notes do not repeat the ranked words, and
 * its lines stay as they are.
 */
final class RankedShowEntries {

    /** Digits of a list's rank at most: a longer number is a year or a count. */
    private static final int RANK_MAX_DIGITS = 2;

    /** Entries with a rank, at least, for the list to be one of ranked entries. */
    private static final int MIN_RANKED = 2;

    private RankedShowEntries() {}

    /**
     * The blocks, each titled by the line under its ranked show line where the blocks are the
     * entries of a ranked list (two or more open with ranks that rise down the page); else the
     * blocks as they are.
     */
    static List<EpisodeBlock> retitled(LineTable lines, List<EpisodeBlock> blocks) {
        int ranked = 0;
        int last = 0;
        for (EpisodeBlock block : blocks) {
            int rank = block.title() < 0 ? -1 : rank(lines.text(block.title()));
            if (rank > 0) {
                if (rank <= last) {
                    return blocks; // ranks that do not rise are part of the titles' words
                }
                last = rank;
                ranked++;
            }
        }
        if (ranked < MIN_RANKED) {
            return blocks;
        }
        List<EpisodeBlock> retitled = new ArrayList<>(blocks.size());
        for (EpisodeBlock block : blocks) {
            int title = block.title();
            if (title < 0 || rank(lines.text(title)) < 0) {
                retitled.add(block);
                continue;
            }
            int under = lines.nextText(title + 1);
            if (under >= 0
                    && under < block.notesTo()
                    && isEpisodeLine(lines, under)
                    && (EpisodeNumbers.opensWithEpisodeNumber(lines.text(under))
                            || isNamedInReview(lines, title, under + 1, block.notesTo()))) {
                retitled.add(
                        new EpisodeBlock(block.start(), under, -1, under + 1, block.notesTo()));
            } else {
                // The ranked line over prose: an episode's numbered title ("1 Why We Sleep").
                retitled.add(block);
            }
        }
        return retitled;
    }

    /**
     * Whether the entry's prose, lines {@code from} to {@code to}, names the show of ranked line
     * {@code ranked} again: a review speaks of the show it ranks, where a season's listing ("1
     * Pilot" / "Where it all began") does not repeat its episodes' titles in their notes.
     */
    private static boolean isNamedInReview(LineTable lines, int ranked, int from, int to) {
        String text = lines.text(ranked);
        int at = text.indexOf(' ');
        String name = text.substring(at + 1);
        for (int i = from; i < to; i++) {
            if (!lines.isBlank(i) && HeaderTitle.containsName(lines.text(i), name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line names one episode: a short title line, not a sentence of the review. */
    private static boolean isEpisodeLine(LineTable lines, int i) {
        return lines.isShort(i)
                && lines.isTitleLike(i)
                && !lines.isChrome(i)
                && !lines.endsSentence(i)
                && !lines.hasProseLength(i)
                && rank(lines.text(i)) < 0;
    }

    /**
     * The rank a line opens with ("1 Name", "2. Name", "3) Name") before a word with a capital or
     * a digit, or -1.
     */
    static int rank(String text) {
        int digits = 0;
        while (digits < text.length() && isAsciiDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > RANK_MAX_DIGITS || text.charAt(0) == '0') {
            return -1;
        }
        int at = digits;
        if (at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == ')')) {
            at++;
        }
        if (at + 1 >= text.length() || text.charAt(at) != ' ') {
            return -1;
        }
        int next = text.codePointAt(at + 1);
        if (!Character.isUpperCase(next) && !Character.isDigit(next)) {
            return -1;
        }
        return Integer.parseInt(text.substring(0, digits));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
