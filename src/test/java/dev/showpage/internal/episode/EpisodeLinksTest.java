package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.episode;
import static dev.showpage.internal.episode.NotePages.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Promotion;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where {@link EpisodeLinks} puts a link of the notes that is no person's: among the episode's
 * promotions when its label asks the listener to do something or says a lot, else among its links.
 * The notes start on line 14 of a page of {@link NotePages}.
 */
class EpisodeLinksTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // A call to action.
                "Get the tide tables: https://shop.example.com | Get the tide tables",
                "Try Tidewatch free: https://shop.example.com  | Try Tidewatch free",
                // A question.
                "Lost at sea?: https://shop.example.com        | Lost at sea?",
                // Six words or more.
                "Tide tables for every harbour we visit: https://shop.example.com"
                        + " | Tide tables for every harbour we visit",
            })
    void aLabelThatSellsMakesAPromotion(String notes, String text) {
        Episode episode = episode(notes);

        assertThat(episode.promotions())
                .containsExactly(new Promotion(text, Optional.of("https://shop.example.com")));
        assertThat(episode.links()).isEmpty();
    }

    @Test
    void theNoteAfterAPromotionsUrlIsPartOfWhatItSays() {
        Episode episode = episode("Use code FOGHORN: https://shop.example.com - 20% off until May");

        assertThat(episode.promotions())
                .containsExactly(
                        new Promotion(
                                "Use code FOGHORN - 20% off until May",
                                Optional.of("https://shop.example.com")));
    }

    @Test
    void aShortLabelMakesALink() {
        Episode episode = episode("Tide tables: https://tides.example.net");

        assertThat(episode.links())
                .containsExactly(link("Tide tables", "https://tides.example.net"));
        assertThat(episode.promotions()).isEmpty();
    }

    @Test
    void underLinksMentionedEveryLinkIsTheEpisodesUntilALineWithoutUrl() {
        String selling = "Get the spring tide tables before the storms: https://shop.example.com";
        Episode episode =
                episode(
                        "Links Mentioned:\n"
                                + selling
                                + "\nhttps://charts.example.org\n"
                                + "Thanks for listening.\n"
                                + selling);

        assertThat(episode.links())
                .containsExactly(
                        link(
                                "Get the spring tide tables before the storms",
                                "https://shop.example.com"),
                        link(null, "https://charts.example.org"));
        assertThat(episode.promotions())
                .containsExactly(
                        new Promotion(
                                "Get the spring tide tables before the storms",
                                Optional.of("https://shop.example.com")));
    }
}
