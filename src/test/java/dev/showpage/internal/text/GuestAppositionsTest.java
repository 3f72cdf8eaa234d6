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
                "Lucía Pérez, la invitada del programa, es periodista.|Lucía Pérez",
                "Giulia Conti, l'ospite della puntata, è architetta.|Giulia Conti",
                "Ana Lima, a convidada deste episódio, é jornalista.|Ana Lima",
                "Paul Martin, l'invité de l'émission, est boulanger.|Paul Martin",
                "Tom Reed, the guest of this episode, is a chef.|Tom Reed",
                "Joris van Dam, de talkgast van de avond, is bakker.|Joris van Dam",
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
                // a team as the guest of a match day: bare guest nouns tied to no show
                "Bayern München, der Gast von heute, verlor 1:3.",
                "Real Madrid, el invitado de hoy en el Bernabéu, ganó 2-0.",
                "Rui Costa, o convidado de hoje, venceu por 2-0.",
                "Vela Nera, l'ospite di oggi, ha vinto.",
                // another episode's guest, told anywhere in the apposition
                "Claire Dubois, l'invitée de l'émission de la semaine prochaine, est historienne.",
                "Claire Dubois, l'invitée du jour de la semaine dernière, est historienne.",
                "Lucía Pérez, la invitada del programa de la semana que viene, es periodista.",
                "Joris van Dam, de studiogast van de uitzending van volgende week, is bakker.",
                // compounds of "gast" that name no show's guest
                "Lea Brandt, der Fahrgast aus dem ICE, erzählt.",
                "Lea Brandt, der Zaungast am Rand, erzählt.",
                "Jonas Weber, der Hotelgast im dritten Stock, erzählt.",
                "Jonas Weber, der Dauergast im Hotel, erzählt.",
                "Jonas Weber, der Stargast des Festivals, singt.",
                "Joris van Dam, de huisgast van de koning, vertelt.",
                "Joris van Dam, de vaste gast van het café, vertelt.",
                "Joris van Dam, de tafelgast van de koning, vertelt.",
                // the show named only after the apposition closed
                "Mara Quill, the guest, hosts the show today.",
                "Lucía Pérez, la invitada, presenta el programa.",
                // a qualifier that makes no show's guest
                "Mara Quill, the dinner guest of the show host, wrote a book.",
                "Harbour United, der Gast im Finale, gewann.",
                "Harbour United, the guest in the final, won.",
                "Vela Nera, l'ospite della finale, ha vinto.",
            })
    void namesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
