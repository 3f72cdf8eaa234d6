package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageParser.LengthLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.ReleaseLineContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing of undated cards each closed by a line that gives only its length: a title, maybe a
 * line or two of text, then "12 min" or "Duration: 06:15", the same shape repeated. Each card is
 * one episode, its length the line that closes it.
 *
 * <p>Every card has as many lines of text as the others, one to {@value #MAX_CARD_LINES}, and opens
 * with a line that reads as a title; the first card is as many lines above the first length. A
 * length printed twice for one episode (over and under its notes) gives two equal lengths, which
 * are no two cards. Prose that mentions a length has no line of its own for it.
 */
final class LengthClosedCards {

    /** A card's lines of text at most, its length line left out: a kicker, a title, a teaser. */
    private static final int MAX_CARD_LINES = 3;

    private final LineTable lines;

    LengthClosedCards(LineTable lines) {
        this.lines = lines;
    }

    /** One block per card, in page order; empty if the page is no such listing. */
    List<EpisodeBlock> find() {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.line(i) instanceof ReleaseLineContext) {
                return List.of(); // a dated page is cut by its dates
            }
            if (lines.line(i) instanceof LengthLineContext) {
                lengths.add(i);
            }
        }
        if (lengths.size() < 2 || allPrintedAlike(lengths)) {
            return List.of();
        }
        int perCard = textLines(lengths.get(0) + 1, lengths.get(1)).size();
        if (perCard < 1 || perCard > MAX_CARD_LINES) {
            return List.of();
        }
        List<EpisodeBlock> blocks = new ArrayList<>();
        for (int c = 0; c < lengths.size(); c++) {
            int closing = lengths.get(c);
            List<Integer> text =
                    c == 0
                            ? lastTextLines(closing, perCard)
                            : textLines(lengths.get(c - 1) + 1, closing);
            if (text.size() != perCard || !opensCard(text.get(0))) {
                return List.of();
            }
            int title = text.get(0);
            blocks.add(new EpisodeBlock(title, title, -1, title + 1, closing + 1));
        }
        return blocks;
    }

    /** A card's first line: one that reads as a title, not a sentence of notes. */
    private boolean opensCard(int i) {
        return lines.isTitleLike(i) && !lines.endsSentence(i);
    }

    /** Whether every length line prints the same length: one episode's, printed again. */
    private boolean allPrintedAlike(List<Integer> lengths) {
        String first = lines.text(lengths.get(0));
        for (int i : lengths) {
            if (!lines.text(i).equals(first)) {
                return false;
            }
        }
        return true;
    }

    /** The lines with text from {@code from} to {@code to} (exclusive), one more than a card's. */
    private List<Integer> textLines(int from, int to) {
        List<Integer> text = new ArrayList<>();
        for (int i = from; i < to && text.size() <= MAX_CARD_LINES; i++) {
            if (!lines.isBlank(i)) {
                text.add(i);
            }
        }
        return text;
    }

    /** The {@code count} lines with text above {@code closing}, in page order; fewer at the top. */
    private List<Integer> lastTextLines(int closing, int count) {
        List<Integer> text = new ArrayList<>();
        for (int i = closing - 1; i >= 0 && text.size() < count; i--) {
            if (!lines.isBlank(i)) {
                text.add(0, i);
            }
        }
        return text;
    }
}
