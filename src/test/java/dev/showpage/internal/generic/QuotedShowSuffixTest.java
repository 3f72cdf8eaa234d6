package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The show's name quoted after "podcast" at the end of an episode's title ({@link
 * QuotedShowSuffix}), on made-up one-episode pages in several languages; the title stays whole.
 */
class QuotedShowSuffixTest {

    private static final String NOTES =
            "\n\nPublished: Jun 17, 2024\n\nWe talk about the sea, the ropes and the lamps of the"
                    + " old harbour, and about what changed since the last time.\n";

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            quoteCharacter = '`',
            value = {
                "Mara Quill, wie baut man ein Boot? | Interviewpodcast „Hafen Talk“ => Hafen Talk",
                "Why knots hold | The podcast \"Harbour Talk\" => Harbour Talk",
                "Les phares du Nord – le podcast « Ports et Marées » => Ports et Marées",
                "I fari del sud - il podcast “Porto Aperto” => Porto Aperto",
                "Faros del norte | el pódcast «Mar Abierto» => Mar Abierto",
                "Vuurtorens | Wetenschapspodcast ‘Haven Praat’ => Haven Praat",
                "Leuchttürme im Winter — Wissenspodcast „Alles klar?“ => Alles klar?",
            })
    void theQuotedNameAfterPodcastIsTheShow(String title, String show) {
        Page page = EpisodePageParser.parse(title + NOTES);

        assertThat(page.show()).map(Show::title).contains(show);
        assertThat(page.episodes().get(0).title()).contains(title);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // no word "podcast" before the quotation
                "Why knots hold | „Harbour Talk“",
                "Why knots hold | Interview \"Harbour Talk\"",
                // the word "podcast" with no quotation, or with more after it
                "Why knots hold | Interviewpodcast",
                "Why knots hold | The podcast about \"tides\"",
                "Why knots hold | Podcast \"Harbour Talk\" with Mara Quill",
                // a quotation too long to be a show's name
                "Why knots hold | Podcast \"a long sentence that someone said about the sea\"",
                // no separator before the show's part
                "Why knots hold, the podcast \"Harbour Talk\"",
            })
    void otherSuffixesNameNoShow(String title) {
        Page page = EpisodePageParser.parse(title + NOTES);

        assertThat(page.show()).isEmpty();
    }
}
