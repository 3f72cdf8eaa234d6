package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A numbered interview title of the guest's name, a colon and a quoted sentence of theirs, in
 * quotation marks of several kinds, in made-up titles of the seven languages; and titles of a
 * topic, a work, a place or no number, which name no guest.
 */
class NumberedQuoteTitlesTest {

    private static java.util.Optional<String> guest(String title) {
        return NumberedQuoteTitles.find(Names.words(title)).map(Names.Mention::name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "#214 - Mara Quill: 'Ik was nooit bang voor de zee'|Mara Quill",
                "87 – Jonas Berg: „Wir müssen jetzt endlich darüber reden“|Jonas Berg",
                "Ep. 12 - Tom Reed: ‘We never planned any of it’|Tom Reed",
                "#9 - Claire Dubois : « Je ne regrette rien de tout cela »|Claire Dubois",
                "Episodio 40 - Lucía Prado: \"No me arrepiento de nada, nunca\"|Lucía Prado",
                "#31 — Giulia Conti: “Il mare mi ha insegnato la pazienza”|Giulia Conti",
                "#5 - Rita Sousa: 'Cada livro é uma casa nova para mim'|Rita Sousa",
                "Folge 3 - Lena Berger: „Ich habe nie aufgehört zu fragen“|Lena Berger",
            })
    void theNameBeforeTheQuotedSentenceIsTheGuest(String title, String name) {
        assertThat(guest(title)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // no number before the name: another rule's shape
                "Mara Quill: 'Ik was nooit bang voor de zee'",
                // a number without a dash after it
                "#214 Mara Quill: 'Ik was nooit bang voor de zee'",
                // the title of a work in capitals, not a sentence
                "#12 - Star Wars: 'The Last Jedi Strikes Back Again'",
                // a topic after the colon, not a quotation
                "#214 - Mara Quill: the history of rope and knots",
                // a quotation too short to be a sentence
                "#214 - Mara Quill: 'Nooit bang'",
                // a quotation that does not run to the title's end
                "#214 - Mara Quill: 'Nooit meer bang' en andere verhalen van de zee",
                // a possessive before the colon
                "#214 - Mara Quill's: 'Ik was nooit bang voor de zee'",
            })
    void noGuestOutsideTheShape(String title) {
        assertThat(guest(title)).isEmpty();
    }
}
