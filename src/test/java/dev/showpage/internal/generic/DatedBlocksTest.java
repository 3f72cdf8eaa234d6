package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.DatedPages.dates;
import static dev.showpage.internal.generic.DatedPages.description;
import static dev.showpage.internal.generic.DatedPages.titles;
import static dev.showpage.internal.generic.DatedPages.urls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which lines of a page with release lines become which episode: titles above their dates (printed
 * once or twice), titles below them, and the site's lines above the first episode. Notes each
 * followed by "Published ..." are {@link DatesUnderNotesTest}'s. The pages are made up; the comment
 * before each assertion names the 1-based page line(s) it reads.
 */
class DatedBlocksTest {

    @Test
    void aTitleAboveEachDateOpensItsEpisodeAndTheLinesAboveTheFirstAreTheSites() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Home
                        About
                        Lantern Radio

                        Keeping Bees in Winter
                        March 3, 2025
                        We talk about clustering, sugar boards and quiet hives.

                        Building a Cold Frame
                        February 17, 2025
                        Old windows, a few boards and a sunny wall.
                        """);

        // Lines 5 and 9, each above its date (lines 6 and 10).
        assertThat(titles(page)).containsExactly("Keeping Bees in Winter", "Building a Cold Frame");
        assertThat(dates(page))
                .containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 2, 17));
        // Lines 7 and 11: the notes under each date, and nothing of the next episode.
        assertThat(description(page, 0))
                .isEqualTo("We talk about clustering, sugar boards and quiet hives.");
        assertThat(description(page, 1)).isEqualTo("Old windows, a few boards and a sunny wall.");
        // Lines 1-3: above the first episode, named as no show.
        assertThat(page.navigation()).containsExactly("Home", "About", "Lantern Radio");
        assertThat(page.show()).isEmpty();
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void aTitlePrintedTwiceAndADatePrintedTwiceAreReadOnce() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Sign in
                        The Night Ferry
                        The Night Ferry
                        June 9, 2024
                        June 9, 2024
                        A crossing told by the crew who work it.
                        """);

        // Lines 2-3: a cover caption and the title; lines 4-5: the same date twice.
        Episode ferry = page.episodes().get(0);
        assertThat(page.episodes()).hasSize(1);
        assertThat(ferry.title()).contains("The Night Ferry");
        assertThat(ferry.released()).contains(LocalDate.of(2024, 6, 9));
        // Line 6: the notes, with no copy of the title or the date in them.
        assertThat(description(page, 0)).isEqualTo("A crossing told by the crew who work it.");
        // Line 1 stands above the caption, which opens the episode.
        assertThat(page.navigation()).containsExactly("Sign in");
        assertThat(ferry.source().line()).isEqualTo(2);
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void aSitesWordAboveADateIsNotATitle() {
        for (String chrome :
                new String[] {"Listen", "Share", "Show notes", "Episode description"}) {
            Page page = EpisodePageParser.parse(chrome + "\nMarch 3, 2025\nWe count the geese.\n");

            // Line 1 is the site's; line 3 ends a sentence, so it is no title below the date
            // either.
            assertThat(page.episodes())
                    .as(chrome)
                    .singleElement()
                    .satisfies(e -> assertThat(e.title()).isEmpty())
                    .satisfies(e -> assertThat(e.released()).contains(LocalDate.of(2025, 3, 3)));
            assertThat(page.navigation()).as(chrome).containsExactly(chrome);
        }
    }

    @Test
    void titlesPrintedBelowTheirDatesAreTheTitles() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Tidepool Notes

                        2025-03-12
                        The Great Tape Transfer
                        Moving old reels to disk, one evening at a time.
                        Reel log: https://tidepool.example.org/reels

                        2025-02-26
                        Salt and Circuits
                        Corrosion on boards left by the sea.
                        Photos: https://tidepool.example.org/salt

                        2025-02-12
                        Lighthouse Keepers
                        Two retired keepers on the night watch.
                        """);

        // Lines 4, 9 and 14, each under its date (lines 3, 8, 13); above the later dates stand
        // lines with links (6 and 11), which are no titles.
        assertThat(titles(page))
                .containsExactly(
                        "The Great Tape Transfer", "Salt and Circuits", "Lighthouse Keepers");
        assertThat(dates(page))
                .containsExactly(
                        LocalDate.of(2025, 3, 12),
                        LocalDate.of(2025, 2, 26),
                        LocalDate.of(2025, 2, 12));
        // Lines 5-6: the first episode's notes and link, not the second's.
        assertThat(description(page, 0))
                .isEqualTo("Moving old reels to disk, one evening at a time.");
        assertThat(urls(page.episodes().get(0)))
                .containsExactly("https://tidepool.example.org/reels");
        // Line 1: the first date's line above is the site's, not a title.
        assertThat(page.navigation()).containsExactly("Tidepool Notes");
    }

    @Test
    void datesAboveAListingsEpisodesHeadingAreTheShowsNotEpisodes() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Quiet Hours
                        March 28, 2025
                        Episodes

                        Night Shift Bakers
                        March 28, 2025
                        Three bakers on working while the city sleeps.

                        Lamplighters
                        March 14, 2025
                        The last gas lamps and the people who still light them.
                        """);

        // Line 2 stands above the "Episodes" heading (line 3): the show's last update.
        assertThat(titles(page)).containsExactly("Night Shift Bakers", "Lamplighters");
        assertThat(dates(page))
                .containsExactly(LocalDate.of(2025, 3, 28), LocalDate.of(2025, 3, 14));
        assertThat(page.navigation()).containsExactly("Quiet Hours", "March 28, 2025", "Episodes");
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    /**
     * Listings of two to six episodes, in each of the three shapes, with random titles, dates and
     * notes: every episode has its own title (or none), date and notes, in page order.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyEpisodeOfAListingKeepsItsTitleDateAndNotes(long seed) {
        Listing listing = Listing.random(seed);
        Page page = EpisodePageParser.parse(listing.text());

        assertThat(titles(page)).as(listing.text()).containsExactlyElementsOf(listing.titles());
        assertThat(dates(page)).as(listing.text()).containsExactlyElementsOf(listing.dates());
        for (int k = 0; k < listing.notes().size(); k++) {
            String description = page.episodes().get(k).description().orElseThrow();
            assertThat(description).as(listing.text()).contains(listing.notes().get(k));
            if (k + 1 < listing.notes().size()) {
                assertThat(description)
                        .as(listing.text())
                        .doesNotContain(listing.notes().get(k + 1));
            }
        }
        assertThat(page.navigation()).as(listing.text()).containsExactly("Menu", "Archive");
    }
}
