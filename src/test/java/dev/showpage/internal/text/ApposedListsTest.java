package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guests listed after the first, each with a comma and a role ({@link ApposedLists}): the list
 * goes on only while each name follows the comma that closes the role before it; a relative, a
 * possessive, another word, a work's subject, a role tied by "of" to something or a role of the
 * show's staff ends it. Made-up sentences of the seven languages.
 */
class ApposedListsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Today's guest is Mara Quill, historian at the museum, Tom Reed, chef, and Ana"
                        + " Lima, oceanographer.|Mara Quill;Tom Reed;Ana Lima",
                "Il nostro ospite è Marco Sala, ricercatore, e Luca Bianchi, scultore a"
                        + " Roma.|Marco Sala;Luca Bianchi",
                "Notre invitée est Claire Dubois, chercheuse au CNRS, et Paul Martin,"
                        + " boulanger.|Claire Dubois;Paul Martin",
                "Nuestra invitada es Lucía Pérez, periodista, y a Diego Ruiz,"
                        + " actor.|Lucía Pérez;Diego Ruiz",
            })
    void namesEachListedGuest(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a relative or possessive word after the role: the name is that person's kin
                "Today's guest is Mara Quill, historian, whose father, Ben Okoro, sculptor, built"
                        + " the pier.|Mara Quill",
                "Today's guest is Mara Quill, historian, her teacher, Ben Okoro, sculptor, built"
                        + " the pier.|Mara Quill",
                "Today's guest is Mara Quill, historian and her teacher, Ben Okoro, sculptor,"
                        + " built the pier.|Mara Quill",
                "A nossa convidada é Ana Lima, jornalista, que escreveu sobre o avô, Rui Paz,"
                        + " pescador, e o mar.|Ana Lima",
                "Nuestra invitada es Lucía Pérez, periodista, y su padre, Diego Ruiz, actor,"
                        + " también.|Lucía Pérez",
                "Notre invitée est Claire Dubois, chercheuse, dont le frère, Paul Martin,"
                        + " boulanger, parle aussi.|Claire Dubois",
                "Onze gast is Sanne de Vries, onderzoeker, wier vader, Joris van Dam, bakker, ook"
                        + " praat.|Sanne de Vries",
                // a work's subject: the names are the book's, not the episode's
                "Our guest is Mara Quill, author of a book about two rivals, Isaac Newton,"
                        + " physicist, and Gottfried Leibniz, philosopher.|Mara Quill",
                "Il nostro ospite è Marco Sala, autore di un libro su due rivali, Carlo Neri,"
                        + " pittore, e Luca Bianchi, scultore.|Marco Sala",
                // a role tied by "of" to something: the next name may be that something's
                "This week we talk with Mara Quill, biographer of the painter, Tom Reed, founder"
                        + " of the Harbour School.|Mara Quill",
                "This week we talk with Mara Quill, mother of the singer, Ana Lima,"
                        + " songwriter.|Mara Quill",
                "Notre invitée est Claire Dubois, biographe du peintre, Paul Martin,"
                        + " sculpteur.|Claire Dubois",
                "Onze gast is Sanne de Vries, biografe van de schilder, Joris van Dam,"
                        + " beeldhouwer.|Sanne de Vries",
                "Today's guest is Mara Quill, historian, Tom Reed, reporter of the show, and Ana"
                        + " Lima, chef.|Mara Quill",
                // a role of the show's own staff
                "Nuestra invitada es Lucía Pérez, periodista, y Diego Ruiz, colaborador del"
                        + " programa.|Lucía Pérez",
                "Nuestra invitada es Lucía Pérez, periodista, y Diego Ruiz, reportero.|Lucía"
                        + " Pérez",
                "A nossa convidada é Ana Lima, jornalista, e Rui Paz, colunista.|Ana Lima",
                "Il nostro ospite è Marco Sala, ricercatore, e Luca Bianchi, redattore.|Marco"
                        + " Sala",
                "Notre invitée est Claire Dubois, chercheuse, et Paul Martin, chroniqueur.|Claire"
                        + " Dubois",
                // another word between the role's comma and the next name
                "Our guest is Mara Quill, historian, and then, Tom Reed, chef, joins.|Mara Quill",
            })
    void endsTheListWhereTheNamesAreNoGuests(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }
}
