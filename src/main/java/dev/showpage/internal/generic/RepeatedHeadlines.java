package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.text.CreditLines;
import dev.showpage.internal.text.Names;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * A headline that an episode page prints twice, once over its player and once under it, as a
 * hosting platform or a newsletter prints a post's title over the audio and again over the notes:
 *
 * <pre>
 * Lamps at low tide. A walk with the harbour master.
 * 0:00
 * -41:12
 * Lamps at low tide. A walk with the harbour master.
 * </pre>
 *
 * The page's layout, not the line's wording, makes it the title: a line of notes that ends with a
 * full stop, or even holds two sentences, is the episode's title when the page prints it on both
 * sides of its player. A sentence printed twice with no player between (a show's description over
 * and under its cover, a quote pulled out of the notes) is not read here.
 *
 * <p>A player's page prints other sentences on both sides of it too: the show's description ("A
 * podcast about the sea. Hosted by Tom Reyes.") and a sponsor's read ("This episode is brought to
 * you by ..."). A line that names hosts, holds a credit, thanks or sponsor sentence ({@link
 * CreditLines}), calls the reader to follow ({@link CallsToAction}) or speaks of a podcast is never
 * such a headline; and the caller takes one only where the page prints no other title.
 */
final class RepeatedHeadlines {

    /** Words of a headline at most: longer lines are notes, even printed twice. */
    private static final int MAX_WORDS = 40;

    private RepeatedHeadlines() {}

    /**
     * Whether lines {@code first} and {@code second}, which print the same text (the caller's
     * finding), print one headline on either side of a player: a line between them gives only the
     * player's times, its start over its length ("00:00 / 28:59") or its remaining time ("-41:12").
     * A transcript's stamps ("0:00", "12:30") are neither.
     */
    static boolean aroundPlayer(LineTable lines, int first, int second) {
        if (!isHeadline(lines, first)) {
            return false;
        }
        for (int i = first + 1; i < second; i++) {
            if (!lines.isBlank(i) && isPlayerTimes(lines, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether line {@code i}, which the caller has found title-like, outside the site's chrome and
     * of two words at least, is short enough for a headline and no show's or sponsor's sentence.
     */
    private static boolean isHeadline(LineTable lines, int i) {
        return lines.isNote(i)
                && lines.words(i) <= MAX_WORDS
                && !readsAsShowOrSponsor(lines.text(i));
    }

    /**
     * Whether a sentence is the show's or a sponsor's rather than an episode's headline: it names
     * the hosts ("Hosted by X", "Moderiert von X", "Présenté par X"), holds a credit, thanks or
     * sponsor sentence ("This episode is brought to you by X"), calls the reader to follow, or
     * speaks of a podcast ("A podcast about ...", "Ein Podcast über ...": the word is the same in
     * the seven languages the parser reads).
     */
    private static boolean readsAsShowOrSponsor(String text) {
        if (!CreditLines.hostNames(text).isEmpty() || CallsToAction.isOne(text)) {
            return true;
        }
        if (text.toLowerCase(Locale.ROOT).contains("podcast")) {
            return true;
        }
        for (boolean credit : CreditLines.mask(Names.words(text))) {
            if (credit) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether line {@code i} is a player's times alone (times, dashes and slashes only): its
     * remaining time, the dash glued to it ("-41:12"), or its position at the start over its length
     * ("0:00 / 41:12"). A stamp alone ("0:00", "12:30") may be a transcript's, and a dash between
     * two times ("19:00-22:00") is a clock range, not a remaining time.
     */
    private static boolean isPlayerTimes(LineTable lines, int i) {
        boolean player = false;
        Token before = null;
        Token start = null;
        for (Token token : lines.terminals(i)) {
            int type = token.getType();
            if (type == EpisodePageLexer.TIMESTAMP) {
                player |=
                        start == null
                                        && before != null
                                        && before.getType() == EpisodePageLexer.DASH
                                        && before.getStopIndex() + 1 == token.getStartIndex()
                                || start != null
                                        && isZero(start.getText())
                                        && before != null
                                        && before.getText().equals("/");
                if (start == null) {
                    start = token;
                }
            } else if (type != EpisodePageLexer.DASH
                    && type != EpisodePageLexer.NL
                    && type != Token.EOF
                    && !token.getText().equals("/")) {
                return false;
            }
            before = token;
        }
        return player;
    }

    /** A time at its start: "0:00", "00:00", "0:00:00". */
    private static boolean isZero(String time) {
        return time.replace(":", "").chars().allMatch(c -> c == '0');
    }
}
