package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The links that open the rest of a cut text ("Continue reading", "Lees verder") and a player's
 * "play later" button are the site's chrome in every language, never a title or a show. The texts
 * are made up or the sites' own labels.
 */
class ReadOnLinksTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "continue reading",
                "Continue Reading »",
                "Lees verder",
                "Weiterlesen",
                "Lire la suite",
                "Leer más",
                "Seguir leyendo",
                "Continua a leggere",
                "Leggi tutto",
                "Continuar lendo",
                "Ler mais",
                "Later Afspelen",
                "Play later",
                "Später hören"
            })
    void theLinkIsChrome(String text) {
        assertThat(SiteChrome.isChrome(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The Story Continues",
                "Reading the Tides",
                "Reading Lighthouses at Night",
                "Verder dan de horizon",
                "Later, Harbour",
                "Leer a los clásicos en verano"
            })
    void aTitleWithOneOfTheWordsIsNoChrome(String text) {
        assertThat(SiteChrome.isChrome(text)).isFalse();
    }
}
