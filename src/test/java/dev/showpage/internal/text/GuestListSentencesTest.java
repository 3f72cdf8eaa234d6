package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Zu Gast in der Sendung sind A, B und C", "Tonight's guests include A and B": the names listed
 * after a phrase that says they are this edition's guests, with made-up names, roles and asides in
 * the seven languages. Each negative row names this edition, so that only the guard its comment
 * names keeps it out: a time word alone, an event, another day or edition, guests over the years,
 * the past, a quote, thanks, another show, a show's guests over the years, a host in the list.
 */
class GuestListSentencesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Zu Gast in der Sendung sind heute Lea Brandt, Jonas Weber und Greta Holm.|Lea"
                        + " Brandt;Jonas Weber;Greta Holm",
                "Zu Gast in der heutigen Folge sind die Sängerin Lea Brandt (38) und der"
                        + " Kletterer Jonas Weber (71).|Lea Brandt;Jonas Weber",
                "Die heutigen Gäste sind Lea Brandt und Jonas Weber.|Lea Brandt;Jonas Weber",
                "Gli ospiti di stasera sono Marco Sala e la scrittrice Giulia Conti.|Marco"
                        + " Sala;Giulia Conti",
                "Gli ospiti della puntata saranno Marco Sala e Giulia Conti.|Marco Sala;Giulia"
                        + " Conti",
                "Parmi les invités de l'émission figurent le médecin Luc Bardin et l'humoriste"
                        + " Hugo Lenoir.|Luc Bardin;Hugo Lenoir",
                "Les invités de ce soir sont Paul Morel, la romancière, et Anne Viret.|Paul"
                        + " Morel;Anne Viret",
                "Entre los invitados del programa figuran Lucía Ferro, Pablo Ruiz y Marta"
                        + " Gil.|Lucía Ferro;Pablo Ruiz;Marta Gil",
                "Los invitados de esta noche estarán Lucía Ferro y Pablo Ruiz.|Lucía Ferro;Pablo"
                        + " Ruiz",
                "Aan tafel zitten in deze aflevering Sanne de Wit, Joris Bakker en Eva Smit.|Sanne"
                        + " de Wit;Joris Bakker;Eva Smit",
                "Tonight's guests include the novelist Mara Quill and Tom Reed.|Mara Quill;Tom"
                        + " Reed",
                "In this episode, the guests are Mara Quill, Tom Reed and Ana Paz.|Mara Quill;Tom"
                        + " Reed;Ana Paz",
                "Os convidados do programa de hoje são Ana Lima, que lançou um livro, e Rui"
                        + " Paz.|Ana Lima;Rui Paz",
                // the list stops at its first item that is no person's name
                "Zu Gast in der Sendung sind Lea Brandt, der Roman „Salz“ und Jonas Weber.|Lea"
                        + " Brandt",
                "Tonight's guests include Mara Quill, the band Harbour Lights and Tom Reed.|Mara"
                        + " Quill",
                // the list stops at a host's role
                "Aan tafel zitten in deze aflevering Joris Bakker, presentator Sanne de Wit en Eva"
                        + " Smit.|Joris Bakker",
                "Tonight's guests are Tom Reed, host Mara Quill and Ana Paz.|Tom Reed",
            })
    void theNamesListedAfterTheGuestPhraseAreGuests(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a time word alone is no word of this edition
                "Zu Gast sind heute Lea Brandt und Jonas Weber.",
                "Aan tafel zitten vanavond Sanne de Wit en Joris Bakker.",
                // an evening's match, with a time word and no word of the show
                "Heute Abend spielt der Verein. Die Gäste sind Lea Brandt und Jonas Weber.",
                // an event in the sentence
                "Tonight's festival guests include Mara Quill and Tom Reed.",
                "Zur Buchmesse: Zu Gast in der Sendung sind Lea Brandt und Jonas Weber.",
                "Au concert, les invités de l'émission seront Paul Morel et Anne Viret.",
                // another day or edition
                "Demain, les invités de l'émission seront Paul Morel et Anne Viret.",
                "Nella prossima puntata gli ospiti sono Marco Sala e Giulia Conti.",
                "Morgen in der Sendung: Zu Gast sind Lea Brandt und Jonas Weber.",
                "In the upcoming episode, the guests are Mara Quill and Tom Reed.",
                // guests over the years
                "In this episode, regular guests include Mara Quill and Tom Reed.",
                "Los anteriores invitados del programa son Lucía Ferro y Pablo Ruiz.",
                "Dans chaque émission, les invités sont Paul Morel et Anne Viret.",
                "Souvent, les invités de l'émission sont Paul Morel et Anne Viret.",
                // the past
                "Gli ospiti della puntata sono stati Marco Sala e Giulia Conti.",
                // a quote
                "„Die Gäste der Sendung sind Lea Brandt und Jonas Weber“, sagt Olaf Lind.",
                "»Die Gäste der Sendung sind Lea Brandt und Jonas Weber«, sagt Olaf Lind.",
                "‹Les invités de l'émission sont Paul Morel et Anne Viret›, dit Luc Bardin.",
                // thanks, which go to guests gone by and to sponsors
                "Thanks to this week's sponsor: in this episode, the guests are Mara Quill and"
                        + " Tom Reed.",
                // another show named between the guest word and its verb
                "Les invités de Harbour Lights dans l'émission sont Paul Morel et Anne Viret.",
                // the show's guests over the years
                "The show's guests include Mara Quill and Tom Reed.",
            })
    void noGuestWithoutThisEditionOrUnderAGuard(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
