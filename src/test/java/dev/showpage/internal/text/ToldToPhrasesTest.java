package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Explains the historian X to Y", the speaker after the verb as the Romance languages and Dutch
 * put it ({@link ToldToPhrases}), in made-up sentences; and sentences of the same words without a
 * role or without the one told, which name no guest.
 */
class ToldToPhrasesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"O porto mudou\", explica o historiador Rui Costa a Ana Lima neste"
                        + " episódio.|Rui Costa",
                "Lo ha raccontato la scrittrice Giulia Conti a Paolo Neri in diretta.|Giulia"
                        + " Conti",
                "Così spiega il ricercatore Marco Sala a Paolo Neri.|Marco Sala",
                "«Rien n'est perdu», explique l’autrice Claire Dubois à Paul Martin.|Claire"
                        + " Dubois",
                "\"Todo empezó aquí\", cuenta la periodista Lucía Pérez a Jorge Ruiz.|Lucía Pérez",
                "Dat vertelt visser Joris van Dam aan Sabine Vermeer.|Joris van Dam",
            })
    void namesTheOneWhoTellsTheHost(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Explica o ministro a jornalistas que o porto mudou.",
                "Conta Rui Costa a Ana Lima que o porto mudou.",
                "Explica o historiador Rui Costa que o porto mudou.",
                "Lo ha raccontato la conduttrice Giulia Conti a Paolo Neri.",
                "Lo ha raccontato la scrittrice Giulia Conti ai suoi lettori.",
                "Cuenta la periodista Lucía Pérez a sus lectores.",
                "Explique le producteur Paul Martin à Claire Dubois.",
            })
    void namesNoOneWithoutRoleAndListener(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
