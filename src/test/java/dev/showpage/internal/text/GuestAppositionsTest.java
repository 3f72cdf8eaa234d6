package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Mara Quill, our guest this week, ...": a sentence's opening name set off by an apposition with
 * the guest word (or a broadcast's guest compound, "de studiogast") after a definite article or a
 * possessive, in the seven languages, with made-up names; and the appositions of another episode's,
 * an occasion's or anyone's guest.
 */
class GuestAppositionsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ingrid Solberg, our guest this week, keeps bees on a roof.|Ingrid Solberg",
                "Ana Lima, nossa convidada, é engenheira.|Ana Lima",
                "Odile Marchal, notre invitée du jour, dirige un chœur.|Odile Marchal",
                "Lea Brandt, unser Studiogast, ist Historikerin.|Lea Brandt",
                "Sanne de Wit, de tafelgast van vandaag, schreef een boek.|Sanne de Wit",
                "Het is druk. Joris Bakker, de sportgast in het tweede uur, was bondscoach.|Joris"
                        + " Bakker",
                "Marco Pellegrini, il nostro ospite, è chef.|Marco Pellegrini",
                "Lucía Ferrán, nuestra invitada, canta.|Lucía Ferrán",
                "Greta Holm, the guest this week, keeps bees.|Greta Holm",
            })
    void theNameTheAppositionCallsOurGuestIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ingrid Solberg, our guest last week, keeps bees.",
                "Ingrid Solberg, a guest at the festival, said hello.",
                "Ingrid Solberg, the guest of honour, spoke first.",
                "Ingrid Solberg, our guest at the gala, spoke first.",
                "Lea Brandt, der Ehrengast, sprach zuerst.",
                "Lea Brandt, ein Stammgast, trinkt Kaffee.",
                "Odile Marchal, notre invitée de la semaine prochaine, dirige un chœur.",
                "Ingrid Solberg, the guest's mother, keeps bees.",
                "Ingrid Solberg, our guests' favourite, keeps bees.",
                "Ingrid Solberg, our guest.",
                "Ingrid Solberg, the guest on Morning Radio, said no.",
                "Sanne de Wit, de studiogast van gisteren, schreef ons.",
                // a bare "the guest" is a hotel's, a party's, anyone's
                "John Smith, the guest, complained to the hotel manager about the noise.",
                "Lea Brandt, der Gast, beschwerte sich beim Kellner.",
                "Lucía Ferrán, la invitada, llegó tarde a la boda.",
                "Sanne de Wit, de gast, klaagde over het eten.",
            })
    void noGuestInAnotherEpisodesOrAnOccasionsApposition(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
