package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Our guest on this week's show is X": a guest word, whose guest it is in up to four words, then
 * "is" and the name, in made-up sentences of the seven languages; and a guest word whose "is" leads
 * to no name, or stands too far on, whose "is" is past (another episode's guest), or whose guest is
 * an event's (a guest of honour, a guest at a festival).
 */
class GuestOfWhatTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Our guest on this week's show is Mara Quill, a baker.|Mara Quill",
                "O convidado do programa desta semana é Rui Costa, músico.|Rui Costa",
                "Der Gast der Folge im Juni ist Jonas Weber aus Kiel.|Jonas Weber",
                "Notre invitée du numéro de mardi est Claire Dubois.|Claire Dubois",
                "La invitada del programa de hoy es Lucía Pérez, actriz.|Lucía Pérez",
                "Ospite della puntata di stasera è Paolo Neri.|Paolo Neri",
                "De gast van de aflevering vandaag is Sabine Vermeer.|Sabine Vermeer",
            })
    void theNameAfterTheGuestsIsIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The guest room of the old house is where Mara Quill slept.",
                "Our guest list for the big party is long, Mara Quill says.",
                "Our guest on the long and windy show today is Mara Quill.",
                "Der Gast der zweiten Folge im Juni ist Jonas Weber.",
                "Our guest on this week's show is a baker from Bergen.",
                // Another episode's guest: a time before or after this one, or a past "is" that
                // stands a whole phrase on
                "Our guest on last week's show was Mara Quill.",
                "Our guest on next week's show is Oskar Lind.",
                "Our guest in the previous episode was Mara Quill.",
                "Our guest last week was Mara Quill, a baker.",
                "Unser Gast in der letzten Folge war Jonas Weber.",
                "Unser Gast der nächsten Folge ist Jonas Weber.",
                "Notre invitée de la semaine prochaine est Claire Dubois.",
                "La invitada del programa pasado fue Lucía Pérez.",
                "Ospite della puntata scorsa era Paolo Neri.",
                "O convidado do próximo programa é Rui Costa.",
                "De gast van de vorige aflevering was Sabine Vermeer.",
                "Our guest on the show in May was Mara Quill.",
                // A past "is" a word or two on: the guest of a show already aired
                "Our guest on Monday's show was Mara Quill.",
                "Our guest in episode 12 was Oskar Lind.",
                "Unser Gast am Montag war Jonas Weber.",
                "La invitada del lunes fue Lucía Pérez.",
                "Ospite di lunedì era Paolo Neri.",
                "O convidado de segunda foi Rui Costa.",
                "Onze gast op maandag was Sabine Vermeer.",
                // An event's guest: a guest of honour, or a guest at a festival
                "We look back at the film festival. The guest of honour this year is Mara Quill,"
                        + " who won the main prize.",
                "The guest of honor at the gala is Oskar Lind.",
                "L'invitée d'honneur de cette année est Claire Dubois.",
                "L'ospite d'onore della serata è Paolo Neri.",
                "La invitada de honor del festival es Lucía Pérez.",
                "O convidado de honra da noite é Rui Costa.",
                "Our guest at this year's festival is Mara Quill.",
                "Our guest at the harbour gala is Oskar Lind.",
            })
    void noGuestWhenTheIsLeadsToNoNameOrStandsTooFar(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
