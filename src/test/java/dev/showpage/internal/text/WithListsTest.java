package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A list of guests each after its own "with", going on from an introduction ("we talk with X,
 * baker, with Y, author, and with Z"), in made-up sentences of the seven languages; and a "with"
 * that starts a new sentence or clause, or leads to a thing, which lists no guest.
 */
class WithListsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Contamos con Lucía Pérez, periodista de radio, con Diego Ruiz autor de novelas y"
                        + " con Ana Gil, actriz.|Lucía Pérez;Diego Ruiz;Ana Gil",
                "Wir sprechen mit Jonas Weber, Koch in Kiel, mit Lea Brandt, Autorin.|Jonas"
                        + " Weber;Lea Brandt",
                "On discute avec Claire Dubois, autrice de polars, avec Marc Petit, éditeur, et"
                        + " avec Julie Roux.|Claire Dubois;Marc Petit;Julie Roux",
                "Parliamo con Paolo Neri, alpinista esperto di vie difficili, con Giulia Conti,"
                        + " guida.|Paolo Neri;Giulia Conti",
                "Conversamos com Ana Lima, professora, com Rui Costa, músico, e com Rita"
                        + " Sousa.|Ana Lima;Rui Costa;Rita Sousa",
                "We praten met Sabine Vermeer, schrijver van drie boeken, met Joris van Dam,"
                        + " visser.|Sabine Vermeer;Joris van Dam",
            })
    void eachWithOfTheListGivesAGuest(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We talk with Mara Quill. With Tom Reed on the radio, nobody sleeps.|Mara Quill",
                "We talk with Mara Quill, with Tom Reed's songs in the background.|Mara Quill",
                "We talk with Mara Quill; with Tom Reed gone, the band split up.|Mara Quill",
                "Hablamos con Lucía Pérez, con la ayuda de Diego Ruiz.|Lucía Pérez",
            })
    void aWithOutsideTheListGivesNoMore(String text, String only) {
        assertThat(guests(text)).containsExactly(only);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "He jammed with Tom Reed, with Mara Quill on drums.",
                "Bread with Mara Quill, with butter, with salt.",
            })
    void aListWithoutAnIntroductionGivesNoGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
