package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.text.Names.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interview titles of a name, a comma and the person's words or a question put to them ({@link
 * RemarkTitles}), read through {@link Names#inTitle} with notes that never name the person, so that
 * the title's shape alone must tell; made-up names in the languages the parser reads.
 */
class RemarkTitlesTest {

    private static final List<String> NOTES = List.of("We talk about the sea and about ropes.");

    private static List<String> guests(String title) {
        return Names.inTitle(title, NOTES).stream().map(Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            quoteCharacter = '`',
            value = {
                // a quotation, in each language's marks
                "Mara Quill, „Das war knapp!“ => Mara Quill",
                "Giulia Ferri, “Il mare non aspetta” => Giulia Ferri",
                "Bastien Dufresne, « On ne lâche rien » => Bastien Dufresne",
                "Bastien Dufresne, «On ne lâche rien» => Bastien Dufresne",
                "Joana Ferreira, \"O farol nunca dorme\" => Joana Ferreira",
                "Anouk van der Berg, ‘Het licht blijft branden’ => Anouk van der Berg",
                // after the episode's number, and a bracket between the name and the comma
                "#104 Oskar Lind, „Zähne zusammen!“ => Oskar Lind",
                "#12 Jan de Vries (Teil 2), «On ne lâche rien» => Jan de Vries",
                "#7 Ilse Haverkamp (Sonderfolge), „Alles auf Anfang“ => Ilse Haverkamp",
                // a question put to the person, whatever follows the title's separator
                "Tom Ekberg, wie baut man ein Boot? => Tom Ekberg",
                "Lucía Prado, ¿cómo se escribe una novela? => Lucía Prado",
                "Davide Marchetti, come si diventa guardiano del faro? => Davide Marchetti",
                "Noor Haddad, how do you keep a lamp lit? | The Harbour Show => Noor Haddad",
                "Selma Okafor, est-ce qu'on peut vivre de la mer ? => Selma Okafor",
                "Dr. Edda Lind, was bleibt vom Sommer? => Edda Lind",
                "Anouk van der Berg, hoe blijft een vuurtoren overeind? => Anouk van der Berg",
                "Joana Ferreira, como se constrói um farol? => Joana Ferreira",
                "Marta Ruiz, qu’est-ce qui fait un bon phare ? => Marta Ruiz",
            })
    void nameCommaRemark(String title, String name) {
        assertThat(guests(title)).containsExactly(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a place before the comma is no person
                "New York, wie geht das?",
                "Buenos Aires, ¿ciudad de la furia?",
                // a topic and an apposition, with no quotation and no question
                "Deep Learning, a primer",
                "Harbour Lights, Teil zwei",
                // a quotation of one word is no remark
                "Mara Quill, “Yes”",
                // the question comes only after the title's next part
                "Mara Quill, ropes and lamps | why do knots hold?",
                // a capitalised phrase after the comma, no question mark
                "Tom Ekberg, Boote bauen",
                // a question that opens with no question's word asks no one
                "Mara Quill, lamps and ropes?",
                "Joana Ferreira, farol do sul?",
                // one name word alone is no name
                "Anna, wie geht es dir?",
                // no comma between the name and the remark
                "Tom Ekberg wie baut man ein Boot?",
                // a possessive, not a name
                "Tom Ekberg's, „neues Boot“",
            })
    void notThisShape(String title) {
        assertThat(guests(title)).isEmpty();
    }
}
