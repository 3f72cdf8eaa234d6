package dev.showpage.internal.generic;

import dev.showpage.internal.text.DateWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the episodes of a generic page stand, read from where its release lines (a date, maybe a
 * length) stand. Most sites print an episode's title just above its release line (sometimes twice,
 * the first a cover caption), a few just below it, and its notes after it; some list episodes as
 * notes each followed by "Published ..." ({@link DatesUnderNotes}). A page with no release line is
 * read by {@link UndatedBlocks} instead.
 */
final class DatedBlocks {

    /** Lines of a card's fields (size, length, cover label) between its date and title, at most. */
    private static final int CARD_LINES = 4;

    /** Words of a title printed below its date, at most. */
    private static final int TITLE_BELOW_MAX_WORDS = 20;

    private final LineTable lines;
    private final ShowName showName;
    private final LinkedTitles linkedTitles;

    /**
     * For each date, whether its episode is titled by its number label alone ("3 September 2025 /
     * Episode #512"): a label under the date, in a run of dates each with only its label.
     */
    private boolean[] labelTitles = new boolean[0];

    DatedBlocks(LineTable lines, ShowName showName) {
        this.lines = lines;
        this.showName = showName;
        this.linkedTitles = new LinkedTitles(lines, showName);
    }

    /**
     * The page's episodes in page order, one for each release line (and maybe one for a paragraph
     * after the last); none when the page has no release line. A date or a title printed twice is
     * used once.
     */
    List<EpisodeBlock> find() {
        List<Integer> anchors = anchors();
        if (anchors.isEmpty()) {
            return List.of();
        }
        if (anchors.size() == 1 && isDateUnderNotes(anchors.get(0))) {
            // "Published: 31 May 2024" under an episode's notes: the episode is the page's one,
            // titled at its top as a page without a date is.
            EpisodeBlock only = new UndatedBlocks(lines, showName).onlyEpisode();
            if (only != null && only.title() >= 0 && only.title() < anchors.get(0)) {
                return List.of(
                        new EpisodeBlock(
                                only.start(),
                                only.title(),
                                anchors.get(0),
                                only.notesFrom(),
                                lines.size()));
            }
        }
        labelTitles = labelsAloneUnderDates(anchors);
        TitlesOverNotes overNotesReader = new TitlesOverNotes(lines);
        int[] overNotes = overNotesReader.titles(anchors);
        if (overNotes != null) {
            return titledOverNotes(anchors, overNotes, overNotesReader.cutOffTitle());
        }
        DatesUnderNotes underNotes = new DatesUnderNotes(lines);
        return underNotes.notesBeforeDates(anchors) ? underNotes.blocks(anchors) : titled(anchors);
    }

    /**
     * Which dates are titled by their number labels: the dates of a run that has under each date
     * only an episode's number label ("Episode #512", "Folge 12", "Ep. 5") before the next date,
     * and the label under the date that closes the run, whatever follows that label. Such a listing
     * prints no other title; two dates with only their labels at least.
     */
    private boolean[] labelsAloneUnderDates(List<Integer> anchors) {
        boolean[] titled = new boolean[anchors.size()];
        int alone = 0;
        for (int k = 0; k < anchors.size(); k++) {
            int below = lines.nextText(anchors.get(k) + 1);
            if (!isLabel(below)) {
                continue;
            }
            boolean onlyLabel =
                    k + 1 < anchors.size() && lines.nextText(below + 1) == anchors.get(k + 1);
            if (onlyLabel) {
                alone++;
            }
            titled[k] = onlyLabel || k > 0 && titled[k - 1];
        }
        return alone >= MIN_LABEL_TITLES ? titled : new boolean[anchors.size()];
    }

    /** Dates with only their number labels under them a label-titled listing has at least. */
    private static final int MIN_LABEL_TITLES = 2;

    /** Whether line {@code i} is an episode's number label and nothing else. */
    private boolean isLabel(int i) {
        return i >= 0
                && lines.isNote(i)
                && lines.isShort(i)
                && !lines.isUsed(i)
                && EpisodeNumbers.isEpisodeLabel(lines.text(i));
    }

