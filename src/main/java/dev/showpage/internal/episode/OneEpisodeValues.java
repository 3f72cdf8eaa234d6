package dev.showpage.internal.episode;

import dev.showpage.internal.session.SourceText;
import java.util.List;

/**
 * The date a page read as one episode gives outside its fields: its header's byline ({@link
 * LoneDates}), only where no line of the episode gave one. Asked once the page's blocks are read
 * into drafts, before they are assembled.
 */
public final class OneEpisodeValues {

    private OneEpisodeValues() {}

    public static void fill(List<EpisodeDraft> drafts, SourceText source) {
        if (drafts.size() != 1) {
            return; // on a listing, a date outside the cards is no one card's
        }
        EpisodeDraft draft = drafts.get(0);
        if (draft.dateToken == null) {
            draft.dateToken = LoneDates.of(source);
        }
    }
}
