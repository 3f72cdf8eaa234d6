package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A show's page that prints, under the site's chrome, the show's name over its author's name and
 * then a listing's heading: the first is the show. The pages are made up; the comment before each
 * assertion names the 1-based page lines it reads.
 */
class ShowOverAuthorTest {

    private static final String EPISODE =
            "#12 Les phares du nord avec Ana Ruiz\n"
                    + "45 min \u2022 16/12/2025\n\n"
                    + "Ana Ruiz garde un phare depuis vingt ans et raconte les nuits de tempête,"
                    + " les relèves et le silence des hivers sur l'île.\n";

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "cover placeholder; Hop!; Marie Lenoir; Les plus récents",
                "Menu; Harbour Talk; Jane van der Berg; All Episodes",
                "Suche; Leuchtfeuer; Lena Berg; Alle Folgen",
                "Menu; Faro; Ana María Ruiz; Todos los episodios"
            })
    void theNameOverItsAuthorUnderChromeIsTheShow(
            String chrome, String show, String author, String heading) {
        String page =
                chrome + "\n\n" + show + "\n\n" + author + "\n\n" + heading + "\n\n" + EPISODE;

        Page parsed = EpisodePageParser.parse(page);

        // Line 3 is the show's name, over its author (line 5) and the listing's heading (line 7).
        assertThat(parsed.show()).map(Show::title).contains(show);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // the line under is no person's name
                "Menu; Harbour Talk; stories from the quay; All Episodes",
                // the line under the name is followed by more text, not the listing
                "Menu; Harbour Talk; Jane Berg; A Note From The Editor",
                // two words in capitals over the first episode: a site's name, not an author
                "Menu; Harbour Talk; Garden Diary; #3 Salt and Smoke"
            })
    void otherLinesUnderTheHeadingNameNoShow(
            String chrome, String show, String under, String next) {
        String page = chrome + "\n\n" + show + "\n\n" + under + "\n\n" + next + "\n\n" + EPISODE;

        Page parsed = EpisodePageParser.parse(page);

        // Line 3 is not taken for the show from the line under it (line 5).
        assertThat(parsed.show().map(Show::title)).isNotEqualTo(java.util.Optional.of(show));
    }
}
