package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;

/**
 * What the tests of where a one-episode page's title stands share: a made-up paragraph of notes to
 * put under a title, and the title of the page's only episode.
 */
final class OneEpisodePage {

    /** A paragraph of show notes, made up: long prose that no rule takes for a title. */
    static final String PARAGRAPH =
            "We walk the old towpath with a lock keeper who has worked the same stretch of water"
                    + " for thirty years, and hear how the boats have changed.";

    private OneEpisodePage() {}

    /** The title of the page's only episode, "(none)" when it has none. */
    static String onlyTitle(Page page) {
        assertThat(page.episodes()).hasSize(1);
        return page.episodes().get(0).title().orElse("(none)");
    }
}
