package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A line printed twice over a tagline that says what podcast it is names the show, not the episode;
 * the tagline is no title either. The pages are made up; the comment before each assertion names
 * the 1-based page line(s) it reads.
 */
class TaglineTest {

    private static Page page(String name, String tagline) {
        return EpisodePageParser.parse(
                name
                        + "\n\n"
                        + name
                        + "\n\n"
                        + tagline
                        + "\n\nTranscript\n\n"
                        + "00:00:06: Every second week we talk about the great and the tiny riddles"
                        + " of the sea.\n");
    }

    @Test
    void aRepeatedLineOverAPodcastsTaglineIsTheShow() {
        String[][] shapes = {
            {"Riddles of the Deep", "The weekly podcast about the unsolved questions of the sea"},
            {"Rätsel der Tiefe", "Der Meeres-Podcast über die offenen Fragen der Tiefsee"},
            {"Énigmes des Profondeurs", "Le podcast qui explore les mystères de la mer"}
        };
        for (String[] shape : shapes) {
            Page page = page(shape[0], shape[1]);

            // Lines 1 and 3 print the name over the tagline on line 5.
            assertThat(page.show()).as(shape[0]).map(Show::title).contains(shape[0]);
            assertThat(page.episodes().get(0).title())
                    .as(shape[0])
                    .isNotEqualTo(Optional.of(shape[0]))
                    .isNotEqualTo(Optional.of(shape[1]));
        }
    }

    @Test
    void aRepeatedLineOverAnyOtherLineStaysTheTitle() {
        Page page = page("Riddles of the Deep", "With Mara Quist and Ana Lobo");

        // Line 5 says nothing of a podcast: lines 1 and 3 print the episode's title.
        assertThat(page.episodes().get(0).title()).contains("Riddles of the Deep");
    }

    @Test
    void aTaglineIsNoSentenceAndNoName() {
        // A sentence, and a line that ends with "Podcast" (a name), are no taglines.
        Page sentence = page("Riddles of the Deep", "We made a podcast about the sea.");
        Page name = page("Riddles of the Deep", "The Sea Riddles Podcast");

        assertThat(sentence.episodes().get(0).title()).contains("Riddles of the Deep");
        assertThat(name.episodes().get(0).title()).contains("Riddles of the Deep");
    }
}
