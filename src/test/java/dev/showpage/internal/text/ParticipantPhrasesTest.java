package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence that opens on the verb of taking part names its guest after it ("Participa também o
 * sociólogo Rui Costa."), in made-up sentences of French, Spanish, Italian and Portuguese; the verb
 * inside a sentence, taking part in something named, or a name after it that is no person's, names
 * no guest.
 */
class ParticipantPhrasesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "O debate é longo. Participa também a economista Ana Lima. Ela explica.|Ana Lima",
                "Participa o historiador Rui Costa.|Rui Costa",
                "Le débat continue. Participe également le géographe Marc Lenoir.|Marc Lenoir",
                "Participe aussi Inès Morel, autrice.|Inès Morel",
                "Hoy hablamos de trenes. Participa también la ingeniera Lucía Pérez.|Lucía Pérez",
                "Participan también Diego Ruiz y Jorge Sanz.|Diego Ruiz",
                "Si parla di mare. Partecipa anche la biologa Giulia Conti.|Giulia Conti",
            })
    void aSentenceOpeningOnTakingPartNamesTheGuest(String text, String name) {
        assertThat(guests(text)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // taking part in something named: the verb's object stands first
                "Participa de la reunión el ministro Diego Ruiz.",
                "Participe au sommet le président Marc Lenoir.",
                "Partecipa alla gara il pilota Paolo Neri.",
                // the verb inside a sentence
                "O ministro Rui Costa também participa o tempo todo.",
                "Ana Lima diz que participa também o Benfica.",
                // no person after it
                "Participa também o público.",
                "Participa anche la Regione Toscana.",
            })
    void otherTakingPartNamesNoGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
