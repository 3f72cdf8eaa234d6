package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cover's caption that names the show before the words for a cover ("Harbour Nights Cover Art")
 * names the show when the page also prints the name alone. The pages are made up; the comment
 * before each assertion names the 1-based page lines it reads.
 */
class TrailingCaptionsTest {

    private static Page page(String first, String caption) {
        return EpisodePageParser.parse(
                first
                        + "\n\nCommunity radio from the harbour, every weekday\n\n"
                        + caption
                        + "\n\nRecent Episodes\n\nTides and Timetables\n\nMay 2, 2025\n\n"
                        + "Notes about the ferry timetable.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {" Cover Art", " cover art", " Artwork", " cover image"})
    void theCaptionNamesTheShowPrintedAlone(String words) {
        Page page = page("Harbour Nights", "Harbour Nights" + words);

        // Line 5 captions the cover with the name line 1 prints alone.
        assertThat(page.show().map(Show::title)).contains("Harbour Nights");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Nights Cover Art", "Lamps at Low Tide artwork"})
    void aCaptionOfANameNotPrintedAloneNamesNoShow(String caption) {
        Page page = page("Listen to the latest episode", caption);

        // Line 1 is no name; line 5's name stands nowhere alone.
        assertThat(page.show().map(Show::title))
                .isNotEqualTo(java.util.Optional.of("Harbour Nights"))
                .isNotEqualTo(java.util.Optional.of("Lamps at Low Tide"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Nights Covered", "The Art of Harbour Nights", "Cover Art"})
    void otherLinesAreNoTrailingCaption(String text) {
        Page page = page(text.replace("Cover Art", "Harbour"), text);

        // Line 5 ends in no cover's words after a name.
        assertThat(page.show().map(Show::title))
                .isNotEqualTo(java.util.Optional.of("Harbour Nights"));
    }
}
