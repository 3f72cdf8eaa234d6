package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guests a talk show's panel label lists ("Aan tafel: Mara Quill, Tom Reed en Ana Paz."), in
 * made-up sentences of the seven languages; and labels of what lies on the table, seats named by a
 * noun, lists that are not all names, and labels inside a sentence, which name no guest.
 */
class TableLabelsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The votes are in. At the table: Mara Quill, Tom Reed and Ana Paz.|Mara Quill;Tom"
                        + " Reed;Ana Paz",
                "Around the table: Sam Harbour, Lena Brandt.|Sam Harbour;Lena Brandt",
                "Le budget. Autour de la table : Claire Dubois et Marc Lenoir.|Claire Dubois;Marc"
                        + " Lenoir",
                "À la table : Claire Dubois, Zazou et Marc Lenoir.|Claire Dubois;Zazou;Marc Lenoir",
                "Die Wahl. Am Tisch: Jonas Weber, Lea Brandt und Kai Roth.|Jonas Weber;Lea"
                        + " Brandt;Kai Roth",
                "En la mesa: Lucía Pérez y Diego Ruiz.|Lucía Pérez;Diego Ruiz",
                "Alrededor de la mesa: Lucía Pérez, Diego Ruiz.|Lucía Pérez;Diego Ruiz",
                "Al tavolo: Paolo Neri, Giulia Conti e Bruno Sala.|Paolo Neri;Giulia Conti;Bruno"
                        + " Sala",
                "À mesa: Ana Lima e Rui Costa.|Ana Lima;Rui Costa",
                "De cijfers zijn binnen. Aan tafel: Joris van Dam, Sabine Vermeer en Kees"
                        + " Bol.|Joris van Dam;Sabine Vermeer;Kees Bol",
                "Rond de tafel: Rapper X-Ray, Joris van Dam en Noor.|Joris van Dam;Noor",
                "- Aan tafel: Sabine Vermeer en Kees Bol|Sabine Vermeer;Kees Bol",
            })
    void aPanelLabelListsTheGuests(String text, String names) {
        assertThat(guests(text)).containsAll(Arrays.asList(names.split(";")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // what lies on the table is a topic
                "On the table: Mara Quill, Tom Reed and Ana Paz.",
                "Op tafel: Joris van Dam, Sabine Vermeer en Kees Bol.",
                "Auf dem Tisch: Jonas Weber und Lea Brandt.",
                "Sur la table : Claire Dubois et Marc Lenoir.",
                "Sobre la mesa: Lucía Pérez y Diego Ruiz.",
                // a seat named by a noun is a credit, a table alone no label
                "Tafelheer: Joris van Dam",
                "Tafel: Joris van Dam en Sabine Vermeer.",
                // not a list of names only
                "Aan tafel: de begroting en de zorg.",
                "Aan tafel: Joris van Dam over de begroting en Sabine Vermeer.",
                "At the table: Mara Quill's new book and Tom Reed.",
                "Aan tafel: Utrecht en Gent.",
                // inside a sentence, the table is where something happens
                "We sat at the table: Mara Quill and Tom Reed were late.",
                "Volgende week aan tafel: Joris van Dam en Sabine Vermeer.",
                // nothing after the label
                "Aan tafel:",
            })
    void otherTablesNameNoGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
