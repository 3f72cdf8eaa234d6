package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words for the show's own people ({@link ShowCircleWords#isShowsOwn}): host nouns in the seven
 * languages, in the plural (German "-innen" too) and behind an elided article; and role nouns of
 * guests, which are none.
 */
class ShowCircleWordsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Moderatorinnen",
                "Gastgeberinnen",
                "Sprecherinnen",
                "Produzentinnen",
                "Moderatorin",
                "L'animateur",
                "l’animatrice",
                "d'animatrice",
                "dell'intervistatore",
                "all'intervistatrice",
                "conductora",
                "locutora",
                "locutores",
                "speaker",
                "podcaster",
                "Podcasters",
                "co-presenter",
                "Presenters,",
            })
    void isTheShowsOwn(String word) {
        assertThat(ShowCircleWords.isShowsOwn(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Autorinnen",
                "Sängerinnen",
                "L'écrivaine",
                "l'autrice",
                "dell'artista",
                "Nennen",
                "l'",
                "Musikerinnen",
                "dentiste",
            })
    void isNoneOfTheShow(String word) {
        assertThat(ShowCircleWords.isShowsOwn(word)).isFalse();
    }
}
