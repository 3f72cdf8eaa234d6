package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Which lines of a page without a release line become which episode: several, each under a title
 * standing alone in title case, or the one the page is, titled by the line it prints twice or by
 * its first line past the site's words and the show's name. The pages are made up; the comment
 * before each assertion names the 1-based page line(s) it reads.
 */
class UndatedBlocksTest {

    private static final String GARDEN_DIARY =
            """
            Home
            Archive
            Garden Diary

            Pruning Old Apple Trees

            Late winter is the time to open up the crown of an old apple tree, taking out crossings.

            Saving Tomato Seed

            Ferment the seed for three days, rinse it well and dry it on a plate before storing it.

            Building a Leaf Mould Cage

            Four stakes and a roll of chicken wire make a cage that turns autumn leaves into compost.
            """;

    private static String description(Episode episode) {
        return episode.description().orElseThrow();
    }

    @Test
    void titlesStandingAloneOverParagraphsOpenAnEpisodeEach() {
        Page page = EpisodePageParser.parse(GARDEN_DIARY);

        // Lines 5, 9 and 13: alone between blank lines, in title case, a paragraph below each.
        assertThat(page.episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly(
                        "Pruning Old Apple Trees",
                        "Saving Tomato Seed",
                        "Building a Leaf Mould Cage");
        // Lines 7, 11 and 15: each paragraph is the notes of the title above it.
        assertThat(description(page.episodes().get(0))).startsWith("Late winter is the time");
        assertThat(description(page.episodes().get(1))).startsWith("Ferment the seed");
        assertThat(description(page.episodes().get(2))).startsWith("Four stakes");
        assertThat(page.episodes()).allSatisfy(e -> assertThat(e.released()).isEmpty());
        // Lines 1-3: no blank line around "Garden Diary", so it is the site's, not a title.
        assertThat(page.navigation()).containsExactly("Home", "Archive", "Garden Diary");
    }

    @Test
    void aLineInSentenceCaseIsNoStandingTitle() {
        Page page =
                EpisodePageParser.parse(
                        GARDEN_DIARY.replace(
                                "Building a Leaf Mould Cage", "Building a leaf mould cage"));

        // Line 13 has words of four letters in lower case: it and its paragraph belong to the
        // episode above.
        assertThat(page.episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly("Pruning Old Apple Trees", "Saving Tomato Seed");
        assertThat(description(page.episodes().get(1)))
                .contains("Building a leaf mould cage")
                .contains("Four stakes");
    }

    @Test
    void aSingleStandingTitleTitlesThePageAsOneEpisode() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Home
                        About

                        Pruning Old Apple Trees

                        Late winter is the time to open up the crown of an old apple tree, taking out crossings.
                        """);

        // Line 4 is the first line past the site's words (lines 1-2).
        assertThat(page.episodes())
                .singleElement()
                .satisfies(e -> assertThat(e.title()).contains("Pruning Old Apple Trees"))
                .satisfies(e -> assertThat(description(e)).startsWith("Late winter"))
                .satisfies(e -> assertThat(e.source().line()).isEqualTo(4));
        assertThat(page.navigation()).containsExactly("Home", "About");
    }

    @Test
    void aTitlePrintedTwiceNearTheTopTitlesTheEpisode() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Home
                        About
                        New this week

                        Why Owls Hunt at Dusk and Sleep Through the Day
                        Why Owls Hunt at Dusk and Sleep Through the Day
                        0:00
                        -48:27

                        Owls see well in low light, and soft feathers let them fly without a sound.
                        """);

        // Lines 5-6: the title over the cover and again in the player; the episode starts at the
        // first print, and line 3, which would read as a title too, is the site's.
        Episode owls = page.episodes().get(0);
        assertThat(page.episodes()).hasSize(1);
        assertThat(owls.title()).contains("Why Owls Hunt at Dusk and Sleep Through the Day");
        assertThat(owls.source().line()).isEqualTo(5);
        // Lines 7-8: the player's start and remaining time.
        assertThat(owls.duration()).contains(Duration.ofSeconds(48 * 60 + 27));
        // Line 10, without the title again or the player's times.
        assertThat(description(owls))
                .isEqualTo(
                        "Owls see well in low light, and soft feathers let them fly without a"
                                + " sound.");
        assertThat(page.navigation()).containsExactly("Home", "About", "New this week");
    }

    @Test
    void theTitleIsTheFirstLinePastAListingsHeadingAndTheShowsName() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Episodes
                        Marsh Country Podcast
                        Counting Geese on the Estuary
                        Every autumn a few volunteers count the geese that winter on the mudflats.
                        """);

        // Line 1 is the listing's heading and line 2 the show; line 3 reads as a title.
        assertThat(page.episodes())
                .singleElement()
                .satisfies(e -> assertThat(e.title()).contains("Counting Geese on the Estuary"))
                .satisfies(
                        e ->
                                assertThat(description(e))
                                        .isEqualTo(
                                                "Every autumn a few volunteers count the geese that"
                                                        + " winter on the mudflats."));
        assertThat(page.show())
                .hasValueSatisfying(
                        show -> assertThat(show.title()).isEqualTo("Marsh Country Podcast"));
        assertThat(page.navigation()).containsExactly("Episodes");
    }

    @Test
    void aPageThatOpensWithASentenceHasNoTitle() {
        Page page =
                EpisodePageParser.parse(
                        """
                        This week we walk the canal towpath from the lock keeper's cottage to the aqueduct.
                        We stop for tea at the boatyard.
                        """);

        // Line 1 ends a sentence: it starts the notes, and the episode has no title.
        assertThat(page.episodes())
                .singleElement()
                .satisfies(e -> assertThat(e.title()).isEmpty())
                .satisfies(
                        e ->
                                assertThat(description(e))
                                        .startsWith("This week we walk")
                                        .contains("We stop for tea at the boatyard."));
        assertThat(page.navigation()).isEmpty();
    }

    private static final String LABELLED_NEWSLETTER =
            """
            Ingrid Tovey

            Beekeeper in the Harz

            Ingrid Tovey keeps forty hives on the edge of the forest and sells her honey at markets.

            LABEL

            The Hive Letter Each Month

            Receive the newest episodes of the show in your inbox every month, and a little more.
            """;

    @Test
    void aLineUnderALabelEndingInAColonIsNoStandingTitle() {
        for (String label :
                new String[] {"Stay in touch:", "Pour rester en contact :", "Bleib dran:"}) {
            Page page = EpisodePageParser.parse(LABELLED_NEWSLETTER.replace("LABEL", label));

            // Line 9 stands alone over a paragraph, but the label on line 7 announces it: it is
            // what the label names, so the page is one episode, titled by line 1.
            assertThat(page.episodes())
                    .as(label)
                    .singleElement()
                    .satisfies(e -> assertThat(e.title()).contains("Ingrid Tovey"))
                    .satisfies(e -> assertThat(description(e)).contains("The Hive Letter"));
        }
    }

    @Test
    void aLineUnderALabelWithoutAColonStillStandsAsATitle() {
        Page page = EpisodePageParser.parse(LABELLED_NEWSLETTER.replace("LABEL", "Stay in touch"));

        // Line 7 has no colon: lines 1 and 9 each open an episode (line 7 is the first's notes).
        assertThat(page.episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly("Ingrid Tovey", "The Hive Letter Each Month");
    }
}
