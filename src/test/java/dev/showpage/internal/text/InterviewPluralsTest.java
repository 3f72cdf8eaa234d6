package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "The interviews with X and Y" in the plural of the Spanish, Portuguese and Italian noun, which
 * takes its guests with the personal "a", in made-up sentences; and interviews with groups, places
 * and the press, which name no guest.
 */
class InterviewPluralsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "O novo disco e as entrevistas a Rui Costa e Ana Lima fecham o programa.|Rui"
                        + " Costa;Ana Lima",
                "Hoy, las entrevistas a Lucía Pérez y Jorge Ruiz.|Lucía Pérez;Jorge Ruiz",
                "In chiusura le interviste a Paolo Neri e Giulia Conti.|Paolo Neri;Giulia Conti",
            })
    void namesTheOnesInterviewed(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Con archivo y entrevistas a figuras del puerto.",
                "As entrevistas a moradores de Lisboa fecham o programa.",
                "Le interviste a la stampa sono finite.",
                "Las entrevistas a Lisboa y Oporto.",
                "Analizamos las entrevistas a Lucía Pérez y Jorge Ruiz publicadas por El País.",
                "Hoy comentamos las entrevistas a Lucía Pérez y Jorge Ruiz.",
                "Commentiamo le interviste a Paolo Neri e Giulia Conti.",
                "Le interviste a Paolo Neri e Giulia Conti pubblicate da La Stampa.",
                "Analisamos as entrevistas a Rui Costa e Ana Lima publicadas pelo Público.",
                "Analizamos la entrevista a Lucía Pérez de El País.",
            })
    void namesNoOneOfGroupsOrPlaces(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
