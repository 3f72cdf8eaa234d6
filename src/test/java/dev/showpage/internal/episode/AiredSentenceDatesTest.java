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
 * The date a sentence of past airing gives a one-episode page ({@link AiredSentenceDates}); never a
 * next airing, a first airing of a repeat, a work's airing, a range, or a day other dates contest.
 */
class AiredSentenceDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A talk about rivers.\\n"
                        + "This interview aired on Night Desk on March 3, 2024.|2024-03-03",
                "Émission diffusée mardi 4 mars 2023 sur Radio Sud.\\nLes invités.|2023-03-04",
                "Intervista trasmessa su Radio Tre venerdì 7 febbraio 2021 alle 22.|2021-02-07",
                "Entrevista emitida el 12 de abril de 2024 en Onda Sur.|2024-04-12",
                "Conversa transmitida em 5 de maio de 2022.|2022-05-05",
                "Het gesprek is uitgezonden op 5 juni 2022 bij Radio Oost.|2022-06-05",
                "Die Sendung wurde am 9. Januar 2023 ausgestrahlt.|2023-01-09",
                "Het gesprek is op 5 juni 2022 uitgezonden.|2022-06-05",
                // the same day again elsewhere on the page
                "Aired on Night Desk on March 3, 2024.\\nPosted 3/3/2024|2024-03-03",
            })
    void takesTheAiredDay(String page, String day) {
        assertThat(dayOf(page)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the next airing
                "This interview will be aired on Night Desk on March 3, 2024.",
                "L'émission sera diffusée mardi 4 mars 2023 sur Radio Sud.",
                "Die Folge wird am 9. Januar 2023 ausgestrahlt.",
                "Die Folge wird am Sonntag ausgestrahlt, 9. Januar 2023.",
                "Het gesprek wordt op 5 juni 2022 uitgezonden.",
                "La entrevista será emitida el 12 de abril de 2024.",
                "Het gesprek wordt uitgezonden op 5 juni 2022.",
                // a repeat's first airing
                "This episode originally aired on March 3, 2020.",
                "Entretien initialement diffusé le 4 mars 2019.",
                // a work's airing
                "The film aired on Channel Nine on March 3, 2020.",
                "Il documentario trasmesso su Rai Tre il 7 febbraio 2021.",
                // a range
                "Série diffusée du 24 février 2003 au 14 mars 2003.",
                // another day elsewhere on the page
                "Aired on Night Desk on March 3, 2024.\\nPosted April 1, 2024",
                // too far from the verb, or past the sentence's end
                "It aired. On March 3, 2024 we moved.",
                "It aired on the small local station of the old harbour town on March 3, 2024.",
            })
    void leavesEveryOtherDate(String page) {
        assertThat(dayOf(page)).isEmpty();
    }

    private static Optional<LocalDate> dayOf(String page) {
        return PageSources.read(
                page,
                source -> {
                    Token date = AiredSentenceDates.of(source);
                    return date == null
                            ? Optional.<LocalDate>empty()
                            : ReleaseDates.of(date, DateOrder.DAY_MONTH_YEAR, Optional.empty());
                });
    }
}
