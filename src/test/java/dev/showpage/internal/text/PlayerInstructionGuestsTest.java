package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The person a newspaper's audio page tells how to hear ("To hear X, click the player below"), a
 * guest, in made-up variants of the languages the phrase is read in; and the sentences alike that
 * are no player's instruction.
 */
class PlayerInstructionGuestsTest {

    private static List<String> prose(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Pour écouter Bastien Dufresne, cliquez sur le lecteur ci-dessous.|Bastien"
                        + " Dufresne",
                "Pour entendre Claire Dubois, appuyez sur lecture.|Claire Dubois",
                "To hear Mara Quill, click the player below.|Mara Quill",
                "To listen to Oskar Lind, press play.|Oskar Lind",
                "Para escuchar a Lucía Prado, pulse el reproductor.|Lucía Prado",
                "Per ascoltare Davide Marchetti, clicca sul player qui sotto.|Davide Marchetti",
                "Para ouvir Joana Ferreira, clique no leitor.|Joana Ferreira",
                "Audio. Pour écouter Anouk van der Berg, cliquez ici.|Anouk van der Berg",
            })
    void thePersonAPlayerLetsBeHeard(String text, String name) {
        assertThat(prose(text)).containsExactly(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // no person after the verb
                "Pour écouter la suite, cliquez sur le lecteur.",
                "To hear Radio Harbour, click the player.",
                // no click after the name: the sentence goes on elsewhere
                "To hear Mara Quill, we travelled to Bergen.",
                "Pour écouter Bastien Dufresne, il faut venir tôt au concert du soir.",
                // the phrase inside a sentence, not opening it
                "We went there to hear Mara Quill, click by click.",
                // a possessive: what the person made is heard
                "To hear Mara Quill's, click the player.",
            })
    void noPlayersInstruction(String text) {
        assertThat(prose(text)).isEmpty();
    }
}
