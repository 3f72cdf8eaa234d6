package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interview titles made of a guest's name, maybe the part of the talk, and a quoted sentence ("Ana
 * Lobo (part 2): “...”"): one on a line of its own is the page's title, and a run of them glued
 * into one line is a listing of other episodes. The pages are made up; the comment before each
 * assertion names the 1-based page line(s) it reads.
 */
class QuoteTitlesTest {

    private static List<String> titles(Page page) {
        return page.episodes().stream().map(e -> e.title().orElse("(none)")).toList();
    }

    private static final String INTRO =
            "As always, the theme music is by Tove and the portraits are by Lena Brandt, and the"
                    + " sound is mixed by Ole.";

    private static final String TEASER =
            "Here is the second half of the talk with the sailor and writer, who tells how the sea"
                    + " taught her patience and which books she takes on every long voyage.";

    @Test
    void aGuestsNameAndQuotedWordsTitleThePageWhateverTheirLength() {
        String[] titles = {
            "Ana Lobo (part 2): \u201CI have left the harbour many times, and every time the"
                    + " wind changed its mind before the lighthouse was out of sight\u201D",
            "Jan van Dijk (deel 1): \u00ABDe zee leert je geduld, en de wind leert je"
                    + " nederigheid\u00BB",
            "Marta Neves: \"The sea is patient with those who are patient with it\"",
            "Lena Brandt (Teil 3): \u201EDas Meer vergisst nichts, und es verzeiht wenig\u201C"
        };
        for (String title : titles) {
            Page page =
                    EpisodePageParser.parse(INTRO + "\nPodcast\n" + title + "\n" + TEASER + "\n");

            // Line 3, past the credits (line 1) and the site's word (line 2).
            assertThat(titles(page)).as(title).containsExactly(title);
        }
    }

    @Test
    void aRunOfQuoteTitlesIsAListingOfEpisodes() {
        String run =
                "Ana Lobo (part 2): \u201CEvery harbour has its own weather, and its own"
                        + " rules\u201D Ana Lobo (part 1): \u201CI learned to sail before I learned"
                        + " to swim\u201D Piet de Boer: \u201CThe North Sea is never the same sea"
                        + " twice\u201D Marta Neves (parte 2): \u201CO mar \u00E9 paciente com"
                        + " quem \u00E9 pac";
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + "\nPodcast\n"
                                + "Ana Lobo (part 3): \u201CI still count the waves\u201D\n"
                                + TEASER
                                + "\nMore episodes\n"
                                + run
                                + "\n");

        // Line 3 titles the page's episode; line 6 holds four titles, the last cut off inside
        // its quotation.
        assertThat(titles(page))
                .containsExactly(
                        "Ana Lobo (part 3): \u201CI still count the waves\u201D",
                        "Ana Lobo (part 2): \u201CEvery harbour has its own weather, and its own"
                                + " rules\u201D",
                        "Ana Lobo (part 1): \u201CI learned to sail before I learned to swim\u201D",
                        "Piet de Boer: \u201CThe North Sea is never the same sea twice\u201D",
                        "Marta Neves (parte 2): \u201CO mar \u00E9 paciente com quem \u00E9 pac");
        // Line 6 is not the first episode's notes.
        Episode first = page.episodes().get(0);
        assertThat(first.description().orElse("")).doesNotContain("Piet de Boer");
        assertThat(page.episodes().get(3).source().line()).isEqualTo(6);
    }

    @Test
    void twoGluedQuotesAreNoListing() {
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + "\nPodcast\n"
                                + "Ana Lobo: \u201CI still count the waves\u201D Piet de Boer:"
                                + " \u201CAnd I count the gulls above them\u201D\n"
                                + TEASER
                                + "\n");

        // Line 3: two quotes may be a dialogue; not two episodes.
        assertThat(page.episodes()).hasSize(1);
    }

    @Test
    void shapesThatAreNoQuoteTitles() {
        String[] lines = {
            // a lower-case word opens the name
            "thanks to Ana Lobo: \u201CI still count the waves every morning\u201D",
            // words after the quotation
            "Ana Lobo: \u201CI still count the waves\u201D and other stories from the harbour",
            // no quotation after the colon
            "Ana Lobo: I still count the waves every morning on the pier",
            // a quotation of fewer than three words
            "Ana Lobo: \u201CWaves\u201D",
            // a name of more than five words
            "Ana Maria Lobo Pereira Santos Silva: \u201CI still count the waves\u201D"
        };
        for (String line : lines) {
            Page page =
                    EpisodePageParser.parse(INTRO + "\nPodcast\n" + line + "\n" + TEASER + "\n");

            assertThat(titles(page)).as(line).doesNotContain(line);
        }
    }
}
