package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a numbered list of shows, as a paper's "best podcasts" piece prints them: each
 * opens with its rank and the show's name ("1 The Quiet Hour", "2. Kitchen Table Talks"), over a
 * line of its own that opens with the recommended episode's number ("#31 - Bread and patience",
 * "Folge 12: Brot und Geduld"), then the review. The ranked line is then the show's, and the
 * numbered line under it the episode's title. Under any other line the ranked line stays the title:
 * a ranked list of episodes prints under each rank a season's label ("Season 2, Episode 5"), a
 * tagline ("Maria returns to the village") or, on a chart, the show ("The Quiet Hour"), none of
 * them the episode's title.
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
                    && isNumberedTitle(lines.text(under))) {
                retitled.add(
                        new EpisodeBlock(block.start(), under, -1, under + 1, block.notesTo()));
            } else {
                // The ranked line over prose, a tagline or a show: an episode's ranked title.
                retitled.add(block);
            }
        }
        return retitled;
    }

    /**
     * Whether the text opens with an episode's number and goes on with a title ("#31 - Bread and
     * patience", "Folge 12: Brot und Geduld"); a number label alone ("Episode 5") titles nothing.
     */
    private static boolean isNumberedTitle(String text) {
        return EpisodeNumbers.opensWithEpisodeNumber(text)
                && !EpisodeNumbers.isEpisodeLabel(text)
                && !DatedNumberLabel.isOne(text);
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
     * The rank a line opens with ("1 Name", "2. Name", "3) Name") before a word with a capital or a
     * digit, or -1.
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
