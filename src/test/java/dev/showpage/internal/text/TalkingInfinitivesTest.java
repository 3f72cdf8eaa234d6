package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "with X" a few words after an infinitive of talking ("the pleasure of talking about it with X",
 * "d'en parler avec X", "parlarne con X", "hablarlo con X") names the one the host talked with, in
 * made-up sentences of the seven languages; an infinitive far from the "with", in another sentence,
 * or a "with" that leads to no name, names no one.
 */
class TalkingInfinitivesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ho avuto la fortuna di parlarne con Bruno Sala, 40 anni, architetto.|Bruno Sala",
                "Abbiamo deciso di discuterne con Giulia Conti, storica.|Giulia Conti",
                "Era il momento giusto per parlare con Paolo Neri del suo disco.|Paolo Neri",
                "C'était un bonheur d'en parler avec Inès Morel, 52 ans, sage-femme.|Inès Morel",
                "Fue un lujo hablarlo con Diego Ruiz, 29 años, enfermero.|Diego Ruiz",
                "Quise hablar con Lucía Pérez de su novela.|Lucía Pérez",
                "Foi ótimo falar com Rui Costa, médico, sobre o hospital.|Rui Costa",
                "Het was fijn om te spreken met Kees Bol, huisarts.|Kees Bol",
            })
    void aTalkInfinitiveBeforeWithNamesTheGuest(String text, String name) {
        assertThat(guests(text)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the infinitive is in another sentence, or too far from the "with"
                "Ho voluto parlarne. Con Bruno Sala è arrivata la torta.",
                "Il fallait en parler un jour, mais le dîner avec Inès Morel a tardé.",
                // the "with" leads to no name
                "Fue un lujo hablarlo con calma y sin prisas.",
                "Era ora di parlarne con la famiglia.",
                // no infinitive of talking: a verb of doing
                "Ho voluto cucinare con Bruno Sala una torta.",
            })
    void otherWithsNameNoGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
