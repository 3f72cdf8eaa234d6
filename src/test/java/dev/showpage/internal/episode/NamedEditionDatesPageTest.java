package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A heading's day after a name and a preposition of "of" ({@link NamedEditionDates}) read through
 * the whole parser: a past event's day is no edition's, whatever its words' case, and a labelled
 * date of publication below the heading is never replaced by the heading's day.
 */
class NamedEditionDatesPageTest {

    private static Optional<LocalDate> dateOf(String text) {
        Page page = EpisodePageParser.parse(text.replace("\\n", "\n"));
        return page.episodes().size() == 1
                ? page.episodes().get(0).released()
                : page.episodes().stream().findFirst().flatMap(Episode::released);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Les invités de « La Veillée » du 11 octobre 2022\\n"
                        + "Ce soir, trois voix.|2022-10-11",
                "Os convidados do “Mesa Redonda” do dia 8 de junho de 2021\\nHoje.|2021-06-08",
            })
    void takesTheQuotedProgrammesDay(String text, String day) {
        assertThat(dateOf(text)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a past event's day, its name capitalised as every noun or title word is
                "The Great Flood of April 18, 1906\\nA look back at the water.",
                "Der Brand vom 3. Oktober 1997\\nEin Rückblick.",
                "Das Unwetter vom 22. Juni 2019\\nWas geschah.",
                "La Huelga del 14 de diciembre de 1988\\nUn repaso.",
                "La Strage di Ustica del 27 giugno 1980\\nUna memoria.",
                "Il Naufragio del 13 gennaio 2012\\nUna memoria.",
                "De Storm van 18 januari 2018\\nTerugblik.",
                "Lessons of the Panic of May 9, 1873 | Coin Corner\\nNotes.",
                "Old Letters Hour\\nThe Armistice of November 11, 1918\\nNotes.",
                // a quoted name after a premiere's or an anniversary's word
                "El estreno de «La Sobremesa» del 3 de marzo de 2011\\nRecuerdos.",
                "Ten Years of \"Lamp Light\": the Pilot of June 2, 2015\\nMemories.",
                "La première de « Nuit Claire » du 9 octobre 2012\\nSouvenirs.",
                // an exhibition's day: the quoted name is the exhibition's
                "Ausstellung „Nachtfalter“ vom 3. Juli 2023\\nEin Rundgang.",
                "Fotoausstellung „Nachtfalter“ vom 3. Juli 2023\\nEin Rundgang.",
                "Exhibition “Paper Moons” of March 3, 2024\\nA walk through.",
                "L'exposition « Lueurs » du 4 mars 2023\\nUne visite.",
                "La exposición «Faros» del 12 de abril de 2024\\nUna visita.",
                "La mostra «Lucciole» del 6 ottobre 2022\\nUna visita.",
                "A exposição “Marés” do dia 8 de junho de 2021\\nUma visita.",
                "De tentoonstelling “Vuurtorens” van 3 juli 2023\\nEen rondgang.",
                // a capitalised programme's name: no sign of a name where nouns are capitalised
                "Hören Sie das Abendjournal vom 4. April 2024 moderiert von Ina",
                "Catch the Evening Table of October 2, 2022 hosted by Bo.",
                "Ascolta il Notturno del 6 ottobre 2022 condotto da Ada.",
            })
    void leavesAPastEventsDay(String text) {
        assertThat(dateOf(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Die Sturmflut vom 16. Februar 1962\\n"
                        + "Veröffentlicht am 16. Februar 2022\\n"
                        + "Ein Rückblick.|2022-02-16",
                "Remembering the Landing of July 20, 1969\\n"
                        + "Posted July 20, 2019\\n"
                        + "Notes.|2019-07-20",
                "Revisiting the Vote of June 23, 2016\\n"
                        + "Published June 23, 2021\\n"
                        + "Notes.|2021-06-23",
                "Die Rede vom 2. März 2023\\nVeröffentlicht am 8. März 2023\\nText.|2023-03-08",
                "Retour sur le débat de Dupont du 2 avril 2024\\n"
                        + "Publié le 5 avril 2024\\n"
                        + "Texte.|2024-04-05",
                "Il voto di Rossi del 9 marzo 2022\\n"
                        + "Pubblicato il 12 marzo 2022\\n"
                        + "Testo.|2022-03-12",
                "Retour sur la une de « Matin Clair » du 2 avril 2024\\n"
                        + "Publié le 3 avril 2024\\n"
                        + "Texte.|2024-04-03",
            })
    void keepsTheLabelledDate(String text, String day) {
        assertThat(dateOf(text)).contains(LocalDate.parse(day));
    }
}
