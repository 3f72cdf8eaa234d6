package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A directory heads its list of a show's dated episodes with a call to browse them that ends in the
 * show's name ("Explore every episode of X", "Alle Folgen von X"): the show is the name, never the
 * whole call. A name of the show's own that holds the word for episodes ("Episodes of Grace") stays
 * whole. The pages are made up.
 */
class EveryEpisodeOfHeadingTest {

    private static Page page(String heading) {
        return EpisodePageParser.parse(
                "Beta\n\n"
                        + heading
                        + "\n\nThe full list of the show, with a description for every episode so"
                        + " that a topic is found quickly and nothing is missed.\n\n"
                        + "Rows per page:\n\n"
                        + "12 Jun 2022Roses in winter00:41:10\n\n"
                        + "This time my guest is Clara Moss, a gardener and author.\n\n"
                        + "05 Jun 2022Tulips in spring00:39:10\n\n"
                        + "This time my guest is Tom Berg, a florist.\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Explore every episode of GARDEN TALK | GARDEN TALK",
                "Browse all episodes of Garden Talk | Garden Talk",
                "Alle Folgen von Gartenzeit | Gartenzeit",
                "Todos los episodios de Jardín Vivo | Jardín Vivo",
                "Tutte le puntate di Orto Felice | Orto Felice",
                "Todos os episódios de Jardim Aberto | Jardim Aberto",
                "Alle afleveringen van Tuinpraat | Tuinpraat",
                "Découvrez tous les épisodes de Jardin Secret | Jardin Secret",
                // the show's own name, with the word for episodes in it, and a plain name
                "Episodes of Grace | Episodes of Grace",
                "Garden Talk | Garden Talk"
            })
    void theShowIsTheNameTheHeadingEndsIn(String heading, String show) {
        assertThat(page(heading).show().map(Show::title)).contains(show);
    }
}