    /**
     * Release lines, without a repeat of the one just before it ("Tuesday Aug 27, 2024" twice), and
     * without those above a listing's "Episodes" heading (the show's "updated 2 weeks ago").
     */
    private List<Integer> anchors() {
        List<Integer> anchors = new ArrayList<>();
        for (int i = lines.listingHeading(0) + 1; i < lines.size(); i++) {
            if (lines.isRelease(i)) {
                int previous = anchors.isEmpty() ? -1 : anchors.get(anchors.size() - 1);
                if (previous >= 0
                        && lines.nextText(previous + 1) == i
                        && lines.text(previous).equals(lines.text(i))) {
                    lines.markUsed(i); // the same date again: the episode already has it
                    continue;
                }
                anchors.add(i);
            }
        }
        return anchors;
    }

    /**
     * "Title / notes / date" card after card: each episode from its title to the next title, its
     * date and the fields under it included; a last card cut off before its date ({@code cutOff},
     * its title line, or -1) after them.
     */
    private List<EpisodeBlock> titledOverNotes(List<Integer> anchors, int[] titles, int cutOff) {
        List<EpisodeBlock> blocks = new ArrayList<>();
        int last = cutOff >= 0 ? cutOff : lines.size();
        for (int k = 0; k < anchors.size(); k++) {
            int end = k + 1 < anchors.size() ? titles[k + 1] : last;
            blocks.add(new EpisodeBlock(titles[k], titles[k], anchors.get(k), titles[k] + 1, end));
        }
        if (cutOff >= 0) {
            // The last card, cut off before its date: its title and notes, undated.
            blocks.add(new EpisodeBlock(cutOff, cutOff, -1, cutOff + 1, lines.size()));
        }
        return blocks;
    }

