package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.OneEpisodePage.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A post's filing on a dated card, between the date and the heading: the label and the line it
 * labels are never the title, as they are not in a page's header. The pages are made up; the
 * comment before each assertion names the 1-based page lines it reads.
 */
class FilingOnDatedCardsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12 May 2019|Categories|Radio Walks",
                "3 March 2021|Tags|Canal Voices",
                "14 juin 2020|Catégories|Balades Sonores",
                "9. Oktober 2022|Kategorien|Kanalgeschichten",
                "7 de abril de 2023|Categorías|Paseos de Radio"
            })
    void aLabelAndItsValuesUnderTheDateAreNoTitle(String date, String label, String values) {
        String page =
                date + "\n" + label + "\n" + values + "\n\nThe Keeper of Lock Nine\n\n" + PARAGRAPH;
        Page parsed = EpisodePageParser.parse(page + "\n");

        // Line 1 dates the post, lines 2 and 3 file it; line 5 is its title.
        assertThat(parsed.episodes()).isNotEmpty();
        for (Episode episode : parsed.episodes()) {
            assertThat(episode.title()).isNotIn(Optional.of(label), Optional.of(values));
        }
    }
}
