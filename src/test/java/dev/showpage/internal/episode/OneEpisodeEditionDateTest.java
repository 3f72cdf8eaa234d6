package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which date a one-episode page keeps when its heading names an edition ({@link OneEpisodeValues}):
 * the edition's over the post's own (its dateline above the heading, or its publication stamp),
 * never over a date line of the episode below the heading, nor from a field further down the page.
 * In the rows, "|" stands for a line break.
 */
class OneEpisodeEditionDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                // the post's dateline above the heading, or its stamp: the edition's day wins
                "Mittwoch, 20. März 2024|Stadtrunde, Sendung vom 14.03.2024: Wohin mit dem Müll?|"
                        + "Unsere Kritik der Runde.; 2024-03-14",
                "Stadtrunde, Sendung vom 11.03.2024: Wohin mit dem Müll?|Veröffentlicht am"
                        + " 20.03.2024|Unsere Kritik der Runde.; 2024-03-11",
                // the episode's own date line below the heading stays
                "Stadtrunde, Sendung vom 14.03.2024: Wohin mit dem Müll?|15.03.2024|Unsere Kritik"
                        + " der Runde.; 2024-03-15",
                // an edition field further down is another edition: the stamp stays
                "Abendrunde: die Gäste von heute|Veröffentlicht am 14.03.2024|Heute reden wir über"
                        + " Mieten.|Vorschau: Sendung vom 15.03.2024; 2024-03-14",
                "Sera Tonda: gli ospiti|Pubblicato il 03/03/2024|Stasera si parla di"
                        + " affitti.|In replica - puntata del 25 febbraio 2024; 2024-03-03",
                "Praatavond - de gasten|Gepubliceerd op 12 mei 2023|Vanavond over de"
                        + " huur.|Terugkijken: uitzending van 5 mei 2023; 2023-05-12",
                "La Hormiga: invitados|Publicado el 18/09/2023|Hoy hablamos del alquiler.|Ver"
                        + " también - Programa del 11 de septiembre de 2023; 2023-09-18",
            })
    void theEditionsDayOnlyOverThePostsOwn(String text, String day) {
        Page page = EpisodePageParser.parse(text.replace('|', '\n') + "\n");
        assertThat(page.episodes()).as(text).hasSize(1);
        assertThat(page.episodes().get(0).released()).as(text).contains(LocalDate.parse(day));
    }
}
