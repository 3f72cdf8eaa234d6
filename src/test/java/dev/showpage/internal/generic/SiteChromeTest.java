package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which short lines are a site's controls, menus and tabs, in the languages the parser reads. */
class SiteChromeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Skip to main content",
                "Play episode",
                "Share this episode",
                "Listen on Apple Podcasts",
                "Apple Podcasts Logo",
                "Listen in podcast apps:",
                "Mark as played",
                "Load more episodes",
                "Alle Folgen",
                "Folge abspielen",
                "Tous les épisodes",
                "Les plus récents",
                "Écouter l'épisode",
                "Todos los episodios",
                "Compartir episodio",
                "Tutti gli episodi",
                "Ascolta l'episodio",
                "Todos os episódios",
                "Ouvir episódio",
                "Alle afleveringen",
                "Aflevering afspelen",
                "--:--",
                "» › »",
                "READ MORE",
                "Home",
                "Next",
                "Zurück zur Episode",
                "Retour à l'épisode",
                "Volver a los episodios",
                "Torna all'episodio",
                "Voltar",
                "Terug",
                "Zurück"
            })
    void controlWordsMakeAShortLineChrome(String line) {
        assertThat(SiteChrome.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The Art of the Follow-Up",
                "Listen to Your Body",
                "Play, Rest and Recovery",
                "Home Brewing on a Budget",
                "Episode 42",
                "Folge 7: Der Garten im Winter",
                "All of the Above",
                "Back Home",
                "Zurück nach Hause",
                "Retour à Paris",
                "Apple Music",
                "The Show",
                "The",
                "",
                "Why we share more than we think about the way our homes are built today"
            })
    void aLineWithWordsOfItsOwnIsNotChrome(String line) {
        assertThat(SiteChrome.isChrome(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Skip to main content", "Alle Folgen", "Share", "Écouter", "Luister nu"})
    void aChromeLineAboveTheDateIsNotTheEpisodesTitle(String chrome) {
        // Line 1: a made-up title; line 2 the site's control; line 3 the date; line 4 notes.
        Page page =
                EpisodePageParser.parse(
                        "Walking the Old Canal\n"
                                + chrome
                                + "\nMarch 3, 2024\nNotes about the towpath and its locks.\n");

        assertThat(page.episodes()).hasSize(1);
        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).isNotEqualTo(java.util.Optional.of(chrome));
    }
}
