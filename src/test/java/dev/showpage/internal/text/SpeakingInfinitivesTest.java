package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An infinitive of speaking before "with" ("parler avec X", "hablar con X") names no guest: it
 * tells as often of whom a politician wants to talk with, or of a contact for listeners, as of the
 * one the episode speaks with.
 */
class SpeakingInfinitivesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hugo Marchetti dit vouloir parler avec Lin Weidong avant l'été.",
                "La premier vuole parlarne con Hugo Marchetti domani.",
                "El presidente quiere hablar con Pere Vidal esta semana.",
                "O presidente quer falar com Lin Weidong sobre o acordo.",
                "Il refuse de parler avec Hugo Marchetti.",
                "Pour parler avec Julie Marchal, écrivez à notre adresse.",
                "Si vous voulez en parler avec Julie Marchal, notre productrice, écrivez-nous.",
                "De minister wil spreken met Bram Veld over de begroting.",
            })
    void anInfinitiveOfSpeakingNamesNoGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
