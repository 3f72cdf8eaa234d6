package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the lines of each episode of a page of show notes say once its place is known: the player's
 * remaining time as its length, no copy of its title or of the player's start in its notes, and the
 * site's lines above the first episode as the page's navigation. The pages are made up; the comment
 * before each assertion names the 1-based page line(s) it reads.
 */
class GenericPageBuilderTest {

    @ParameterizedTest
    @ValueSource(strings = {"0:00", "00:00"})
    void thePlayersRemainingTimeIsTheLengthAndItsStartIsNoNote(String start) {
        Page page =
                EpisodePageParser.parse(
                        "What the Owls Heard on the Longest Night of the Year\n"
                                + "March 3, 2025\n"
                                + start
                                + "\n-1:48:27\n"
                                + "What the Owls Heard on the Longest Night of the Year\n"
                                + "We sit in a barn loft until dawn and listen.\n");

        Episode owls = page.episodes().get(0);
        // Lines 3-4: the player at its start, then its remaining time.
        assertThat(owls.duration()).contains(Duration.ofSeconds(3600 + 48 * 60 + 27));
        // Line 6 alone: the title again under the player (line 5) and the times are not notes.
        assertThat(owls.description()).contains("We sit in a barn loft until dawn and listen.");
        assertThat(owls.chapters()).isEmpty();
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void aLengthLineComesBeforeThePlayersRemainingTime() {
        Page page =
                EpisodePageParser.parse(
                        "The Longest Night of the Year\n"
                                + "March 3, 2025\n"
                                + "Duration: 45:00\n"
                                + "0:00\n"
                                + "-1:48:27\n"
                                + "We sit in a barn loft until dawn.\n");

        // Line 3 states the length; the player's time (line 5) does not replace it.
        assertThat(page.episodes().get(0).duration()).contains(Duration.ofMinutes(45));
    }

    @Test
    void theSitesLinesAboveTheFirstEpisodeAreTheNavigationInPageOrder() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Home

                        Subscribe
                        Contact

                        Salt Marsh Walks
                        May 9, 2025
                        Redshanks, samphire and a tide that comes in faster than you think.
                        """);

        // Lines 1, 3 and 4, without the blank lines between them; line 6 is the episode's title.
        assertThat(page.navigation()).containsExactly("Home", "Subscribe", "Contact");
        assertThat(page.episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly("Salt Marsh Walks");
        assertThat(page.episodes().get(0).source().line()).isEqualTo(6);
        assertThat(page.layout()).isEqualTo("generic");
    }
}
