package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A date said in a transcript's running text ("It is Monday, June 12, 2023.") dates the episode
 * without cutting its sentences into a title; and a title printed first with its number label after
 * it ("Title Episode 1") is a print of the title. The pages are made up; the comment before each
 * assertion names the 1-based page line(s) it reads.
 */
class SpokenDateAndLabelledPrintTest {

    @Test
    void aDateSaidInRunningTextDatesThePageWithoutTitlingIt() {
        String[][] shapes = {
            {"It is Monday, June 12, 2023.", "2023-06-12"},
            {"È lunedì 3 marzo 2025.", "2025-03-03"},
            {"Es ist Dienstag, 4. März 2025.", "2025-03-04"}
        };
        for (String[] shape : shapes) {
            Page page =
                    EpisodePageParser.parse(
                            "Why the Lighthouse Went Dark\n"
                                    + "From the newsroom, I am Mara Quist.\n"
                                    + "And then we talk about a song for the road.\n"
                                    + shape[0]
                                    + "\n"
                                    + "The keepers left the island forty years ago.\n"
                                    + "Since then the lamp has been run from the mainland.\n");

            // Line 1 titles the episode; line 4, said between sentences, dates it.
            assertThat(page.episodes()).as(shape[0]).hasSize(1);
            assertThat(page.episodes().get(0).title())
                    .as(shape[0])
                    .contains("Why the Lighthouse Went Dark");
            assertThat(page.episodes().get(0).released())
                    .as(shape[0])
                    .contains(LocalDate.parse(shape[1]));
        }
    }

    @Test
    void aDateOnALineOfItsOwnUnderAShortLineStillHasItsTitleAbove() {
        Page page =
                EpisodePageParser.parse(
                        "Home\n\nWhy the Lighthouse Went Dark\n\nJune 12, 2023\n\n"
                                + "The keepers left the island forty years ago.\n");

        // Line 5 has no full stop and stands apart: line 3 above it is the title.
        assertThat(page.episodes().get(0).title()).contains("Why the Lighthouse Went Dark");
    }

    @Test
    void aTitlePrintedWithItsNumberLabelAfterItIsAPrintOfTheTitle() {
        String[] labels = {"Episode 1", "Folge 12", "Ep. 7"};
        for (String label : labels) {
            Page page =
                    EpisodePageParser.parse(
                            "All Episodes · Next →\n"
                                    + "1: Mara Quist "
                                    + label
                                    + "\n\n1: Mara Quist\n\n"
                                    + "Hello, and welcome to the very first episode of the show,"
                                    + " where I talk with people about whatever they love.\n");

            // Line 4 is the title; line 2 prints it with the label after it.
            assertThat(page.episodes().get(0).title()).as(label).contains("1: Mara Quist");
        }
    }

    @Test
    void aTitleWithOtherWordsAfterItIsNoPrintOfIt() {
        Page page =
                EpisodePageParser.parse(
                        "All Episodes · Next →\n"
                                + "1: Mara Quist on harbours\n\n1: Mara Quist\n\n"
                                + "Hello, and welcome to the very first episode of the show, where"
                                + " I talk with people about whatever they love.\n");

        // Line 2 goes on with words of its own: it is not a print of line 4.
        assertThat(page.episodes().get(0).title()).isNotEqualTo(Optional.of("1: Mara Quist"));
    }
}
