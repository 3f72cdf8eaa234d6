package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Listings printed without blank lines or dates: a title over each episode's teaser. */
class TeaserListingTest {

    private static final List<String> TITLES =
            List.of(
                    "Salt marsh walks with a botanist who maps tides",
                    "Night trains of the north, and why they came back",
                    "A lighthouse keeper on solitude and storms",
                    "The baker who rebuilt a village oven");

    private static final String TEASER =
            "We talk about the work, the places and the people met along the way, and about what"
                    + " changed";

    @ParameterizedTest
    @ValueSource(strings = {"...", "\u2026", " [...]"})
    void titlesOverTeasersCutShortAreAListing(String cut) {
        StringBuilder page = new StringBuilder("Latest Episodes\n");
        for (String title : TITLES) {
            page.append(title).append('\n').append(TEASER).append(cut).append('\n');
        }

        // Lines 2, 4, 6, 8: the titles; the teaser under each is its notes.
        Page parsed = EpisodePageParser.parse(page.toString());

        assertThat(parsed.episodes()).extracting(e -> e.title().orElseThrow()).isEqualTo(TITLES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Episode %d: ", "Folge %d – ", "#%d: ", "Ep. %d - "})
    void titlesOpeningWithTheirNumberOverProseAreAListing(String label) {
        StringBuilder page = new StringBuilder("The first four interviews, looked back on\n");
        page.append("This post looks back at the interviews that started this project off.\n");
        for (int n = 1; n <= 4; n++) {
            page.append(String.format(label, n)).append("Guest Number ").append(n).append('\n');
            page.append(TEASER).append(".\n");
        }

        Page parsed = EpisodePageParser.parse(page.toString());

        // Lines 3, 5, 7, 9: the numbered titles; the post's own headline stays above them.
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly(
                        String.format(label, 1) + "Guest Number 1",
                        String.format(label, 2) + "Guest Number 2",
                        String.format(label, 3) + "Guest Number 3",
                        String.format(label, 4) + "Guest Number 4");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void fewerThanThreeSuchTitlesAreAnArticlesSubheadings(int headings) {
        StringBuilder page = new StringBuilder("Why the Marsh Matters\n\n");
        for (int n = 0; n < headings; n++) {
            page.append(TITLES.get(n)).append('\n').append(TEASER).append("...\n");
        }

        Page parsed = EpisodePageParser.parse(page.toString());

        assertThat(parsed.episodes()).hasSize(1);
    }
}
