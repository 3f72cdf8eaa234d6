package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A newsletter's list of recommended episodes: "Show - Episode title" lines, each over a paragraph
 * about it, without blank lines. The pages are made up; the comment before each assertion names the
 * 1-based page line(s) it reads.
 */
class ShowDashTitleListingTest {

    private static List<String> titles(Page page) {
        return page.episodes().stream().map(e -> e.title().orElse("(none)")).toList();
    }

    private static final String HEAD =
            "Listening for the long evenings\n"
                    + "Ferries, lighthouses, salt, old maps, night trains.\n"
                    + "My shelf of shows changed a lot this month, and these are the ones I kept"
                    + " coming back to on the train.\n"
                    + "This month's picks\n";

    private static final String PARAGRAPH =
            "I love so much about this show, from the music to the way the host lets every guest"
                    + " finish their stories without hurry.";

    @Test
    void eachShowDashTitleLineOverAParagraphIsAnEpisode() {
        String[] dashes = {" - ", " \u2013 ", " \u2014 "};
        for (String dash : dashes) {
            Page page =
                    EpisodePageParser.parse(
                            HEAD
                                    + "Harbour Talk"
                                    + dash
                                    + "The Lamps of the Old Pier\n"
                                    + PARAGRAPH
                                    + "\n"
                                    + "salt+ by Ana Lobo"
                                    + dash
                                    + "Why the Sea Tastes of Salt with Dr. Mara Quist\n"
                                    + "This time I am going to try something \n");

            // Lines 5 and 7: the titles after the dash, the shows before it; lines 1-4 are the
            // letter's own, and line 8 (cut off) is the last entry's.
            assertThat(titles(page))
                    .as(dash)
                    .containsExactly(
                            "The Lamps of the Old Pier",
                            "Why the Sea Tastes of Salt with Dr. Mara Quist");
            assertThat(page.episodes().get(1).show()).as(dash).contains("salt+ by Ana Lobo");
            assertThat(page.episodes().get(0).source().line()).isEqualTo(5);
        }
    }

    @Test
    void oneEntryIsNoListing() {
        Page page =
                EpisodePageParser.parse(
                        HEAD + "Harbour Talk - The Lamps of the Old Pier\n" + PARAGRAPH + "\n");

        assertThat(titles(page)).doesNotContain("The Lamps of the Old Pier");
    }

    @Test
    void entriesWithMoreThanAParagraphBetweenThemAreNoListing() {
        Page page =
                EpisodePageParser.parse(
                        HEAD
                                + "Harbour Talk - The Lamps of the Old Pier\n"
                                + PARAGRAPH
                                + "\n"
                                + PARAGRAPH
                                + "\n"
                                + "Salt Stories - Why the Sea Tastes of Salt\n"
                                + PARAGRAPH
                                + "\n");

        // Two paragraphs under line 5: not the one-paragraph entries of such a listing.
        assertThat(titles(page)).doesNotContain("Why the Sea Tastes of Salt");
    }

    @Test
    void aDashGluedToAWordSplitsNothing() {
        Page page =
                EpisodePageParser.parse(
                        HEAD
                                + "Harbour-Talk The Lamps of the Old Pier\n"
                                + PARAGRAPH
                                + "\n"
                                + "Salt-Stories Why the Sea Tastes of Salt\n"
                                + PARAGRAPH
                                + "\n");

        assertThat(titles(page)).doesNotContain("The Lamps of the Old Pier");
    }
}
