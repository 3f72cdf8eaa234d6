package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A personal site's menu label for its podcast page ("My Podcast") is never the show's name nor an
 * episode's title, in any of the languages the parser reads; a show whose name only ends in
 * "Podcast" still is one.
 */
class PossessiveLabelsTest {

    private static final String PROSE =
            "I started recording walks with strangers two winters ago, and little by little the"
                    + " walks turned into conversations worth keeping.";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My Podcast",
                "Mon podcast",
                "Mein Podcast",
                "Unser Podcast",
                "Mi Podcast",
                "Il mio podcast",
                "O meu podcast",
                "Nosso Podcast",
                "Mijn podcast",
                "Onze Podcast"
            })
    void aPossessiveLabelIsNeverTheShow(String label) {
        assertThat(PossessiveLabels.isOne(label)).isTrue();

        Page parsed = EpisodePageParser.parse(label + "\nListen to the latest episode\n" + PROSE);

        // Line 1 is the site's menu entry, not the show's name.
        assertThat(parsed.show().map(Show::title)).isNotEqualTo(Optional.of(label));
        assertThat(parsed.episodes())
                .allSatisfy(e -> assertThat(e.title()).isNotEqualTo(Optional.of(label)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nos podcasts",
                "Unsere Podcasts",
                "Nuestros podcasts",
                "I nostri podcast",
                "Os meus podcasts",
                "Onze podcasts"
            })
    void aPluralPossessiveLabelIsNeverACardsTitle(String label) {
        assertThat(PossessiveLabels.isOne(label)).isTrue();

        Page parsed = EpisodePageParser.parse(label + "\n3 March 2024\n" + PROSE + "\n");

        // Line 1 is the site's menu entry over the card's date (line 2), not the card's title.
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).isEmpty();
    }

    @Test
    void anEnglishPluralIsAPossessiveLabel() {
        // The page never took "Our Podcasts" for a show or a title (a section's heading): the
        // label's shape alone is asked.
        assertThat(PossessiveLabels.isOne("Our Podcasts")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbour Podcast",
                "Mi Gran Podcast",
                "My Podcast Journey",
                "Il podcast",
                "O Podcast",
                "Mitten Podcast",
                "Podcast"
            })
    void otherLinesAreNoPossessiveLabel(String text) {
        assertThat(PossessiveLabels.isOne(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Harbour Podcast", "Leuchtfeuer Podcast", "Faro Podcast"})
    void aNameEndingInPodcastStaysTheShow(String name) {
        Page parsed = EpisodePageParser.parse(name + "\n\n" + PROSE + "\n");

        // Line 1 ends in "Podcast" and is written as a name: the show.
        assertThat(parsed.show()).map(Show::title).contains(name);
    }
}
