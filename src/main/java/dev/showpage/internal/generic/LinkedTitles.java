package dev.showpage.internal.generic;

import java.util.List;

/**
 * A card's title named by the link label under its date: "The Long Night / notes / 12.03.2024 · 45
 * min / Website: Episode "The Long Night"". The label follows the date and its fields; the card's
 * title is the line above the date that reads the quoted words. The label is then used, so that it
 * is neither a title nor notes.
 */
final class LinkedTitles {

    /** Card fields (length, file size) between a date and its link label, at most. */
    private static final int CARD_FIELDS = 4;

    /** Lines with text between a card's title and its date, at most, for a link label's title. */
    private static final int LINKED_TITLE_LINES = 6;

    private final LineTable lines;
    private final ShowName showName;

    LinkedTitles(LineTable lines, ShowName showName) {
        this.lines = lines;
        this.showName = showName;
    }

    /**
     * The link label in the card fields under date {@code anchor}, or -1: it follows the date and
     * its fields before any other line, and before line {@code next} when that is not -1.
     */
    int labelUnder(int anchor, int next) {
        int i = lines.nextText(anchor + 1);
        for (int skipped = 0;
                skipped <= CARD_FIELDS && i >= 0 && (next < 0 || i < next);
                skipped++) {
            if (EpisodeLinkLabels.isOne(lines, i)) {
                return i;
            }
            if (!lines.isCardField(i)) {
                return -1;
            }
            i = lines.nextText(i + 1);
        }
        return -1;
    }

    /**
     * The title of date {@code k}'s card when a link label under its fields quotes it, or -1. A
     * label quoting the page's heading or the show's name ("Website: Episode "Harbour Talk"") names
     * no episode's title: the site linked the show, or printed its name where the title belongs.
     */
    int titleOf(List<Integer> anchors, int k) {
        int anchor = anchors.get(k);
        int label = labelUnder(anchor, k + 1 < anchors.size() ? anchors.get(k + 1) : -1);
        if (label < 0) {
            return -1;
        }
        String quoted = EpisodeLinkLabels.quotedTitle(lines.text(label));
        int heading = lines.nextText(0);
        if (heading >= 0 && lines.text(heading).strip().equals(quoted)) {
            return -1;
        }
        int floor = k == 0 ? -1 : anchors.get(k - 1);
        int i = lines.previousText(anchor - 1, floor);
        for (int seen = 0; seen < LINKED_TITLE_LINES && i >= 0; seen++) {
            if (lines.text(i).strip().equals(quoted)) {
                if (lines.isUsed(i) || i == heading || showName.isProseName(i)) {
                    return -1;
                }
                lines.markUsed(label);
                return i;
            }
            i = lines.previousText(i - 1, floor);
        }
        return -1;
    }

    /**
     * Whether title {@code title}, found for date {@code k}, is the first title-like line of its
     * card: no title-like line other than the page's heading or the show's name stands above it
     * within the card. When one does ("The Long Night / notes / Fog over the bay / date"), the
     * card's start and notes stay where the card's other rules put them.
     */
    boolean opensCard(List<Integer> anchors, int k, int title) {
        int floor = k == 0 ? -1 : anchors.get(k - 1);
        int heading = lines.nextText(0);
        int i = lines.previousText(title - 1, floor);
        for (int seen = 0; seen < LINKED_TITLE_LINES && i >= 0; seen++) {
            if (EpisodeLinkLabels.isOne(lines, i)) {
                // The card above closes with its own label.
                return true;
            }
            if (lines.isTitleLike(i) && i != heading && !showName.isProseName(i)) {
                return false;
            }
            i = lines.previousText(i - 1, floor);
        }
        return true;
    }
}
