package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shapes of a one-episode page's card that name the show and the episode: a title opening with the
 * show's name and the episode's number ("Harbour Talk #25: the long night."), a number label
 * followed by the show's name ("S3 E62 · Harbour Talk"), and the title printed as an image's
 * caption over its heading ("Title image"). The pages are made up; the comment before each
 * assertion names the 1-based page line(s) it reads.
 */
class NumberedCardShapesTest {

    private static final String NOTES =
            "This week the crew sails out before dawn and we talk about the lamps on the old pier"
                    + " and the keepers who lit them.";

    @Test
    void aTitleOpeningWithTheShowsNameAndNumberMayEndWithAFullStop() {
        String[][] shapes = {
            {"Harbour Talk #25: the long night.", "Harbour Talk"},
            {"Conversa de Porto #7 - a noite longa.", "Conversa de Porto"},
            {"Hafen Gespräch #112: die lange Nacht.", "Hafen Gespräch"}
        };
        for (String[] shape : shapes) {
            Page page =
                    EpisodePageParser.parse(
                            "14 May 2024\n\n"
                                    + shape[0]
                                    + "\n\n"
                                    + NOTES
                                    + "\n\nThe show "
                                    + shape[1]
                                    + " is a weekly talk about the sea.\n");

            // Line 3 under the date (line 1), its full stop kept; line 7 prints the name again.
            assertThat(page.episodes().get(0).title()).as(shape[0]).contains(shape[0]);
            assertThat(page.show()).as(shape[0]).map(Show::title).contains(shape[1]);
        }
    }

    @Test
    void theNameBeforeTheNumberIsNoShowUnlessPrintedElsewhere() {
        Page page =
                EpisodePageParser.parse(
                        "14 May 2024\n\nHarbour Talk #25: the long night.\n\n" + NOTES + "\n");

        // Line 3 is the title, but no other line names "Harbour Talk".
        assertThat(page.episodes().get(0).title()).contains("Harbour Talk #25: the long night.");
        assertThat(page.show()).isEmpty();
    }

    @Test
    void aSentenceUnderADateIsStillNoTitle() {
        Page page =
                EpisodePageParser.parse(
                        "14 May 2024\n\nThe crew sails out at dawn #early: we talk.\n\n"
                                + NOTES
                                + "\n");

        // Line 3 ends a sentence and its "#early" is no episode's number.
        assertThat(page.episodes().get(0).title()).isEmpty();
    }

    @Test
    void aNumberLabelAndANameNameTheShow() {
        String[] lines = {
            "S3 E62 · Harbour Talk", "Episode 12 | Harbour Talk", "Folge 4 - Harbour Talk"
        };
        for (String line : lines) {
            Page page =
                    EpisodePageParser.parse(
                            "Make your own show today!Start now - tell the world your story!\n"
                                    + "Start for free\n"
                                    + "The Lamps of the Old Pier image\n\n"
                                    + "The Lamps of the Old Pier\n\n"
                                    + line
                                    + "\n\n"
                                    + NOTES
                                    + "\n");

            // Line 4 is the title, printed on line 3 as the cover's caption; line 6 names the
            // show after the label; lines 1-2 are the platform's.
            assertThat(page.episodes().get(0).title())
                    .as(line)
                    .contains("The Lamps of the Old Pier");
            assertThat(page.show()).as(line).map(Show::title).contains("Harbour Talk");
        }
    }

    @Test
    void aLabelBeforeASentenceNamesNoShow() {
        Page page =
                EpisodePageParser.parse(
                        "The Lamps of the Old Pier\n\nEpisode 12 - we sail out at dawn.\n\n"
                                + NOTES
                                + "\n");

        // Line 3: what follows the label is no name (lower case, a sentence).
        assertThat(page.show()).isEmpty();
    }

    @Test
    void aLineWithMoreThanOneWordAfterTheTitleIsNoCaption() {
        Page page =
                EpisodePageParser.parse(
                        "Make your own show today!Start now - tell the world your story!\n"
                                + "The Lamps of the Old Pier and the keepers\n\n"
                                + "The Lamps of the Old Pier\n\n"
                                + NOTES
                                + "\n");

        // Line 2 goes on past the title with words of its own: no caption of line 4, so line 4
        // is not a title printed twice.
        assertThat(page.episodes().get(0).title())
                .isNotEqualTo(Optional.of("The Lamps of the Old Pier"));
    }
}
