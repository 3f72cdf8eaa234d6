package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A listing of posts that prints each title twice over its teaser, as a blog's cards do. The pages
 * are made up; the comment before each assertion names the 1-based page line(s) it reads.
 */
class TwicePrintedListingTest {

    private static List<String> titles(Page page) {
        return page.episodes().stream().map(e -> e.title().orElse("(none)")).toList();
    }

    private static final String TEASER_ONE =
            "This time on the show I talk with a ferry captain about thirty winters on the fjord,"
                    + " the storms and the passengers she will never forget.";

    private static final String TEASER_TWO =
            "Bonjour à toutes et à tous, cette semaine nous parlons des nouvelles émissions du"
                    + " mois et de ce qui change pour celles et ceux qui les écoutent.";

    @Test
    void eachTitlePrintedTwiceOverATeaserOpensAnEpisode() {
        String[][] pairs = {
            {"A winter on the fjord with Ingrid Dahl", "Les nouvelles du mois (juin 2024)"},
            {"Trente hivers sur le fjord", "News of the month, June edition"},
        };
        for (String[] titles : pairs) {
            Page page =
                    EpisodePageParser.parse(
                            "My Posts\n\nThis is a heading. Click to change it.\n\n"
                                    + titles[0]
                                    + "\n\n"
                                    + titles[0]
                                    + "\n\n"
                                    + TEASER_ONE
                                    + "\n\n"
                                    + titles[1]
                                    + "\n\n"
                                    + titles[1]
                                    + "\n\n"
                                    + TEASER_TWO
                                    + "\n");

            // Lines 5-7 and 11-13: each pair opens an episode, first print to teaser.
            assertThat(titles(page)).as(titles[0]).containsExactly(titles[0], titles[1]);
            assertThat(page.episodes().get(0).source().line()).isEqualTo(5);
            assertThat(page.episodes().get(1).description().orElseThrow())
                    .as(titles[0])
                    .isEqualTo(TEASER_TWO);
        }
    }

    @Test
    void onePairIsThePagesOwnEpisode() {
        Page page =
                EpisodePageParser.parse(
                        "Home\n\nA winter on the fjord\n\nA winter on the fjord\n\n"
                                + TEASER_ONE
                                + "\n\nMore on the harbour\n\n"
                                + TEASER_TWO
                                + "\n");

        // Lines 3 and 5: one pair, the page's one episode; line 9 is its notes.
        assertThat(titles(page)).containsExactly("A winter on the fjord");
    }

    @Test
    void aPairWithoutATeaserUnderItOpensNothing() {
        Page page =
                EpisodePageParser.parse(
                        "Home\n\nA winter on the fjord\n\nA winter on the fjord\n\nShort line\n\n"
                                + "Trente hivers\n\nTrente hivers\n\n"
                                + TEASER_TWO
                                + "\n");

        // Lines 3-5 stand over a short line, not a teaser: one pair only, so no listing.
        assertThat(titles(page)).hasSizeLessThan(2);
    }
}
