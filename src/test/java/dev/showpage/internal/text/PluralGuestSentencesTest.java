package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Our guests are X and Y" in the seven languages, with made-up names, lists of two and three,
 * honorifics and words of the day between the noun and the verb; and the sentences of the same
 * words that name no guest of this episode.
 */
class PluralGuestSentencesTest {

    private static List<String> guests(String text) {
        return PluralGuestSentences.find(text).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Our guests are Mara Quill and Tom Reed.|Mara Quill;Tom Reed",
                "This time our guests are Dr. Oskar Lind, Ana Lima, and Piet de Vries.|Oskar"
                        + " Lind;Ana Lima;Piet de Vries",
                "The guests today are Hanna Berg & Lotte Sand|Hanna Berg;Lotte Sand",
                "Les invités sont Claire Dubois et Paul Martin, tous deux vignerons.|Claire"
                        + " Dubois;Paul Martin",
                "Nos invitées de la semaine sont Julie Fabre et Inès Morel.|Julie Fabre;Inès"
                        + " Morel",
                "Die Gäste sind heute Jonas Weber und Lea Brandt.|Jonas Weber;Lea Brandt",
                "Unsere Gäste sind Jonas Weber und Lea Brandt.|Jonas Weber;Lea Brandt",
                "En este programa los invitados de hoy son Jorge Ruiz y Lucía Pérez.|Jorge"
                        + " Ruiz;Lucía Pérez",
                "Gli ospiti sono Paolo Neri e Giulia Conti, in studio.|Paolo Neri;Giulia Conti",
                "Os convidados são Ana Lima e Rui Costa.|Ana Lima;Rui Costa",
                "De gasten zijn Sabine Vermeer en Joris van Dam.|Sabine Vermeer;Joris van Dam",
                "Today's guests are: Mara Quill and Tom Reed|Mara Quill;Tom Reed",
            })
    void namesEachGuestOfTheList(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Our guests were Mara Quill and Tom Reed last year.",
                "Previous guests are Mara Quill and Tom Reed.",
                "Les anciens invités sont Claire Dubois et Paul Martin.",
                "Our hosts are Mara Quill and Tom Reed.",
                "Our guests are Mara Quill fans, every one of them.",
                "Our guests are Mara Quill's neighbours.",
                "The guests are welcome to stay for the concert.",
                "Guests are Harbour Radio listeners who write in.",
                "Die Gäste sind immer willkommen.",
                "Los invitados son la clave del programa.",
                "Our guests, Mara Quill and Tom Reed, are back.",
                "Our guests are Mara Quill and",
                "Past podcast guests are Mara Quill and Tom Reed.",
                "Recent guests are Mara Quill and Tom Reed.",
                "Our favourite guests are Mara Quill and Tom Reed.",
                "Unsere bisherigen Gäste sind Jonas Weber und Lea Brandt.",
                "Next week our guests are Mara Quill and Tom Reed.",
                "La semaine prochaine, nos invités sont Claire Dubois et Paul Martin.",
                "Il festival è alle porte. Tra gli ospiti di questa edizione, Paolo Neri e Giulia"
                        + " Conti.",
                "Die Messe beginnt. Unter den Gästen dieser Ausgabe: Lea Brandt und Jonas Weber.",
                "Parmi les invités de cette édition, Claire Dubois et Paul Martin.",
                "Entre los invitados de esta edición, Lucía Pérez y Jorge Ruiz.",
                "Among the guests of this edition: Mara Quill and Tom Reed.",
                "Among the guests, Mara Quill, who flew in from the studio in Bergen.",
                "Fra gli ospiti, Paolo Neri e Marco Sala, registrati allo studio Bluewave.",
            })
    void namesNoGuestOfThisEpisode(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
