package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A directory heads its list of a show's dated episodes with a call to browse them that ends in the
 * show's name ("Explore every episode of X", "Alle Folgen von X"). The name after the "of" is the
 * show's only where the page prints it alone too; else it may run on ("X on Spotify", "X with
 * Anna"), or be a person's, a channel's or a season's, and the call names no show. A heading with
 * no verb of browsing ("All Episodes of Grace", "Every Episode Of X") may be a show's own name: the
 * name after its "of" is not taken from it. The pages are made up.
 */
class EveryEpisodeOfHeadingTest {

    /** A directory's page: the heading, the show's byline and count, and two dated episodes. */
    private static Page page(String heading, String alone) {
        return EpisodePageParser.parse(
                "Log in · Sign up\n\n"
                        + heading
                        + "\n\nBy Nora Lind · 24 episodes\n\n"
                        + "A show about small gardens on balconies and roofs, told by those who"
                        + " grow them.\n\n"
                        + "Mar 3, 2023\n\nSeed swaps in March\n\n"
                        + "Nora visits a seed library and its keepers.\n\n"
                        + "Feb 24, 2023\n\nPots that breathe\n\n"
                        + "Clay, fabric or plastic: which pots keep roots healthy.\n\n"
                        + (alone.isEmpty() ? "" : alone + "\n\n")
                        + "Terms · Privacy\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the name printed alone as well
                "Explore every episode of Garden Talk | Garden Talk | Garden Talk",
                "Browse all episodes of Garden Talk | Garden Talk | Garden Talk",
                "Entdecke alle Folgen von Gartenzeit | Gartenzeit | Gartenzeit",
                "Descubre todos los episodios de Jardín Vivo | Jardín Vivo | Jardín Vivo",
                "Scopri tutte le puntate di Orto Felice | Orto Felice | Orto Felice",
                "Ontdek alle afleveringen van Tuinpraat | Tuinpraat | Tuinpraat",
                "Découvrez tous les épisodes de Jardin Secret | Jardin Secret | Jardin Secret",
                // a show's own name, with the word for episodes in it, and a plain name
                "Episodes of Grace | | Episodes of Grace",
                "Los Episodios de Nuestra Vida | | Los Episodios de Nuestra Vida",
                "Os Episódios da Vida Real | | Os Episódios da Vida Real",
                "Gli Episodi di Casa Nostra | | Gli Episodi di Casa Nostra",
                "Garden Talk | | Garden Talk"
            })
    void theShowIsTheNamePrintedAlone(String heading, String alone, String show) {
        Page page = page(heading, alone == null ? "" : alone);
        assertThat(page.show().map(Show::title)).contains(show);
        assertThat(page.episodes().stream().map(e -> e.title().orElse("")))
                .containsExactly("Seed swaps in March", "Pots that breathe");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the name runs on past the show's
                "Listen to all episodes of Garden Talk on Spotify | Garden Talk on Spotify",
                "Explore every episode of Garden Talk by Harbour Media | Garden Talk by Harbour"
                        + " Media",
                "Explore every episode of Garden Talk with Anna Weber | Garden Talk with Anna"
                        + " Weber",
                "Escucha todos los episodios de Jardín Vivo en Spotify | Jardín Vivo en Spotify",
                "Écoutez tous les épisodes de Jardin Secret sur Deezer | Jardin Secret sur Deezer",
                "Alle Folgen von Gartenzeit auf einen Blick | Gartenzeit auf einen Blick",
                "Bekijk alle afleveringen van Tuinpraat met Eva de Vries | Tuinpraat met Eva de"
                        + " Vries",
                // a person, a channel, a season
                "Alle Folgen von Anna Weber | Anna Weber",
                "Todos los episodios de Cadena Norte | Cadena Norte",
                "Alle afleveringen van Zender Oost 2 | Zender Oost 2",
                "Tutte le puntate di Radio Tre | Radio Tre",
                "All episodes of Season 2 | Season 2",
                "Browse all episodes of Season 2 | Season 2"
            })
    void aNameNotPrintedAloneIsNoShow(String heading, String after) {
        Page page = page(heading, "");
        assertThat(page.show().map(Show::title)).as(after).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a show's own name with no verb of browsing: never cut after its "of"
                "Every Episode of Seinfeld | Seinfeld",
                "Every Episode Of Buffy | Buffy",
                "All Episodes of Grace and Frankie | Grace and Frankie",
                "The Episodes of Our Lives | Our Lives",
                "Alle Folgen von Ritter Rost | Ritter Rost",
                "Los Episodios de Nuestra Vida | Nuestra Vida",
                "Os Episódios da Vida Real | Vida Real",
                "Gli Episodi di Casa Nostra | Casa Nostra"
            })
    void aShowsOwnNameIsNotCut(String heading, String tail) {
        Page page = EpisodePageParser.parse(heading + " — recaps and reviews\n\n" + body(heading));
        assertThat(page.show().map(Show::title)).as(tail).contains(heading);
    }

    private static String body(String heading) {
        return heading
                + "\n\nBy Nora Lind · 24 episodes\n\n"
                + "A fan's guide to every episode, with notes on the cast and the best lines.\n\n"
                + "Mar 3, 2023\n\nThe one with the boat\n\n"
                + "Recap and notes on the boat trip.\n\n"
                + "Feb 24, 2023\n\nThe one with the keys\n\n"
                + "Recap and notes on the lost keys.\n\n"
                + (heading.contains("Of ") ? "" : tail(heading) + "\n\n")
                + "Terms · Privacy\n";
    }

    /** The name after the heading's "of", printed alone too: the site still names itself whole. */
    private static String tail(String heading) {
        String[] words = heading.split(" ");
        int of = 2;
        while (of < words.length && !words[of].matches("of|von|de|da|van|di")) {
            of++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, of + 1, words.length));
    }
}
