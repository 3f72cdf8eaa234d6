package dev.showpage.internal.generic;

import dev.showpage.internal.episode.LoneDates;
import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Cards of a dated listing that close with a line of their own fields, a length and a date ({@code 41:07
 * 03.03.2024}), in a listing that dates each broadcast over its cards: "Broadcast of 03/03/2024 /
 * Title / teaser / 41:07 03.03.2024". A broadcast may hold a second card under the same date line,
 * which only its closing line dates: "... / 41:07 03.03.2024 / Second title / teaser / 04:20
 * 03.03.2024". The listing's rhythm is read from its first card: when that card's last line is
 * such a closing line, a block that holds such a line before its own closing one holds a card of
 * its own after it, opened by a title over its notes.
 */
final class ClosingLineCards {

    /** Words of a card's title, at most. */
    private static final int TITLE_MAX_WORDS = 20;

    private final LineTable lines;

    /**
     * Whether the first card's closing line gave a length that no clock shows ({@link
     * LengthBeforeDate}): the time in each closing line of the listing is then a length.
     */
    private boolean lengthsShown;

    ClosingLineCards(LineTable lines) {
        this.lines = lines;
    }

    /** The blocks, each that holds two cards split in two; the same blocks on any other page. */
    List<EpisodeBlock> split(List<EpisodeBlock> blocks) {
        if (blocks.size() < 2
                || blocks.get(0).release() < 0
                || !isClosingLine(lastText(blocks.get(0)))) {
            return blocks; // the first card does not close with its fields: no rhythm to read
        }
        EpisodeBlock first = blocks.get(0);
        lengthsShown = LengthBeforeDate.of(lines, lastText(first), first.notesTo()) != null;
        List<EpisodeBlock> result = new ArrayList<>(blocks.size() + 1);
        for (EpisodeBlock block : blocks) {
            int second = secondCard(block);
            if (second < 0) {
                result.add(block);
                continue;
            }
            result.add(
                    new EpisodeBlock(
                            block.start(),
                            block.title(),
                            block.release(),
                            block.notesFrom(),
                            second,
                            block.show()));
            result.add(new EpisodeBlock(second, second, -1, second + 1, block.notesTo()));
        }
        return result;
    }

    /**
     * The title of a second card in the block, or -1: the line right after a closing line that
     * is not the block's last, title-like and no sentence, with notes under it, the block closing
     * with a line of the same shape.
     */
    private int secondCard(EpisodeBlock block) {
        int last = lastText(block);
        if (!isClosingLine(last)) {
            return -1;
        }
        for (int i = lines.nextText(block.notesFrom());
                i >= 0 && i < last;
                i = lines.nextText(i + 1)) {
            if (!isClosingLine(i)) {
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
            return card ? title : -1;
        }
        return -1;
    }

    /** The block's last line with text, or -1. */
    private int lastText(EpisodeBlock block) {
        return lines.previousText(block.notesTo() - 1, block.notesFrom() - 1);
    }

    /**
     * Whether line {@code i} is a closing line that closes its card: no line with text follows it
     * before {@code end}.
     */
    boolean closesCard(int i, int end) {
        if (!isClosingLine(i)) {
            return false;
        }
        int next = lines.nextText(i + 1);
        return next < 0 || next >= end;
    }

    /**
     * The time of closing line {@code i} as the card's length, when the listing's first card showed
     * its closing time to be a length ("41:07" there, so "04:20" here); else null.
     */
    Token length(int i) {
        return lengthsShown ? lines.terminals(i).get(0) : null;
    }

    /** Whether line {@code i} holds a time and a full date, only. */
    private boolean isClosingLine(int i) {
        if (i < 0 || !lines.isNote(i) || lines.tokens(i) != 3) {
            return false;
        }
        List<Token> tokens = lines.terminals(i);
        return tokens.get(0).getType() == EpisodePageLexer.TIMESTAMP
                && LoneDates.isFullDate(tokens.get(1).getType())
                && tokens.get(2).getType() == EpisodePageLexer.NL;
    }
}