    /** Episodes that open with their date or title: each title above its date, or each below. */
    private List<EpisodeBlock> titled(List<Integer> anchors) {
        int[] titles = new int[anchors.size()];
        int[] starts = new int[anchors.size()];
        int[] shows = new int[anchors.size()];
        int[] notesFrom = new int[anchors.size()];
        boolean titlesBelow = titlesBelowDates(anchors);
        boolean buttonListing = buttonOverEveryDate(anchors);
        for (int k = 0; k < anchors.size(); k++) {
            int anchor = anchors.get(k);
            int floor = k == 0 ? -1 : anchors.get(k - 1);
            int above = overFields(lines.previousText(anchor - 1, floor), floor, buttonListing);
            starts[k] = anchor;
            shows[k] = -1;
            int between = new TitleBetweenPrints(lines).between(above, floor);
            notesFrom[k] = -1;
            int linked = linkedTitles.titleOf(anchors, k);
            boolean linkOpensCard = linked >= 0 && linkedTitles.opensCard(anchors, k, linked);
            if (linkOpensCard) {
                // "Title / notes / date / Website: Episode "Title"": the link names the title.
                titles[k] = linked;
                starts[k] = linked;
                notesFrom[k] = linked + 1;
            } else if (!titlesBelow && between >= 0) {
                // "Show / Title / Show / date": the show's name printed either side of the title.
                titles[k] = between;
                starts[k] = lines.previousText(between - 1, floor);
                lines.markUsed(above);
                lines.markUsed(starts[k]);
                shows[k] = starts[k];
            } else if (!titlesBelow && isTitleAbove(above)) {
                titles[k] = above;
                starts[k] = above;
                // A cover caption or an earlier print of the same title just above it.
                int before = lines.previousText(above - 1, floor);
                while (before >= 0 && lines.repeats(before, above)) {
                    lines.markUsed(before);
                    starts[k] = before;
                    before = lines.previousText(before - 1, floor);
                }
            } else {
                titles[k] = titleBelow(anchors, k);
            }
            if (linked >= 0 && !linkOpensCard) {
                // "Title / notes / Other title / date / label": the link names the lower line,
                // which does not open the card, so its start and notes stay as found.
                titles[k] = linked;
            }
        }
        List<EpisodeBlock> blocks = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            int anchor = anchors.get(k);
            int notesStart = notesFrom[k] >= 0 ? notesFrom[k] : Math.max(anchor, titles[k]) + 1;
            int notesTo = k + 1 < anchors.size() ? starts[k + 1] : lines.size();
            blocks.add(
                    new EpisodeBlock(
                            starts[k],
                            titles[k],
                            anchor,
                            notesStart,
                            Math.max(notesStart, notesTo),
                            shows[k]));
        }
        if (!titlesBelow && allTitlesAbove(anchors, titles)) {
            cutLastEntry(blocks);
        }
        return blocks;
    }

    /**
     * Line {@code i}, or the first line with text over it that is not a card's field when {@code i}
     * is one: a card may print its length or file size between its title and its date ("Title / 45
     * min / 3 March 2024"), as it may between date and title, and a teaser it cut short ("Title /
     * teaser... more / 3 March 2024"), and its play button right over the date ("Title / Listen / 3
     * March 2024"; one button of a player's labels: "Home" over a date is a title). The field is
     * then the card's: the episode starts at its title, over it. Over a play button the line is its
     * card's title only when it is no sentence, and stands right over the button or, on a listing
     * whose every card has a button ({@code buttonListing}), over a blank line: else it closes the
     * card before or is the page's header.
     */
    private int overFields(int i, int floor, boolean buttonListing) {
        int past = i;
        for (int skipped = 0;
                skipped < CARD_LINES
                        && past >= 0
                        && (lines.isCardField(past)
                                || lines.isCutTeaser(past)
                                || past == i && PlayButtons.isOne(lines, past));
                skipped++) {
            past = lines.previousText(past - 1, floor);
        }
        if (i >= 0
                && PlayButtons.isOne(lines, i)
                && (past < 0
                        || lines.endsSentence(past)
                        || !buttonListing && lines.previousText(i - 1, floor) != i - 1)) {
            return i;
        }
        return past != i && past >= 0 && isTitleAbove(past) ? past : i;
    }

    /** Whether two dates or more each have a play button on the line with text over them. */
    private boolean buttonOverEveryDate(List<Integer> anchors) {
        for (int k = 0; k < anchors.size(); k++) {
            int floor = k == 0 ? -1 : anchors.get(k - 1);
            int above = lines.previousText(anchors.get(k) - 1, floor);
            if (above < 0 || !PlayButtons.isOne(lines, above)) {
                return false;
            }
        }
        return anchors.size() >= 2;
    }

    /** Whether each date has its title on the line with text just above it. */
    private boolean allTitlesAbove(List<Integer> anchors, int[] titles) {
        for (int k = 0; k < anchors.size(); k++) {
            int floor = k == 0 ? -1 : anchors.get(k - 1);
            if (titles[k] < 0 || titles[k] != lines.previousText(anchors.get(k) - 1, floor)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A listing the copy cut off in its next entry's date ("Title / October"): the page's last line
     * is the date's first word (a month or a weekday) under a title, past the last entry's notes.
     * The title opens an episode of its own, without a date, so that it is not read as the last
     * entry's notes.
     */
    private void cutLastEntry(List<EpisodeBlock> blocks) {
        EpisodeBlock last = blocks.get(blocks.size() - 1);
        int end = lines.previousText(lines.size() - 1, last.notesFrom());
        if (end < 0 || !lines.isNote(end) || lines.words(end) > CUT_DATE_MAX_WORDS) {
            return;
        }
        String first = lines.text(end).split(" ")[0];
        if (DateWords.month(first) == 0 && !DateWords.isWeekday(first)) {
            return;
        }
        int title = end - 1; // the title just above, no blank line between
        if (title < last.notesFrom()
                || !isTitleAbove(title)
                || lines.words(title) > TITLE_BELOW_MAX_WORDS
                || lines.endsSentence(title)
                || !lines.hasParagraph(last.notesFrom(), title)) {
            return;
        }
        blocks.set(
                blocks.size() - 1,
                new EpisodeBlock(
                        last.start(),
                        last.title(),
                        last.release(),
                        last.notesFrom(),
                        title,
                        last.show()));
        blocks.add(new EpisodeBlock(title, title, -1, title + 1, lines.size()));
    }

    /** Words of a date cut off after its first words ("October", "Tuesday 12"), at most. */
    private static final int CUT_DATE_MAX_WORDS = 2;

    /**
     * Whether the page prints each title just below its date ("2025-03-12 / The Great Tape
     * Transfer"): on a page of several episodes, most dates after the first have notes above them
     * and a title line below. The first date's line above is then the site's, not a title.
     */
    private boolean titlesBelowDates(List<Integer> anchors) {
        if (anchors.size() < 2) {
            return false;
        }
        int votes = 0;
        for (int k = 1; k < anchors.size(); k++) {
            int anchor = anchors.get(k);
            int above = lines.previousText(anchor - 1, anchors.get(k - 1));
            if (above >= 0 && lines.isCutTeaser(above)) {
                // "Title / teaser... more / date"
                above = overFields(above, anchors.get(k - 1), false);
            }
            // Both are asked: the first read of a line's text reports entities encoded twice in it,
            // so which lines are read shows in the diagnostics.
            boolean titleAbove = isTitleAbove(above);
            int below = titleBelow(anchors, k);
            // A sentence above and a title below: the sentence closes the card before.
            boolean sentenceAbove = titleAbove && lines.endsSentence(above);
            if (below >= 0 && (!titleAbove || sentenceAbove && !lines.endsSentence(below))) {
                votes++;
            }
        }
        return votes * 2 > anchors.size() - 1;
    }

    /**
     * Whether a page's only release line closes its notes: a sentence of prose just above it, no
     * title just below it, and no link label to its card under it (which makes it a card's).
     */
    private boolean isDateUnderNotes(int anchor) {
        int above = lines.previousText(anchor - 1, -1);
        return above >= 0
                && lines.isNote(above)
                && (lines.hasProseLength(above) || isSpokenDate(anchor, above))
                && lines.endsSentence(above)
                && titleBelow(List.of(anchor), 0) < 0
                && linkedTitles.labelUnder(anchor, -1) < 0;
    }

    /**
     * Whether the release line is a sentence of running text, as a transcript says the day ("It is
     * Monday, June 12, 2023."): it ends with a full stop, right under the sentence above it.
     */
    private boolean isSpokenDate(int anchor, int above) {
        return above == anchor - 1 && lines.endsSentence(anchor);
    }

    /** Whether line {@code above}, the first with text above a date, reads as the title. */
    private boolean isTitleAbove(int above) {
        return above >= 0
                && lines.isTitleLike(above)
                && !isProse(above)
                && !lines.isChrome(above)
                && !showName.isProseName(above);
    }

    /**
     * Whether line {@code i} is a paragraph of two sentences or more, with the words of prose ("A
     * wider window is needed to read this page. Widen your browser or turn your phone."): a site's
     * notice or an episode's notes, never a title.
     */
    private boolean isProse(int i) {
        return lines.hasProseLength(i)
                && lines.endsSentence(i)
                && lines.text(i).substring(0, lines.text(i).length() - 1).contains(". ");
    }

    /** The line just below date {@code k} (and above the next) when it reads as a title, or -1. */
    private int titleBelow(List<Integer> anchors, int k) {
        int below = lines.nextText(anchors.get(k) + 1);
        // A card may print its file size, length and cover's label between date and title: the
        // lines are passed over when a size or a length is among them.
        int past = below;
        boolean field = false;
        for (int skipped = 0;
                skipped < CARD_LINES
                        && past >= 0
                        && (k + 1 == anchors.size() || past < anchors.get(k + 1))
                        && (lines.isCardField(past) || lines.isCardLabel(past));
                skipped++) {
            field |= lines.isCardField(past);
            past = lines.nextText(past + 1);
        }
        if (field) {
            below = past;
        }
        if (anchors.size() == labelTitles.length && labelTitles[k] && isLabel(below)) {
            return below;
        }
        boolean title =
                below >= 0
                        && (k + 1 == anchors.size() || below < anchors.get(k + 1))
                        && !EpisodeLinkLabels.isOne(lines, below)
                        && lines.isTitleLike(below)
                        && !showName.isProseName(below)
                        && lines.words(below) <= TITLE_BELOW_MAX_WORDS
                        && (!lines.endsSentence(below)
                                || NamedNumberTitle.name(lines.text(below)) != null
                                || TitleCaseSentences.isOne(lines.text(below)));
        return title ? below : -1;
    }
}
