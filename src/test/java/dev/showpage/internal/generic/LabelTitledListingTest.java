package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dated listing that titles each episode only by its number label under its date ("12 May 2025 /
 * Episode #40"): the labels are the titles. The pages are made up; the comment before each
 * assertion names the 1-based page line(s) it reads.
 */
class LabelTitledListingTest {

    private static List<String> titles(Page page) {
        return page.episodes().stream().map(e -> e.title().orElse("(none)")).toList();
    }

    private static String listing(String label, String first, String site) {
        return site
                + "\n\n"
                + "12 May 2025\n\n"
                + label.formatted(first)
                + "\n\n5 May 2025\n\n"
                + label.formatted(Integer.parseInt(first) - 1)
                + "\n\n28 April 2025\n\n"
                + label.formatted(Integer.parseInt(first) - 2)
                + "\n\nReading speed 1.0x\n"
                + "Welcome back, listeners: this week we walk along the old harbour wall.\n\n"
                + "A Walk on the Harbour Wall\n\n"
                + "12 May 2025\n"
                + "A Walk on the Harbour Wall\n"
                + "The wall was built two hundred years ago to keep the winter storms out.\n";
    }

    @Test
    void aNumberLabelAloneUnderEachDateIsItsTitle() {
        String[][] shapes = {
            {"Episode #%s", "40"}, {"Folge %s", "118"}, {"Ep. %s", "7"}, {"Episodio %s", "233"}
        };
        for (String[] shape : shapes) {
            String site =
                    "A window at least 400 pixels wide is needed to read this page. Widen your"
                            + " browser window or turn your phone to landscape to go on.";
            Page page = EpisodePageParser.parse(listing(shape[0], shape[1], site));
            int n = Integer.parseInt(shape[1]);

            // Lines 5, 9 and 13, each alone under its date; line 1 is no title. The article under
            // the listing (lines 17-22) follows.
            assertThat(titles(page).subList(0, 3))
                    .as(shape[0])
                    .containsExactly(
                            shape[0].formatted(n),
                            shape[0].formatted(n - 1),
                            shape[0].formatted(n - 2));
            assertThat(page.episodes().get(2).released())
                    .as(shape[0])
                    .contains(LocalDate.of(2025, 4, 28));
        }
    }

    @Test
    void aLabelOverATitleLeavesTheTitleTheTitle() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Harbour Tales

                        12 May 2025
                        Episode 40
                        The Lamps of the Old Pier

                        5 May 2025
                        Episode 39
                        Fog Signals and Their Keepers

                        28 April 2025
                        Episode 38
                        A Winter on the Breakwater
                        """);

        // Lines 5, 9 and 13: a title stands under each label, so the labels are not the titles.
        assertThat(titles(page))
                .contains("The Lamps of the Old Pier", "Fog Signals and Their Keepers")
                .doesNotContain("Episode 40", "Episode 39", "Episode 38");
    }

    @Test
    void twoDatesWithLabelsAreNoLabelTitledListing() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Harbour Tales

                        12 May 2025

                        Episode 40

                        5 May 2025

                        Episode 39
                        """);

        // Two dates only: too few to tell a listing's shape, the labels stay no titles.
        assertThat(titles(page)).doesNotContain("Episode 40", "Episode 39");
    }

    @Test
    void aParagraphOfSentencesAboveTheFirstDateIsNoTitle() {
        String[] notices = {
            "A window at least 400 pixels wide is needed to read this page. Widen your browser"
                    + " window or turn your phone to landscape.",
            "Diese Seite braucht ein Fenster von mindestens 400 Pixeln. Bitte vergrößern Sie das"
                    + " Fenster Ihres Browsers."
        };
        for (String notice : notices) {
            Page page =
                    EpisodePageParser.parse(
                            notice
                                    + "\n\n12 May 2025\nNotes about the harbour wall and its"
                                    + " storms.\n\nThe Lamps of the Old Pier\n5 May 2025\nNotes"
                                    + " about the lamps.\n\nFog Signals\n28 April 2025\nNotes"
                                    + " about the fog.\n");

            // Line 1 holds two sentences: the first date's episode has no title above it.
            assertThat(titles(page))
                    .as(notice)
                    .containsExactly("(none)", "The Lamps of the Old Pier", "Fog Signals");
        }
    }

    @Test
    void aShortTitleEndingInAFullStopAboveADateIsStillATitle() {
        Page page =
                EpisodePageParser.parse(
                        "Come back, all is forgiven.\n"
                                + "12 May 2025\n"
                                + "Notes about the harbour.\n\n"
                                + "The Lamps of the Old Pier\n"
                                + "5 May 2025\n"
                                + "Notes about the lamps.\n");

        // Line 1 is one short sentence: a title as some sites write them.
        assertThat(titles(page))
                .containsExactly("Come back, all is forgiven.", "The Lamps of the Old Pier");
    }
}
