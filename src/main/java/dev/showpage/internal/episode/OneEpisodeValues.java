package dev.showpage.internal.episode;

import dev.showpage.internal.session.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The date a page read as one episode gives outside its fields: the day of the edition a heading
 * names ({@link BroadcastDates}), before any other date of the page (a post about an edition went
 * up later); else its header's byline ({@link LoneDates}) or the one day all its dates name ({@link
 * AgreeingDates}), only where no line of the episode gave one. Asked once the page's blocks are
 * read into drafts, before they are assembled.
 */
public final class OneEpisodeValues {

    private OneEpisodeValues() {}

    public static void fill(List<EpisodeDraft> drafts, SourceText source) {
        if (drafts.size() != 1) {
            return; // on a listing, a date outside the cards is no one card's
        }
        EpisodeDraft draft = drafts.get(0);
        Token edition = BroadcastDates.of(source);
        if (edition != null) {
            draft.dateToken = edition;
            return;
        }
        if (draft.dateToken == null) {
            draft.dateToken = LoneDates.of(source);
        }
        if (draft.dateToken == null) {
            draft.dateToken = AgreeingDates.of(source);
        }
    }
}
