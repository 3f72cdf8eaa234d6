package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A line that opens with a list marker among others so marked ("• Blog" / "• Podcast" / "•
 * Contact") is an item of a menu or a list: a site's section, a blog's author link. It names no
 * show, though it ends in "Podcast" as a show's name does, and the readers after it are asked: a
 * show's name printed bare under the menu is still the show. A marker that decorates a single
 * header line ("• Garden Talk", "▶ Harbour Nights Podcast") is taken off the name. The pages are
 * made up.
 */
class ListItemIsNoShowTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                // a menu's items, no show named elsewhere
                Arguments.of(
                        "Home\n  • Blog\n  • Podcast\n  • Contact\n\n"
                                + "Episode 5: Building habits with Rachel Green\n\n"
                                + "Rachel Green is a coach and author. We talk about routines.\n",
                        ""),
                Arguments.of(
                        "Inicio\n  • Blog\n  • Harbour Podcast\n  • Contacto\n\n"
                                + "Episodio 5: Hábitos con Lucía Pérez\n\n"
                                + "Lucía Pérez es entrenadora y autora. Hablamos de rutinas.\n",
                        ""),
                Arguments.of(
                        "Startseite\n  • Blog\n  • Hafen Podcast\n  • Kontakt\n\n"
                                + "Folge 5: Gewohnheiten mit Lea Brandt\n\n"
                                + "Lea Brandt ist Trainerin und Autorin. Wir sprechen über"
                                + " Routinen.\n",
                        ""),
                Arguments.of(
                        "Accueil\n  • Blog\n  • Podcast\n  • Contact\n\n"
                                + "Épisode 5 : Les habitudes avec Claire Dubois\n\n"
                                + "Claire Dubois est coach et autrice. Nous parlons de routines.\n",
                        ""),
                // a menu's items over the show's bare header
                Arguments.of(
                        "Home\n  • Blog\n  • Podcast\n  • Contact\n\nGarden Talk\n\n"
                                + "Episode 5: Building habits with Rachel Green\n\n"
                                + "Rachel Green is a coach and author. We talk about routines.\n",
                        "Garden Talk"),
                Arguments.of(
                        "Startseite\n  • Blog\n  • Podcast\n  • Kontakt\n\nGrüne Stunde\n\n"
                                + "Folge 5: Gewohnheiten mit Lea Brandt\n\n"
                                + "Lea Brandt ist Trainerin und Autorin. Wir sprechen über"
                                + " Routinen.\n",
                        "Grüne Stunde"),
                // a single header line decorated with a marker
                Arguments.of(
                        "• Garden Talk\n\nEpisode 5: Building habits with Rachel Green\n\n"
                                + "Rachel Green is a coach and author. We talk about routines.\n",
                        "Garden Talk"),
                Arguments.of(
                        "★ Garden Talk\n\nEpisode 5: Building habits with Rachel Green\n\n"
                                + "Rachel Green is a coach and author. We talk about routines.\n",
                        "Garden Talk"),
                Arguments.of(
                        "▶ Harbour Nights Podcast\n\nEpisodio 5: Hábitos con Lucía Pérez\n\n"
                                + "Lucía Pérez es entrenadora y autora. Hablamos de rutinas.\n",
                        "Harbour Nights Podcast"),
                Arguments.of(
                        "– Harbour Nights Podcast\n\nÉpisode 5 : Les habitudes avec Claire"
                                + " Dubois\n\nClaire Dubois est coach et autrice. Nous parlons de"
                                + " routines.\n",
                        "Harbour Nights Podcast"),
                // the show's name printed bare
                Arguments.of(
                        "Home\n\n"
                                + "Harbour Podcast\n\n"
                                + "Episode 5: Building habits with Rachel Green\n\n"
                                + "Rachel Green is a coach and author. We talk about routines.\n",
                        "Harbour Podcast"),
                Arguments.of(
                        "Inicio\n\nHarbour Podcast\n\nEpisodio 5: Hábitos con Lucía Pérez\n\n"
                                + "Lucía Pérez es entrenadora y autora. Hablamos de rutinas.\n",
                        "Harbour Podcast"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void theShowIsNoListItem(String text, String show) {
        assertThat(EpisodePageParser.parse(text).show().map(Show::title).orElse(""))
                .isEqualTo(show);
    }
}
