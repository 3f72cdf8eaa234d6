package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A guest label that opens a later sentence of a paragraph, in the seven languages, with made-up
 * names; and the paragraphs whose label or sentence before is of another time, whose label is of no
 * guests or a table, at the line's start, or whose sentence is no list of names.
 */
class SentenceGuestLabelsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The votes are in and the map is redrawn. Guests: Mara Quill and Tom Reed.|Mara"
                        + " Quill;Tom Reed",
                "Die Wahl ist vorbei. Gäste: Jonas Weber, Lea Brandt und Greta Holm. Dazu"
                        + " Musik.|Jonas Weber;Lea Brandt;Greta Holm",
                "Les urnes ont parlé. Invités : Claire Dubois et Paul Martin.|Claire Dubois;Paul"
                        + " Martin",
                "Se acabó el recuento. Invitados: Lucía Pérez y Jorge Ruiz.|Lucía Pérez;Jorge Ruiz",
                "Lo spoglio è finito. Ospiti: Paolo Neri e Giulia Conti.|Paolo Neri;Giulia Conti",
                "A contagem terminou. Convidados: Ana Lima e Rui Costa.|Ana Lima;Rui Costa",
            })
    void readsTheListThatTheLabelOpens(String text, String expected) {
        assertThat(SentenceGuestLabels.names(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // at the line's start: the line's heading, read as such elsewhere
                "Guests: Mara Quill and Tom Reed.",
                // another time or edition
                "We are off for a week. Next week's guests: Mara Quill and Tom Reed.",
                "Thanks for listening. Former guests: Mara Quill and Tom Reed.",
                "Die Sendung macht Pause. Nächste Woche zu Gast: Jonas Weber und Lea Brandt.",
                // a sentence, not a list of names
                "The votes are in. Guests: Mara Quill and Tom Reed talk about the count.",
                // no guest label before the colon
                "The votes are in. Topics: the count, the map and the mood.",
                "Se acabó el recuento. Sobre la mesa: Lucía Pérez y Jorge Ruiz.",
                "De stemmen zijn geteld. Tafelheer: Sanne Vermeer.",
                // the colon inside a sentence that does not open there
                "The votes are in, and the guests: Mara Quill and Tom Reed.",
                // the sentence before the label sets it on another day or year
                "The votes are in. Next week we are back. Guests: Mara Quill and Tom Reed.",
                "Die Wahl ist vorbei. Morgen in der Sendung. Gäste: Jonas Weber und Lea Brandt.",
                "Les urnes ont parlé en 2019. Invités : Claire Dubois et Paul Martin.",
                "Ayer en el programa. Invitados: Lucía Pérez y Jorge Ruiz.",
                // a table is no guest label
                "De stemmen zijn geteld. Aan tafel: Sanne Vermeer en Eva Smit.",
                "Une recette simple. À table : Poulet Rôti et Pommes Sautées.",
            })
    void readsNoList(String text) {
        assertThat(SentenceGuestLabels.names(text)).isEmpty();
    }
}
