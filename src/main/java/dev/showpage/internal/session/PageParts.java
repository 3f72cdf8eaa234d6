package dev.showpage.internal.session;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Faq;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.List;
import java.util.Optional;

/**
 * What a layout read of a page: all of its {@link Page} but the layout's name and the diagnostics,
 * which the parse adds once every part of the page has reported.
 */
public record PageParts(
        Optional<Show> show,
        List<String> navigation,
        Optional<String> heading,
        Optional<String> summary,
        List<Episode> episodes,
        Optional<Faq> faq) {

    /** The parts of a page with no heading, summary or FAQ of its own. */
    public static PageParts of(
            Optional<Show> show, List<String> navigation, List<Episode> episodes) {
        return new PageParts(
                show, navigation, Optional.empty(), Optional.empty(), episodes, Optional.empty());
    }

    /**
     * The page, with the layout's name and the diagnostics. A show whose episode count the page
     * states only in its FAQ has it from there.
     */
    public Page toPage(String layout, List<Diagnostic> diagnostics) {
        Optional<Show> counted = show;
        if (show.isPresent() && show.get().episodeCount().isEmpty() && faq.isPresent()) {
            counted = Optional.of(show.get().withEpisodeCount(faq.get().episodeCount()));
        }
        return new Page(layout, counted, navigation, heading, summary, episodes, faq, diagnostics);
    }
}
