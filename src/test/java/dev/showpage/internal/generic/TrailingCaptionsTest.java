package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cover's caption that names the show before the words for a cover ("Harbour Nights Cover Art")
 * names the show over a listing whose first line prints the name alone; an episode's captioned
 * cover names none. The pages are made up; the comment before each assertion names the 1-based page
 * lines it reads.
 */
class TrailingCaptionsTest {

    private static Page listing(String first, String caption) {
        return EpisodePageParser.parse(
                first
                        + "\n\nCommunity radio from the harbour, every weekday\n\n"
                        + caption
                        + "\n\nRecent Episodes\n\nTides and Timetables\n\nMay 2, 2025\n\n"
                        + "Notes about the ferry timetable.\n\nNight Ferries\n\nApril 25, 2025\n\n"
                        + "Notes about the crossing after dark.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {" Cover Art", " cover art", " Artwork", " cover image"})
    void theCaptionNamesTheShowPrintedAloneOverAListing(String words) {
        Page page = listing("Harbour Nights", "Harbour Nights" + words);

        // Line 5 captions the cover with the name line 1 prints alone, over two episodes.
        assertThat(page.show().map(Show::title)).contains("Harbour Nights");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Nights Cover Art", "Lamps at Low Tide artwork"})
    void aCaptionOfANameNotPrintedAloneNamesNoShow(String caption) {
        Page page = listing("Listen to the latest episode", caption);

        // Line 1 is no name; line 5's name stands nowhere alone.
        assertThat(page.show().map(Show::title))
                .isNotEqualTo(Optional.of("Harbour Nights"))
                .isNotEqualTo(Optional.of("Lamps at Low Tide"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Nights Covered", "The Art of Harbour Nights"})
    void otherLinesAreNoTrailingCaption(String text) {
        // Line 1 is "Harbour Nights" alone: only line 5's words decide.
        assertThat(TrailingCaptions.name(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {" artwork", " Cover Art", " podcast cover"})
    void anEpisodesCaptionedCoverNamesNoShow(String words) {
        Page page =
                EpisodePageParser.parse(
                        "Harbour Radio\nLamps at Low Tide"
                                + words
                                + "\nLamps at Low Tide\nMay 2, 2025\n"
                                + "Notes about the lamps and the keepers who tend them.\n");

        // Line 2 captions the cover of the one episode line 3 titles: no listing.
        assertThat(page.show().map(Show::title)).isNotEqualTo(Optional.of("Lamps at Low Tide"));
    }
}
