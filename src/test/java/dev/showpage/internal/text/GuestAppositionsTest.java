package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name that opens a sentence and is set off as the episode's guest ({@link GuestAppositions}), in
 * made-up sentences of the seven languages; and near misses: a guest of honour, of another episode,
 * a guest host, a guest house, a name inside a sentence, an outlet.
 */
class GuestAppositionsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sanne de Vries, de cultuurgast in het tweede uur, schreef een roman.|Sanne de"
                        + " Vries",
                "Het weer was mooi. Joris van Dam, de studiogast van vandaag, is bakker.|Joris van"
                        + " Dam",
                "Lea Brandt, der Studiogast im Gespräch, ist Ärztin.|Lea Brandt",
                "Jonas Weber, der Gast der heutigen Sendung, ist Arzt.|Jonas Weber",
                "Mara Quill, the studio guest in the first hour, wrote a book on tides.|Mara Quill",
                "Claire Dubois, l'invitée du jour, est historienne.|Claire Dubois",
                "Lucía Pérez, la invitada de hoy, es periodista.|Lucía Pérez",
                "Giulia Conti, l'ospite di oggi, è architetta.|Giulia Conti",
                "Ana Lima, a convidada desta semana, é jornalista.|Ana Lima",
            })
    void namesTheGuestSetOffByTheGuestWord(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mara Quill, the guest of honour at the gala, gave a speech.",
                "Lea Brandt, der Ehrengast des Abends, hielt eine Rede.",
                "Mara Quill, our guest last week, wrote a book.",
                "Mara Quill, the guest at the festival, wrote a book.",
                "Joris van Dam, de gast van vorige week, is bakker.",
                "Mara Quill, the guest host, opens the show.",
                "Mara Quill, the guest house owner, sold it.",
                "Lea Brandt, die Stammgast im Café ist, trinkt Tee.",
                "A letter to Mara Quill, the studio guest in the first hour, arrived.",
                "Mara Quill, the guest list of the gala, grew.",
                "Mara Quill, a historian in the first hour, wrote a book.",
                "Gastronomie in Bergen: Mara Quill, a chef, cooks.",
                "Harbour United, der Gast im Finale, gewann.",
                "Harbour United, the guest in the final, won.",
                "Vela Nera, l'ospite della finale, ha vinto.",
            })
    void namesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
