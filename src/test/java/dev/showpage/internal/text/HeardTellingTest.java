package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "We hear X explain": a verb of hearing in the first person plural, a name and a verb of telling,
 * in made-up sentences of the seven languages; and hearing with no telling, or no "we", which names
 * no guest.
 */
class HeardTellingTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "After the news we hear Mara Quill explain how the tides turn.|Mara Quill",
                "Dans la deuxième partie, nous entendons Claire Dubois raconter son enfance.|Claire"
                        + " Dubois",
                "Im zweiten Teil hören wir Jonas Weber erzählen, wie alles begann.|Jonas Weber",
                "Luego escuchamos a Lucía Pérez relatar su viaje.|Lucía Pérez",
                "Poi ascoltiamo Paolo Neri raccontare la salita.|Paolo Neri",
                "Depois ouvimos Ana Lima falar do novo disco.|Ana Lima",
                "Daarna horen we Joris van Dam vertellen over zijn boot.|Joris van Dam",
            })
    void theOneHeardTellingIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "After the news we hear Harbour Lights play their new song.",
                "You hear Mara Quill explain it on the radio.",
                "Depois ouvimos Ana Lima no rádio.",
                "We hear Mara Quill’s song explain nothing.",
                "Poi ascoltiamo la canzone di Paolo Neri.",
            })
    void noGuestWithoutWeAndTelling(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
