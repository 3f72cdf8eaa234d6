package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A guest named by an apposition after the name ("Mara Quill, guest of Oskar Lind"), in made-up
 * sentences of the seven languages; and guest words that set off no one guest.
 */
class GuestAppositionsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Baking is patience, says Mara Quill, guest of Oskar Lind on the morning show.|Mara"
                        + " Quill",
                "Le jazz est une langue, affirme Claire Dubois, invitée de Marc Petit ce"
                        + " soir.|Claire Dubois",
                "So sieht es Jonas Weber, Gast von Lea Brandt in der Sendung.|Jonas Weber",
                "Lo cuenta Lucía Pérez, invitada del programa de la tarde.|Lucía Pérez",
                "Lo spiega Paolo Neri, ospite di Giulia Conti in studio.|Paolo Neri",
                "Quem o diz é Ana Lima, convidada do programa desta semana.|Ana Lima",
                "Dat zegt Joris van Dam, te gast bij Sabine Vermeer.|Joris van Dam",
            })
    void theNameBeforeTheGuestWordIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "This week Mara Quill, guest host for the summer, reads the news.",
                "Mara Quill and Oskar Lind, guests of the show, were late.",
                "Ecrit par Claire Dubois, invitée: personne.",
                "Thanks to Mara Quill, guest of the festival, for the photos.",
                "We saw Harbour University, guest of the fair, again.",
                "Mara, guest of Oskar Lind, sang.",
            })
    void noGuestWithoutANameAndAnOf(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
