package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The date a page read as one episode gives outside its fields: the day of the edition its heading
 * names with a programme's noun ({@link BroadcastDates}), where the episode's lines gave no date or
 * only the post's (a post about an edition went up later); else, only where no line of the episode
 * gave one, the day its heading names after a quoted programme's name ({@link NamedEditionDates}),
 * its header's byline ({@link LoneDates}), a sentence about the page that says when it aired
 * ({@link AiredSentenceDates}) or the one day all its dates name ({@link AgreeingDates}). Asked
 * once the page's blocks are read into drafts, before they are assembled.
 */
public final class OneEpisodeValues {

    private OneEpisodeValues() {}

    public static void fill(List<EpisodeDraft> drafts, SourceText source) {
        if (drafts.size() != 1) {
            return; // on a listing, a date outside the cards is no one card's
        }
        EpisodeDraft draft = drafts.get(0);
        Token edition = BroadcastDates.of(source);
        if (edition != null
                && (draft.dateToken == null || isStamp(draft.dateToken, edition, source))) {
            draft.dateToken = edition;
            return;
        }
        if (draft.dateToken == null) {
            // a heading's quoted name and day may be a past event's: it never outranks a line's
            // date
            draft.dateToken = NamedEditionDates.of(source);
        }
        if (draft.dateToken == null) {
            draft.dateToken = LoneDates.of(source);
        }
        if (draft.dateToken == null) {
            draft.dateToken = AiredSentenceDates.of(source);
        }
        if (draft.dateToken == null) {
            draft.dateToken = AgreeingDates.of(source);
        }
    }

    /**
     * Whether the episode's date is the post's, not the edition's: after a date's label
     * ("Veröffentlicht am", "Published"; see {@link #isLabelled}), or printed above the heading
     * that names the edition (a post's dateline opens it). A date below the heading, with no label,
     * is the episode's own.
     */
    private static boolean isStamp(Token date, Token edition, SourceText source) {
        int at = date.getTokenIndex();
        if (at < edition.getTokenIndex()) {
            return true;
        }
        return isLabelled(source, at);
    }

    /**
     * Whether the token at {@code at} follows a date's label: the lexer's {@code PUBLISHED} token,
     * which covers labels of publication ("Published", "Veröffentlicht am") and of an edition alike
     * ("Sendung vom", "émission du").
     */
    static boolean isLabelled(SourceText source, int at) {
        return at > 0
                && at < source.tokenCount()
                && source.token(at - 1).getType() == EpisodePageLexer.PUBLISHED;
    }
}
