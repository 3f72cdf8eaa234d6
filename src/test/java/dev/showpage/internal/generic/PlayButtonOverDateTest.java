package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A directory's cards that print a play button of one word between each title and its date ("Title
 * / Listen / 3 March 2025 / teaser"): the title is the line over the button. The pages are made up;
 * the comment before each assertion names the 1-based page lines it reads.
 */
class PlayButtonOverDateTest {

    private static String card(String title, String button, String date, String teaser) {
        return title + "\n\n" + button + "\n\n" + date + "\n\n" + teaser + "\n\n\n";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Listen; March 12, 2025; March 5, 2025",
                "Luister; 12-03-2025; 05-03-2025",
                "Écouter; 12/03/2025; 05/03/2025",
                "Anhören; 12.03.2025; 05.03.2025",
                "Ascolta; 2025-03-12; 2025-03-05"
            })
    void theLineOverTheButtonIsTheTitle(String button, String first, String second) {
        String page =
                "Harbour Talk\n\n\n"
                        + card(
                                "The Ferryman's Last Crossing",
                                button,
                                first,
                                "We cross the sound one last time with a ferryman who has made"
                                        + " the trip every morning for thirty years...")
                        + card(
                                "Lamps at Low Tide",
                                button,
                                second,
                                "A lock keeper tells how the lamps along the canal were lit by"
                                        + " hand until the town wired them...");

        Page parsed = EpisodePageParser.parse(page);

        // Lines 4 and 12 are the titles, each over its button (lines 6 and 14).
        List<String> titles =
                parsed.episodes().stream().map(Episode::title).map(t -> t.orElse("")).toList();
        assertThat(titles).containsExactly("The Ferryman's Last Crossing", "Lamps at Low Tide");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // a paragraph of prose over the button: notes, not a title
                "We cross the sound one last time with a ferryman. He has made the trip every"
                        + " morning for thirty years and knows every buoy on the way.",
                // a count line over the button
                "356 episodes"
            })
    void otherLinesOverTheButtonAreNoTitle(String over) {
        String page =
                "Harbour Talk\n\n\n"
                        + card(
                                over,
                                "Listen",
                                "March 12, 2025",
                                "A lock keeper tells how the lamps along the canal were lit by"
                                        + " hand until the town wired them.")
                        + card(
                                over,
                                "Listen",
                                "March 5, 2025",
                                "A lock keeper tells how the lamps along the canal were lit by"
                                        + " hand until the town wired them.");

        Page parsed = EpisodePageParser.parse(page);

        assertThat(parsed.episodes())
                .allSatisfy(e -> assertThat(e.title()).isNotEqualTo(java.util.Optional.of(over)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Listen; March 3, 2025; March 10, 2025",
                "Play; March 3, 2025; March 10, 2025",
                "Écouter; 3 mars 2025; 10 mars 2025",
                "Anhören; 3. März 2025; 10. März 2025"
            })
    void aButtonUnderTheCardBeforeHasNoTitleOverIt(String button, String first, String second) {
        String page =
                "Harbour Talk\n\nLamps at Low Tide\n"
                        + first
                        + "\nWe walk the towpath with a lock keeper.\n\n"
                        + button
                        + "\n"
                        + second
                        + "\nA ferryman tells of the last crossing.\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 5 closes the first card; a blank line parts it from the button (line 7), and only
        // one card of the two prints a button: the second card has no title.
        assertThat(parsed.episodes()).hasSize(2);
        assertThat(parsed.episodes().get(1).title()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"Play; March 10, 2025", "Listen; March 10, 2025", "Luister; 10 maart 2025"})
    void theHeaderOverAOneCardButtonIsNoTitle(String button, String date) {
        String page =
                "Harbour Talk\n\n" + button + "\n" + date + "\n" + OneEpisodePage.PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1, over a blank line, is the page's header, not the button's card's title.
        assertThat(OneEpisodePage.onlyTitle(parsed)).isEqualTo("(none)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"Play; March 10, 2025", "Ascolta; 10 marzo 2025"})
    void theLineRightOverAOneCardButtonIsItsTitle(String button, String date) {
        String page =
                "Harbour Talk\n\nLamps at Low Tide\n"
                        + button
                        + "\n"
                        + date
                        + "\n"
                        + OneEpisodePage.PARAGRAPH
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 3 stands right over the button (line 4), no blank between.
        assertThat(OneEpisodePage.onlyTitle(parsed)).isEqualTo("Lamps at Low Tide");
    }
}
