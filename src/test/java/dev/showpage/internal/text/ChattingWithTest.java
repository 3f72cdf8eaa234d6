package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "with X" after an infinitive of chatting names the one the host chats with, in made-up sentences
 * of French, German, Spanish, Italian, Portuguese and Dutch; "with" far from such a verb, or after
 * a verb of doing, names no one.
 */
class ChattingWithTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "On appelle à Paris pour jaser en direct avec Claire Dubois, qui rentre.|Claire"
                        + " Dubois",
                "Ce soir on va bavarder avec Inès Morel de son voyage.|Inès Morel",
                "Nous allons discuter avec Paul Martin de son vin.|Paul Martin",
                "Heute geht es darum, ein wenig zu plaudern mit Lea Brandt über Boote.|Lea Brandt",
                "Hoy nos sentamos a charlar con Jorge Ruiz sobre cine.|Jorge Ruiz",
                "Vamos a platicar con Lucía Pérez de su disco.|Lucía Pérez",
                "Oggi vogliamo chiacchierare con Giulia Conti del suo libro.|Giulia Conti",
                "Hoje vamos conversar com Rui Costa sobre teatro.|Rui Costa",
                "Vandaag kletsen met Joris van Dam over zeilen.|Joris van Dam",
            })
    void theOneChattedWithIsNamed(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Il aime bavarder le soir, puis il part avec Claire Dubois en voiture.",
                "Sie fährt mit Lea Brandt nach Kiel.",
                "El libro se escribió con Jorge Ruiz en Madrid.",
                "Il disco è stato prodotto con Giulia Conti.",
            })
    void withFarFromChattingNamesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
