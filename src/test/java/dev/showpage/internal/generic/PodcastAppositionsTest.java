package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An article presents its show with an apposition that calls it someone's podcast ("Hafenfunk, der
 * Podcast von Nordwelle, ..."): the name before the comma is the show, when the page prints it
 * again. Made-up sentences in the seven languages; the near-misses name a person's role or no
 * maker.
 */
class PodcastAppositionsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Every week – Harbour Talk, the podcast of the Coastal Review, meets a skipper.|"
                        + "Harbour Talk",
                "Jede Woche – Hafenfunk, der Podcast von Nordwelle, trifft eine Kapitänin.|"
                        + "Hafenfunk",
                "Chaque semaine, Le Grand Large, le podcast de Radio Côte, reçoit un marin.|"
                        + "Le Grand Large",
                "Cada semana Voces del Puerto, el podcast de Radio Sur, recibe a una patrona.|"
                        + "Voces del Puerto",
                "Ogni settimana Voce del Molo, il podcast di Radio Costa, ospita un pescatore.|"
                        + "Voce del Molo",
                "Todas as semanas Conversas de Cais, o podcast da Rádio Mar, recebe um pescador.|"
                        + "Conversas de Cais",
                "Elke week ontvangt Havenradio, de podcast van Omroep Kust, een visser.|"
                        + "Havenradio",
                "We made Harbour Talk, a podcast by two skippers, over one winter.|Harbour Talk"
            })
    void theNameBeforeTheAppositionIsTheShow(String sentence, String show) {
        assertThat(PodcastAppositions.name(sentence)).isEqualTo(show);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We spoke with Ana Ruiz, the podcast host who sails alone, about her boat.",
                "Harbour Talk, the podcast that never sleeps, is back on the air this week.",
                "Harbour Talk, the podcast, is back on the air this week after a long break.",
                "Harbour Talk the podcast of the Coastal Review is back on the air this week.",
                "we made it, the podcast of two skippers, over one winter in the harbour."
            })
    void anAppositionWithoutAMakerOrAfterNoNameIsNone(String sentence) {
        assertThat(PodcastAppositions.name(sentence)).isNull();
    }

    private static final String PAGE =
            "New Voices on the Water: %s\n\n"
                    + "Some stories need more room than a page – %s, the podcast of the Coastal"
                    + " Review, gives them an hour. Two of our editors meet a skipper each month"
                    + " and let them talk without a clock.\n\n"
                    + "The first guest is a ferry captain who has crossed the strait every day for"
                    + " twenty years.\n";

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Talk", "Radio42", "Voces del Puerto"})
    void aPagePresentingItsShowSoNamesIt(String show) {
        Page page = EpisodePageParser.parse(String.format(PAGE, show, show));

        // Line 3 presents the show in an apposition; line 1 prints its name again.
        assertThat(page.show().map(Show::title)).contains(show);
    }

    @Test
    void aNamePrintedOnlyInTheAppositionIsNoShow() {
        String page =
                "New Voices on the Water\n\n"
                        + "Finally, the podcast of the Coastal Review gives long stories an hour."
                        + " Two of our editors meet a skipper each month and let them talk.\n\n"
                        + "The first guest is a ferry captain who has crossed the strait every day"
                        + " for twenty years.\n";

        // Line 3's "Finally" opens a sentence and stands on no other line.
        assertThat(EpisodePageParser.parse(page).show()).isEmpty();
    }
}
