package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.DateOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The day of the edition a one-episode page's heading names after the programme's name ({@link
 * NamedEditionDates}): a quoted name, a preposition of "of" and a full date closing its field or
 * followed by a presenter; never a capitalised name (an event's reads the same), a day of an event,
 * a premiere or an anniversary, a range, another edition or a date in the prose below.
 */
class NamedEditionDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Les invités de « Le Grand Soir » du 4 mars 2023\\nCe soir.|2023-03-04",
                "Die Gäste bei „Abendrunde“ vom 9. Januar 2023.\\nHeute.|2023-01-09",
                "The guests of \"Late Desk\" of March 3, 2024\\nTonight.|2024-03-03",
                "Gli invitati di “Sera Viva” del 7 febbraio 2021.\\nStasera.|2021-02-07",
                "Los invitados de «La Tertulia» del 12 de abril de 2024 - Los ríos|2024-04-12",
                "Os convidados do “Café Central” do dia 5 de maio de 2022|2022-05-05",
                "De gasten van “Praatavond” van 5 juni 2022: wie schuift aan?|2022-06-05",
                "Vous écoutez « Ondes Vives » du 21 novembre 2022 présenté par Noé|2022-11-21",
                "Zum Anhören: „Nachtfalter“ vom 30. April 2021 moderiert von Uta|2021-04-30",
            })
    void takesTheNamedEditionsDay(String page, String day) {
        assertThat(dayOf(page)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a lower-case noun before the preposition: no programme's name
                "Les invités du concert du 4 mars 2023\\nCe soir.",
                "Il ritorno del film del 7 febbraio 2021.",
                // an event's day, not an edition's
                "Die Gäste beim Jazzfestival „Nordklang“ vom 9. Januar 2023.",
                "Los invitados de la Feria «Libros Vivos» del 12 de abril de 2024.",
                // a range, or a date that runs on into a sentence
                "Le Grand Soir du 4 mars 2023 au 6 mars 2023.",
                "Gli invitati di “Sera Viva” del 7 febbraio 2021 sono tanti.",
                // another edition: the next one, a repeat
                "Vorschau: die Gäste bei „Abendrunde“ vom 9. Januar 2023.",
                "Zum Nachhören: Das Morgenmagazin vom 2. Mai 2024 moderiert von Jan",
                "Rediffusion de « Le Grand Soir » du 4 mars 2023.",
                "Next: the guests of \"Late Desk\" of March 3, 2024.",
                // two different days
                "Les invités de « Le Grand Soir » du 4 mars 2023\\n"
                        + "Les invités de « Le Grand Soir » du 11 mars 2023",
                // a date below the heading, in the prose
                "Le Grand Soir\\nLes invités.\\nLes invités de « Le Grand Soir » du 4 mars 2023.",
                // a date without its year, and a name at the line's start
                "Les invités de « Le Grand Soir » du 4 mars.",
                "Abendrunde vom 9. Januar 2023.",
                // a capitalised name: an event's reads the same
                "Das Erdbeben vom 6. Februar 2023\\nEin Rückblick.",
                "The Great Blizzard of March 12, 1888\\nA look back.",
                "Écoutez le Club du jeudi 9 mai 2024 animé par Zoé !",
                // a premiere or an anniversary of the programme
                "El estreno de «La Sobremesa» del 3 de marzo de 2011",
                "Dix ans de « Nuit Claire » du 9 octobre 2012",
            })
    void leavesEveryOtherDate(String page) {
        assertThat(dayOf(page)).isEmpty();
    }

    private static Optional<LocalDate> dayOf(String page) {
        return PageSources.read(
                page,
                source -> {
                    Token date = NamedEditionDates.of(source);
                    return date == null
                            ? Optional.<LocalDate>empty()
                            : ReleaseDates.of(date, DateOrder.DAY_MONTH_YEAR, Optional.empty());
                });
    }
}
