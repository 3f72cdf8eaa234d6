package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guests listed after the first, each with a comma and a role ({@link ApposedLists}): the list
 * goes on only while each name follows the comma that closes the role before it; a relative, a
 * possessive, another word or a work's subject ends it. Made-up sentences of the seven languages.
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
                        + " Lima, author of a book on tides.|Mara Quill;Tom Reed;Ana Lima",
                "Notre invitée est Claire Dubois, chercheuse au CNRS, et Paul Martin,"
                        + " boulanger.|Claire Dubois;Paul Martin",
                "Nuestra invitada es Lucía Pérez, periodista, y a Diego Ruiz, actor de"
                        + " teatro.|Lucía Pérez;Diego Ruiz",
                "Ouvimos Ana Lima, jornalista do Diário e investigadora sobre rádio, e Rui Paz,"
                        + " pescador.|Ana Lima;Rui Paz",
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
                "Ouvimos Ana Lima, jornalista, que escreveu sobre o avô, Rui Paz, pescador, e o"
                        + " mar.|Ana Lima",
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
                // another word between the role's comma and the next name
                "Our guest is Mara Quill, historian, and then, Tom Reed, chef, joins.|Mara Quill",
            })
    void endsTheListWhereTheNamesAreNoGuests(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }
}
