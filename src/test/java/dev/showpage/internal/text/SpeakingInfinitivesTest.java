package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The infinitives of speaking, with a pronoun glued on as Italian and Spanish do ("parlarne con",
 * "hablarlo con"), make "with X" name the one spoken with; far from "with", or before another
 * preposition, they do not.
 */
class SpeakingInfinitivesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ho avuto la fortuna di parlarne con Bianca Ferri, 41 anni, botanica.|Bianca Ferri",
                "Era il momento di discuterne con Paolo Serra.|Paolo Serra",
                "Fue un placer hablarlo con Nuria Sol, bióloga.|Nuria Sol",
                "J'ai eu la chance d'en parler avec Odile Garnier.|Odile Garnier",
                "Foi ótimo falar com Rita Prado sobre o mar.|Rita Prado",
                "Het was fijn om te spreken met Bram de Wit.|Bram de Wit",
            })
    void theOneSpokenWithIsNamed(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Vorrei parlarne a lungo, ma il libro uscito con Bianca Ferri è già finito.",
                "Il faut en parler au maire Odile Garnier.",
                "Hablar de todo, sin prisa, y después cenar y bailar con Nuria Sol.",
            })
    void speakingFarFromWithNamesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
