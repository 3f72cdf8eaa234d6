package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * Listings whose cards close with their date: "Title / its notes / date (and length)", card after
 * card. The line above each date is then the episode's notes (a sentence), and its title is the
 * line over those notes. Read only when every date of the listing stands so, each title the first
 * line after the card before, and no title follows the last date (which would make the dates open
 * their cards, "date / Title / notes", the last card maybe cut short after its title) unless the
 * titles are numbered and count by one through that last title too: then the page's first line is
 * the first card's title like the others, and the last card was cut off before its date ({@link
 * #cutOffTitle()}). A credit ("©Name", "Foto: X") between notes and date is passed over.
 */
final class TitlesOverNotes {

    /** Lines of notes between a title and its date, at most. */
    private static final int NOTES_MAX_LINES = 6;

    /** Words of a title over notes, at most. */
    private static final int TITLE_MAX_WORDS = 20;

    /** Lines of a card's fields (its length, its file size) after its date, at most. */
    private static final int FIELD_LINES = 3;

    /** Credit lines between a card's notes and its date, at most. */
    private static final int CREDIT_LINES = 2;

    private final LineTable lines;

    /** The title of a last card cut off before its date, or -1. */
    private int cutOffTitle = -1;

    TitlesOverNotes(LineTable lines) {
        this.lines = lines;
    }

    /** Each date's title line, in the order of the dates; null when the listing is not so. */
    int[] titles(List<Integer> anchors) {
        if (anchors.size() < 2) {
            return null;
        }
        int[] titles = new int[anchors.size()];
        for (int k = 0; k < anchors.size(); k++) {
            int floor = k == 0 ? -1 : anchors.get(k - 1);
            int title = titleOverNotes(anchors.get(k), floor);
            if (title < 0 || k > 0 && title != pastFields(floor)) {
                return null;
            }
            titles[k] = title;
        }
        int after = pastFields(anchors.get(anchors.size() - 1));
        if (after >= 0 && isTitle(after)) {
            if (isCutOffCard(titles, after)) {
                cutOffTitle = after;
                return titles;
            }
            // "date / Title / notes" again, or its title alone where the copy was cut off: the
            // dates open their cards, and the first "title" is the page's header.
            return null;
        }
        return titles;
    }

    /**
     * The title of the card after the last date, which the copy cut off before its date; -1 when
     * the last date closes the page's last card.
     */
    int cutOffTitle() {
        return cutOffTitle;
    }

    /**
     * Whether the title after the last date opens a card cut off before its date: notes follow it,
     * and it continues the count of the numbered titles over the notes ("Episode 64: ..." to
     * "Episode 61: ..."), which a page header over the first card's notes would not.
     */
    private boolean isCutOffCard(int[] titles, int after) {
        int notes = lines.nextText(after + 1);
        if (notes < 0 || !lines.isNote(notes) || !lines.hasProseLength(notes)) {
            return false;
        }
        List<String> texts = new ArrayList<>();
        for (int title : titles) {
            texts.add(lines.text(title));
        }
        texts.add(lines.text(after));
        return NumberedPair.countsByOne(texts);
    }

    /** The title over the notes just above line {@code anchor} and after {@code floor}, or -1. */
    private int titleOverNotes(int anchor, int floor) {
        int i = lines.previousText(anchor - 1, floor);
        for (int skipped = 0;
                skipped < CREDIT_LINES && i >= 0 && lines.isNote(i) && lines.isLabelOrStray(i);
                skipped++) {
            i = lines.previousText(i - 1, floor);
        }
        int notes = 0;
        while (i >= 0 && isNotes(i) && notes < NOTES_MAX_LINES) {
            notes++;
            i = lines.previousText(i - 1, floor);
        }
        return notes > 0 && i >= 0 && isTitle(i) ? i : -1;
    }

    /** The first line with text after line {@code i} past a card's fields, or -1. */
    private int pastFields(int i) {
        int next = lines.nextText(i + 1);
        for (int skipped = 0;
                skipped < FIELD_LINES && next >= 0 && lines.isCardField(next);
                skipped++) {
            next = lines.nextText(next + 1);
        }
        return next;
    }

    /** A sentence or a paragraph of an episode's notes. */
    private boolean isNotes(int i) {
        return lines.isNote(i)
                && !lines.isUsed(i)
                && (lines.endsSentence(i) || lines.words(i) > TITLE_MAX_WORDS)
                && !lines.isChrome(i);
    }

    /** A short line of text that ends no sentence: a title. */
    private boolean isTitle(int i) {
        return lines.isTitleLike(i)
                && !lines.endsSentence(i)
                && lines.words(i) <= TITLE_MAX_WORDS
                && !lines.isChrome(i);
    }
}
