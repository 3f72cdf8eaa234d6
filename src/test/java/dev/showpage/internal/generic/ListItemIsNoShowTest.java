package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line that opens with a list marker ("• Podcast", "• Harbour Podcast") is an item of a menu or a
 * list: a site's section, a blog's author link. It names no show, though it ends in "Podcast" as a
 * show's name does. A show's name printed bare over the same post is still the show. The pages are
 * made up.
 */
class ListItemIsNoShowTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Home\n  • Blog\n  • Podcast\n  • Contact\n\n"
                        + "Episode 5: Building habits with Rachel Green\n\n"
                        + "Rachel Green is a coach and author. We talk about routines.\n",
                "Inicio\n  • Blog\n  • Harbour Podcast\n  • Contacto\n\n"
                        + "Episodio 5: Hábitos con Lucía Pérez\n\n"
                        + "Lucía Pérez es entrenadora y autora. Hablamos de rutinas.\n",
                "Startseite\n  • Blog\n  • Hafen Podcast\n  • Kontakt\n\n"
                        + "Folge 5: Gewohnheiten mit Lea Brandt\n\n"
                        + "Lea Brandt ist Trainerin und Autorin. Wir sprechen über Routinen.\n",
                "Accueil\n  • Blog\n  • Podcast\n  • Contact\n\n"
                        + "Épisode 5 : Les habitudes avec Claire Dubois\n\n"
                        + "Claire Dubois est coach et autrice. Nous parlons de routines.\n"
            })
    void aListItemNamesNoShow(String text) {
        Page page = EpisodePageParser.parse(text);
        assertThat(page.show().map(Show::title).orElse("")).doesNotStartWith("•");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Home\n\nHarbour Podcast\n\nEpisode 5: Building habits with Rachel Green\n\n"
                        + "Rachel Green is a coach and author. We talk about routines.\n",
                "Inicio\n\nHarbour Podcast\n\nEpisodio 5: Hábitos con Lucía Pérez\n\n"
                        + "Lucía Pérez es entrenadora y autora. Hablamos de rutinas.\n"
            })
    void aBareNameIsStillTheShow(String text) {
        assertThat(EpisodePageParser.parse(text).show().map(Show::title))
                .contains("Harbour Podcast");
    }
}
