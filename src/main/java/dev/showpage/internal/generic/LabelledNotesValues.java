package dev.showpage.internal.generic;

import static dev.showpage.internal.grammar.EpisodePageLexer.BULLET;
import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.ISO_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.ISO_DURATION;
import static dev.showpage.internal.grammar.EpisodePageLexer.LENGTH;
import static dev.showpage.internal.grammar.EpisodePageLexer.MONTH_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMERIC_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.PIPE;
import static dev.showpage.internal.grammar.EpisodePageLexer.PUBLISHED;
import static dev.showpage.internal.grammar.EpisodePageLexer.QUANTITY;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.episode.EpisodeDraft;
import dev.showpage.internal.episode.ReleaseDates;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Durations;
import dev.showpage.internal.text.ValueLabels;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * A date or a length that an episode's notes give by its label, in the middle of a line ("...
 * Publié le 02/10/2025 Mis à jour le ...", "Download PodcastDuration: 12:34", "Die Dauer der
 * Episode 0:29:24Diese ..."), for an episode that has no date line or length line of its own. Only
 * a labelled value is taken: a date in prose without its label is about something else. The label
 * must print with a capital, as a page's field does, and the value follow it at once (after a
 * colon, maybe); the first such value of the episode's lines is its.
 */
final class LabelledNotesValues {

    /** The most words between the episode's noun and the label of what it says of it. */
    private static final int SUBJECT_REACH = 3;

    private LabelledNotesValues() {}

    /** Fills in the draft's date and length from the block's lines, where it has none. */
    static void read(EpisodeDraft draft, LineTable lines, EpisodeBlock block) {
        boolean wantsDate = draft.dateToken == null;
        boolean wantsLength = draft.durationTokens.isEmpty() && draft.playerLength == null;
        if (!wantsDate && !wantsLength) {
            return;
        }
        SourceText source = lines.source();
        for (int i = block.start(); i < block.notesTo() && (wantsDate || wantsLength); i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            ParserRuleContext line = lines.line(i);
            int last = line.getStop().getTokenIndex();
            for (int k = line.getStart().getTokenIndex(); k < last; k++) {
                Token label = source.token(k);
                int type = label.getType();
                if ((type != PUBLISHED || !wantsDate) && (type != LENGTH || !wantsLength)) {
                    continue;
                }
                if (!Character.isUpperCase(label.getText().codePointAt(0))
                        && !saysOfTheEpisode(source, k, line.getStart().getTokenIndex())) {
                    continue; // "... which was published on ...": a sentence's word
                }
                int value = source.token(k + 1).getType() == COLON ? k + 2 : k + 1;
                if (value > last) {
                    continue;
                }
                if (type == PUBLISHED && isDate(source.token(value))) {
                    draft.dateToken = source.token(value);
                    wantsDate = false;
                } else if (type == LENGTH && addLength(draft, source, value, last)) {
                    wantsLength = false;
                }
            }
        }
    }

    /**
     * Whether a label in small letters says what it says of the episode itself, its noun a few
     * words before it ({@code Diese Episode erschien am}, {@code This episode was published on},
     * {@code Cet épisode a été publié le}).
     */
    private static boolean saysOfTheEpisode(SourceText source, int label, int lineStart) {
        for (int k = label - 1; k >= Math.max(lineStart, label - SUBJECT_REACH); k--) {
            if (ValueLabels.isProgrammeNoun(source.token(k).getText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date of its own: a numeric one only where its order is plain ({@code 24/10/2025}); one that
     * reads as two days ({@code 02/10/2025}) is left, as a wrong day is worse than none.
     */
    private static boolean isDate(Token token) {
        int type = token.getType();
        return type == MONTH_DATE
                || type == ISO_DATE
                || (type == NUMERIC_DATE && !ReleaseDates.isAmbiguous(token.getText()));
    }

    /**
     * The amounts from token {@code k} ("1 h", "5 min"; "1 hour, 5 minutes"), or one clock time
     * that can be a length, or an ISO length, where the value ends its field; whether there was
     * one.
     */
    private static boolean addLength(EpisodeDraft draft, SourceText source, int k, int last) {
        Token first = source.token(k);
        int type = first.getType();
        int end = k;
        if ((type == TIMESTAMP && Durations.timestampSeconds(first.getText()) > 0)
                || type == ISO_DURATION) {
            end = k + 1;
        }
        // A length's amounts stand side by side, or a comma apart: a few tokens at most.
        while (type == QUANTITY && end < last && source.token(end).getType() == QUANTITY) {
            boolean commaThenMore =
                    source.token(end + 1).getType() == COMMA
                            && end + 2 < last
                            && source.token(end + 2).getType() == QUANTITY;
            end += commaThenMore ? 2 : 1;
        }
        if (end == k || !endsField(source, end, last)) {
            return false;
        }
        for (int at = k; at < end; at++) {
            if (source.token(at).getType() != COMMA) {
                draft.durationTokens.add(source.token(at));
            }
        }
        return true;
    }

    /**
     * Whether a length's value ends its field at token {@code k}: the line ends, a field's sign
     * follows, or the next field or sentence, glued on by a scraper ("0:29:24Next") or opening with
     * a capital ("26 min. Article by ..."), but not another field's label ("01:12:45 Genre:
     * Comedy", a card of something else); a word in small letters makes the value a sentence's
     * ("45:12 of pure calm").
     */
    private static boolean endsField(SourceText source, int k, int last) {
        if (k >= last) {
            return true;
        }
        Token next = source.token(k);
        int type = next.getType();
        if (type == BULLET || type == PIPE || type == DASH) {
            return true;
        }
        boolean glued = next.getStartIndex() == source.token(k - 1).getStopIndex() + 1;
        if (glued) {
            return type == WORD;
        }
        return type == WORD
                && Character.isUpperCase(next.getText().codePointAt(0))
                && source.token(k + 1).getType() != COLON;
    }
}
