package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Cards of a dated listing that close with a line of their own fields, a length and a date ({@code
 * 41:07 03.03.2024}), in a listing that dates each broadcast over its cards: "Broadcast of
 * 03/03/2024 / Title / teaser / 41:07 03.03.2024". A broadcast may hold further cards under the
 * same date line, which only their closing lines date: "... / 41:07 03.03.2024 / Second title /
 * teaser / 04:20 03.03.2024 / Third title / teaser / 12:10 03.03.2024". The listing's rhythm is
 * read from its first card: when that card's last line is such a closing line, a block that holds
 * such lines before its own closing one holds a card of its own after each, opened by a title over
 * its notes. A closing line under a line that announces a value ("Endstand: / 31:28 05.03.2024") is
 * a result, no card's fields ({@link LengthBeforeDate#isFieldsLine}).
 *
 * @param blocks the blocks, each that holds several cards split into them
 * @param madeCards the first lines of the cards the split made: only these are dated by their
 *     closing lines
 * @param lengthsShown whether the first card's closing line gave a length that no clock shows
 *     ("41:07"): the time in each closing line of the listing is then a length ("04:20")
 */
record ClosingLineCards(List<EpisodeBlock> blocks, Set<Integer> madeCards, boolean lengthsShown) {

    /** Words of a card's title, at most. */
    private static final int TITLE_MAX_WORDS = 20;

    ClosingLineCards {
        blocks = List.copyOf(blocks);
        madeCards = Set.copyOf(madeCards);
    }

    /**
     * The blocks, each that holds several cards split into them; the same blocks on any other page.
     */
    static ClosingLineCards split(LineTable lines, List<EpisodeBlock> blocks) {
        if (blocks.size() < 2
                || blocks.get(0).release() < 0
                || !closesBlock(lines, blocks.get(0))) {
            return new ClosingLineCards(blocks, Set.of(), false); // no rhythm to read
        }
        EpisodeBlock first = blocks.get(0);
        boolean lengthsShown =
                LengthBeforeDate.of(lines, lastText(lines, first), first.notesTo()) != null;
        List<EpisodeBlock> result = new ArrayList<>(blocks.size() + 1);
        Set<Integer> made = new HashSet<>();
        for (EpisodeBlock block : blocks) {
            List<Integer> titles = innerCards(lines, block);
            if (titles.isEmpty()) {
                result.add(block);
                continue;
            }
            result.add(block.endingAt(titles.get(0)));
            for (int k = 0; k < titles.size(); k++) {
                int title = titles.get(k);
                int end = k + 1 < titles.size() ? titles.get(k + 1) : block.notesTo();
                result.add(new EpisodeBlock(title, title, -1, title + 1, end));
                made.add(title);
            }
        }
        return new ClosingLineCards(result, made, lengthsShown);
    }

    /** Whether the block is one the split made, under no date line of its own. */
    boolean made(EpisodeBlock block) {
        return block.release() < 0 && madeCards.contains(block.start());
    }

    /**
     * The time of closing line {@code i} as the card's length, when the listing's first card showed
     * its closing time to be a length ("41:07" there, so "04:20" here); else null.
     */
    Token length(LineTable lines, int i) {
        return lengthsShown ? lines.terminals(i).get(0) : null;
    }

    /**
     * The titles of the further cards in the block, each the line right after an inner closing line
     * of the block's own day, title-like and no sentence, with notes under it; none unless the
     * block closes with a line of the same shape and every such inner line opens such a card.
     */
    private static List<Integer> innerCards(LineTable lines, EpisodeBlock block) {
        if (!closesBlock(lines, block)) {
            return List.of();
        }
        int last = lastText(lines, block);
        String day = dayOf(lines, last);
        List<Integer> titles = new ArrayList<>();
        for (int i = lines.nextText(block.notesFrom());
                i >= 0 && i < last;
                i = lines.nextText(i + 1)) {
            // Cards under one broadcast's date line share its day: a time and another day in a
            // card's notes is a repeat's or a next airing's slot ("20:15 07.03.2024").
            if (!isClosingLine(lines, i) || !dayOf(lines, i).equals(day)) {
                continue;
            }
            int title = lines.nextText(i + 1);
            int notes = title < 0 ? -1 : lines.nextText(title + 1);
            boolean card =
                    title >= 0
                            && notes >= 0
                            && notes < last
                            && lines.isShort(title)
                            && lines.words(title) <= TITLE_MAX_WORDS
                            && lines.isTitleLike(title)
                            && !lines.endsSentence(title)
                            && !lines.isChrome(title)
                            && lines.isNote(notes)
                            && lines.hasProseLength(notes);
            if (!card) {
                return List.of(); // a closing line that opens no card: the rhythm is not this
            }
            titles.add(title);
        }
        return titles;
    }

    /** Whether the block's last line with text is a closing line. */
    private static boolean closesBlock(LineTable lines, EpisodeBlock block) {
        int last = lastText(lines, block);
        return last >= 0
                && lines.isNote(last)
                && LengthBeforeDate.closesWithFields(lines, last, block.notesTo());
    }

    /** The block's last line with text, or -1. */
    private static int lastText(LineTable lines, EpisodeBlock block) {
        return lines.previousText(block.notesTo() - 1, block.notesFrom() - 1);
    }

    /** The date of closing line {@code i} as printed. */
    private static String dayOf(LineTable lines, int i) {
        return lines.terminals(i).get(1).getText();
    }

    /** Whether line {@code i} is a card's closing line: a time and a full date, only. */
    private static boolean isClosingLine(LineTable lines, int i) {
        return i >= 0 && lines.isNote(i) && LengthBeforeDate.isFieldsLine(lines, i);
    }
}
