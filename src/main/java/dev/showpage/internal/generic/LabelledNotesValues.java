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
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
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
 *
 * <p>A label mid-line may be a field of what the prose is about (a reviewed film's "Release date:
 * ... Runtime: 128 min", an event's "Date: ..."), so there the value must show it is the page's
 * own: a date is followed by the date of the page's last change ("Publié le ... Mis à jour le ...")
 * or said of "this episode"; a length's label names what it measures ("Durée de la vidéo") or the
 * value ends the line. A label that opens its line is a field as it stands.
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
                int lineStart = line.getStart().getTokenIndex();
                boolean capital = Character.isUpperCase(label.getText().codePointAt(0));
                boolean ofTheEpisode = !capital && saysOfTheEpisode(source, k, lineStart);
                if (!capital && !ofTheEpisode) {
                    continue; // "... which was published on ...": a sentence's word
                }
                int value = source.token(k + 1).getType() == COLON ? k + 2 : k + 1;
                if (value > last) {
                    continue;
                }
                boolean opensLine = opensLine(source, lineStart, k);
                if (type == PUBLISHED
                        && isDate(source.token(value))
                        && (ofTheEpisode
                                || (opensLine && endsDateField(source, value + 1, last))
                                || updateFollows(source, value + 1, last))) {
                    draft.dateToken = source.token(value);
                    wantsDate = false;
                } else if (type == LENGTH
                        && (opensLine
                                || namesTheProgramme(source, k)
                                || endsLine(source, value, last))
                        && addLength(draft, source, value, last, opensLine && value == k + 2)) {
                    wantsLength = false;
                }
            }
        }
    }

    /**
     * Whether a label in small letters says what it says of the episode itself, its noun a few
     * words before it and the subject of its sentence, opening it or after one determiner ({@code
     * Diese Episode erschien am}, {@code This episode was published on}, {@code Cet épisode a été
     * publié le}); not another one ("Our previous episode, published on", "Her new video, released
     * on").
     */
    private static boolean saysOfTheEpisode(SourceText source, int label, int lineStart) {
        for (int k = label - 1; k >= Math.max(lineStart, label - SUBJECT_REACH); k--) {
            if (source.token(k).getType() == COMMA) {
                return false; // an apposition: "the episode, released on ..."
            }
            if (ValueLabels.isProgrammeNoun(source.token(k).getText())) {
                return opensSentence(source, lineStart, k)
                        || (k > lineStart && opensSentence(source, lineStart, k - 1));
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} opens its sentence: the line's first, after a full stop, or glued to
     * the field before it by a scraper ("0:29:24Diese Episode ...").
     */
    private static boolean opensSentence(SourceText source, int lineStart, int k) {
        if (k == lineStart) {
            return true;
        }
        Token before = source.token(k - 1);
        return before.getType() == STOP
                || before.getStopIndex() + 1 == source.token(k).getStartIndex();
    }

    /**
     * Whether the label at token {@code k} opens a field: only signs stand before it on the line,
     * or a field's sign right before it ("Aufnahme vom 03.06.2021 – Dauer: 3:01:30").
     */
    private static boolean opensLine(SourceText source, int lineStart, int k) {
        if (k > lineStart && isSign(source.token(k - 1).getType())) {
            return true;
        }
        for (int at = lineStart; at < k; at++) {
            if (!isSign(source.token(at).getType())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSign(int type) {
        return type == BULLET || type == PIPE || type == DASH;
    }

    /** Whether a date ends its field at token {@code k}, maybe after a full stop. */
    private static boolean endsDateField(SourceText source, int k, int last) {
        return endsField(source, source.token(k).getType() == STOP ? k + 1 : k, last);
    }

    /** Whether the label of the page's last change follows at token {@code k}. */
    private static boolean updateFollows(SourceText source, int k, int last) {
        return k < last
                && ValueLabels.opensUpdateLabel(
                        source.token(k).getText(),
                        k + 1 < last ? source.token(k + 1).getText() : null,
                        k + 2 < last ? source.token(k + 2).getText() : null);
    }

    private static boolean isLengthPart(int type) {
        return isLengthAmount(type) || type == COMMA;
    }

    /**
     * Whether the length's label at token {@code k} names what it measures ("Durée de la vidéo",
     * "Dauer der Folge") or is glued to a word that does ("EpisodeDuration"): a length of the
     * programme, not of a film or a trip the prose is about.
     */
    private static boolean namesTheProgramme(SourceText source, int k) {
        Token label = source.token(k);
        for (String word : label.getText().split(" ")) {
            if (ValueLabels.isProgrammeNoun(word) || ValueLabels.isElidedProgramme(word)) {
                return true;
            }
        }
        Token before = source.token(k - 1);
        return before.getStopIndex() + 1 == label.getStartIndex()
                && ValueLabels.isProgrammeNoun(before.getText());
    }

    /**
     * Whether the length that starts at token {@code k} is the last thing on its line, but for a
     * full stop: a clock, an ISO length, or amounts side by side or a comma apart.
     */
    private static boolean endsLine(SourceText source, int k, int last) {
        int end = k;
        while (end < last && isLengthPart(source.token(end).getType())) {
            end++;
        }
        if (end < last && source.token(end).getType() == STOP) {
            end++;
        }
        return end >= last;
    }

    /**
     * A date of its own: a numeric one only where its order is plain ({@code 24/10/2025}); one that
     * reads as two days ({@code 02/10/2025}) is left, as a wrong day is worse than none.
     */
    static boolean isDate(Token token) {
        int type = token.getType();
        return type == MONTH_DATE
                || type == ISO_DATE
                || (type == NUMERIC_DATE && !ReleaseDates.isAmbiguous(token.getText()));
    }

    /** The amounts a length is printed in: "45 min", "1:02:03", "PT1H2M". */
    static boolean isLengthAmount(int type) {
        return type == QUANTITY || type == TIMESTAMP || type == ISO_DURATION;
    }

    /**
     * The amounts from token {@code k} ("1 h", "5 min"; "1 hour, 5 minutes"), or one clock time
     * that can be a length, or an ISO length, where the value ends its field; whether there was
     * one. After a label and colon that open their line ({@code fieldOpensLine}), the value may
     * also end at a full stop before a sentence of prose ("Duur: 40 minuten. Het gesprek ..."), as
     * an overview prints a field and a remark on one line.
     */
    private static boolean addLength(
            EpisodeDraft draft, SourceText source, int k, int last, boolean fieldOpensLine) {
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
        if (end == k
                || !(endsField(source, end, last)
                        || (fieldOpensLine
                                && LengthRemarks.endsBeforeSentence(source, end, last)
                                && LengthRemarks.leaveLength(source, k - 2, k, end)))) {
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
    static boolean endsField(SourceText source, int k, int last) {
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
