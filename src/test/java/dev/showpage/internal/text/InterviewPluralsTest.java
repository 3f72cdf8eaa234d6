package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "The interviews with X and Y" in the plural of the Spanish, Portuguese and Italian noun names no
 * guest: a show recalls old interviews or other outlets' as often as it makes them. Made-up
 * sentences, with groups, places and the press too.
 */
class InterviewPluralsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
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
                "Ricordiamo le interviste a Enzo Moretti e Oriana Galli.",
                "Recuperamos las entrevistas a Lucía Pérez y Jorge Ruiz emitidas en 1985.",
                "Ascoltiamo le interviste a Paolo Neri e Giulia Conti trasmesse dalla Rai.",
                "Escuchamos las entrevistas a Lucía Pérez y Jorge Ruiz que hizo la BBC.",
                "Ouvimos as entrevistas a Rui Costa e Ana Lima feitas pela RTP.",
                "Polémica por las entrevistas a Lucía Pérez y Jorge Ruiz.",
                "O novo disco e as entrevistas a Rui Costa e Ana Lima fecham o programa.",
                "In chiusura le interviste a Paolo Neri e Giulia Conti.",
            })
    void namesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
