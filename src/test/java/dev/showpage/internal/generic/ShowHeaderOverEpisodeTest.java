package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Link;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.api.Test;

/**
 * A directory's episode page: the show's name, its description and its site's address, the site's
 * buttons, then the episode's numbered title, as long as a question can be. The pages are made up;
 * the comment before each assertion names the 1-based page line(s) it reads.
 */
class ShowHeaderOverEpisodeTest {

    private static final String DESCRIPTION =
            "The last word on ferries and harbours: each week two old sailors go through the news"
                    + " of the coast and talk to the people who make it.";

    private static final String LONG_TITLE =
            "Whether it is the night ferry or the early bus, everyone is saying the coast is"
                + " getting busier, while the harbour board is learning to count boats faster but"
                + " not fast enough yet?";

    private static Page page(String name, String number, String buttons) {
        return EpisodePageParser.parse(
                name
                        + "\n\n"
                        + DESCRIPTION
                        + "\n\nhttps://www.harbour.example\n\n"
                        + buttons
                        + "\n\n"
                        + number
                        + LONG_TITLE
                        + "\n\nTwo sailors look at the new timetables this week.\n");
    }

    @Test
    void theNumberedTitlePastTheButtonsIsTheTitleAndTheFirstLineTheShow() {
        String[][] shapes = {
            {"Harbour News", "episode 24: ", "subscribe\nshare"},
            {"Kustnieuws", "Folge 7: ", "Abonnieren\nTeilen\nAnhören"},
            {"Noticias del Puerto", "#112: ", "share"}
        };
        for (String[] shape : shapes) {
            Page page = page(shape[0], shape[1], shape[2]);

            // The last line with text but one: the title, opening with its number.
            assertThat(page.episodes()).as(shape[0]).hasSize(1);
            assertThat(page.episodes().get(0).title()).as(shape[0]).contains(shape[1] + LONG_TITLE);
            // Line 1 over the description (line 3): the show's name.
            assertThat(page.show()).as(shape[0]).map(Show::title).contains(shape[0]);
            // Line 5: the show's site is no link of the episode.
            assertThat(page.episodes().get(0).links()).extracting(Link::url).isEmpty();
        }
    }

    @Test
    void withoutANumberTheLongLineIsNoTitle() {
        Page page = page("Harbour News", "", "subscribe\nshare");

        // The long line has no number: too long for a title, it is not taken as one.
        assertThat(page.episodes().get(0).title()).isNotEqualTo(java.util.Optional.of(LONG_TITLE));
    }

    @Test
    void aFirstLineOverItsOwnNotesIsNoShow() {
        Page page =
                EpisodePageParser.parse(
                        "Harbour News\n\n" + DESCRIPTION + "\n\nMore notes about the ferry.\n");

        // Line 1 over a paragraph, no title further down: the page's one episode, not a show.
        assertThat(page.show())
                .map(Show::title)
                .isNotEqualTo(java.util.Optional.of("Harbour News"));
    }
}
