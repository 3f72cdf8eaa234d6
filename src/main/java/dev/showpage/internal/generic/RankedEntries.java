package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a ranked list, as a magazine's "best of" article prints them: each entry a heading
 * opened by its rank ("1. The Night Ferries", "2) Kilns are patient", "3 Salt Marshes"), the ranks
 * counting 1, 2, 3 down the page, each heading over a paragraph. What such a heading names is what
 * the list ranks: a show most often ("1. The Night Ferries"), sometimes the editor's own words for
 * the entry; so the heading, rank or not, never titles an episode. An entry that recommends one
 * episode prints its title on a short line of its own between the heading and the paragraph ("1
 * The Night Ferries / Who keeps the lamps lit? / review"); the other entries are untitled.
 *
 * <p>One episode's notes may number their sections too ("In this episode: / 1. Trust / paragraph
 * / 2. ..."): so the line over the first heading must be a paragraph that announces nothing (no
 * closing colon) or nothing at all, and no chapter's time stands above the list.
 */
final class RankedEntries {

    /** Entries a ranked list has at least. */
    private static final int MIN_ENTRIES = 3;

    /** The highest rank read: a list counts its entries in one or two digits. */
    private static final int MAX_RANK = 99;

    /** Words of an entry's heading, its rank included, at most. */
    private static final int HEADING_MAX_WORDS = 21;

    /** Words of an episode's title under a heading, at most. */
    private static final int TITLE_MAX_WORDS = 20;

    private final LineTable lines;

    RankedEntries(LineTable lines) {
        this.lines = lines;
    }

    /** The list's entries in page order, or none when the page holds no ranked list. */
    List<EpisodeBlock> find() {
        List<Integer> headings = headings();
        List<EpisodeBlock> blocks = new ArrayList<>();
        if (headings.size() < MIN_ENTRIES || !opensList(headings.get(0))) {
            return blocks;
        }
        for (int k = 0; k < headings.size(); k++) {
            int end = k + 1 < headings.size() ? headings.get(k + 1) : lines.size();
            if (!lines.hasParagraph(headings.get(k) + 1, end)) {
                return List.of(); // a numbered list of points, not of entries
            }
        }
        for (int k = 0; k < headings.size(); k++) {
            int heading = headings.get(k);
            int end = k + 1 < headings.size() ? headings.get(k + 1) : lines.size();
            int title = titleUnder(heading, end);
            lines.markUsed(heading); // the ranked name: neither a title nor notes
            int notesFrom = (title >= 0 ? title : heading) + 1;
            blocks.add(new EpisodeBlock(heading, title, -1, notesFrom, end));
        }
        return blocks;
    }

    /**
     * The headings whose ranks count 1, 2, 3 from the first heading ranked 1; a heading ranked out
     * of turn ends the list.
     */
    private List<Integer> headings() {
        List<Integer> headings = new ArrayList<>();
        for (int i = lines.nextText(0); i >= 0; i = lines.nextText(i + 1)) {
            if (!lines.isNote(i) || !lines.isShort(i) || lines.words(i) > HEADING_MAX_WORDS) {
                continue; // cheap tests first: this runs on every line of a page
            }
            int rank = rank(lines.text(i));
            if (rank == headings.size() + 1 && !lines.isChrome(i) && !lines.isUsed(i)) {
                headings.add(i);
            } else if (rank > 0 && !headings.isEmpty() && rank != headings.size() + 1) {
                break;
            }
        }
        return headings;
    }

    /**
     * The rank that opens a heading ("1. Name", "2) Name", "3 Name"), or 0: digits, a point or a
     * bracket maybe, a space and a word that opens with a letter or a quotation mark.
     */
    static int rank(String text) {
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return 0;
        }
        int at = digits;
        if (at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == ')')) {
            at++;
        }
        if (at + 1 >= text.length() || text.charAt(at) != ' ') {
            return 0;
        }
        int first = text.codePointAt(at + 1);
        if (!Character.isLetter(first) && QuoteMarks.OPENING.indexOf(first) < 0) {
            return 0; // "3 12:30", "2 - 4": no name follows the number
        }
        int rank = Integer.parseInt(text.substring(0, digits));
        return rank <= MAX_RANK ? rank : 0;
    }

    /**
     * Whether the list opens the page or follows a paragraph that announces nothing: a heading
     * that ends with a colon ("Three lessons from today's talk:") announces one episode's points,
     * and a chapter's time above the list makes its lines that episode's.
     */
    private boolean opensList(int first) {
        if (lines.hasChapterLine(0, first)) {
            return false;
        }
        int above = lines.previousText(first - 1, -1);
        return above < 0
                || lines.isNote(above)
                        && lines.hasProseLength(above)
                        && !lines.text(above).endsWith(":");
    }

    /**
     * The episode's title on the short line between heading and paragraph, or -1: title-like, no
     * sentence, no byline or credit, no caption that prints the heading's name again, and a
     * paragraph right under it.
     */
    private int titleUnder(int heading, int end) {
        int under = lines.nextText(heading + 1);
        if (under < 0 || under >= end || !lines.isNote(under) || !lines.isShort(under)) {
            return -1;
        }
        int paragraph = lines.nextText(under + 1);
        boolean title =
                !lines.hasProseLength(under)
                        && lines.words(under) <= TITLE_MAX_WORDS
                        && lines.isTitleLike(under)
                        && !lines.endsSentence(under)
                        && !lines.isChrome(under)
                        && !lines.isLabelOrStray(under)
                        && rank(lines.text(under)) == 0
                        && !lines.text(heading).contains(lines.text(under))
                        && paragraph >= 0
                        && paragraph < end
                        && lines.isNote(paragraph)
                        && lines.hasProseLength(paragraph);
        return title ? under : -1;
    }
}
