package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.DatedPages.dates;
import static dev.showpage.internal.generic.DatedPages.description;
import static dev.showpage.internal.generic.DatedPages.titles;
import static dev.showpage.internal.generic.DatedPages.urls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Listings of untitled episodes that each close with a release line ("notes / Published 05/02/22"):
 * which lines are each episode's and where the page's closing words go. The pages are made up; the
 * comment before each assertion names the 1-based page line(s) it reads.
 */
class DatesUnderNotesTest {

    @Test
    void publishedUnderEachEpisodesNotesClosesThatEpisode() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Field Recordings Weekly

                        A walk through a wet forest at dawn, with wrens, a distant creek and the drip of water.
                        Published 05/02/22

                        An evening by the harbour where gulls, rigging and a bell buoy keep time with the tide.
                        Published 04/19/22

                        Support the show: https://fieldrecordings.example.com/support
                        """);

        // Lines 3 and 6: each paragraph is the episode its "Published" line (4, 7) closes; there
        // are no titles. "04/19/22" can only be month first, so "05/02/22" is 2 May.
        assertThat(titles(page)).containsExactly("(none)", "(none)");
        assertThat(dates(page))
                .containsExactly(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 4, 19));
        assertThat(description(page, 0)).startsWith("A walk through a wet forest");
        assertThat(description(page, 1)).startsWith("An evening by the harbour");
        // Line 9: the page's closing words go with the last episode, not an episode of their own.
        assertThat(urls(page.episodes().get(1)))
                .containsExactly("https://fieldrecordings.example.com/support");
        assertThat(urls(page.episodes().get(0))).isEmpty();
        // Line 1: above the first paragraph, past a blank line.
        assertThat(page.navigation()).containsExactly("Field Recordings Weekly");
        // Lines 3 and 6: each episode starts at its notes.
        assertThat(page.episodes()).extracting(e -> e.source().line()).containsExactly(3, 6);
    }

    @Test
    void aParagraphAfterTheLastPublishedLineIsAnEpisodeOfItsOwn() {
        Page page =
                EpisodePageParser.parse(
                        """
                        A walk through a wet forest at dawn, with wrens, a distant creek and the drip of water.
                        Published 05/02/22

                        An evening by the harbour where gulls, rigging and a bell buoy keep time with the tide.
                        Published 04/19/22

                        A morning on the salt marsh, where redshanks call as the water drains from the creeks.
                        """);

        // Line 7 is a paragraph, so it is the listing's next episode, still undated.
        assertThat(page.episodes()).hasSize(3);
        assertThat(page.episodes().get(2).released()).isEmpty();
        assertThat(description(page, 2)).startsWith("A morning on the salt marsh");
        assertThat(description(page, 1)).doesNotContain("salt marsh");
    }
}
