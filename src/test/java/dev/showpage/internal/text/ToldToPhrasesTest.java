package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guest who tells the host something ("Ana Lima contou a Rita", "explica la periodista Lucía
 * Pérez a Diego"), in made-up sentences of the Romance languages; and telling the press, a paper or
 * the public, which names no guest, nor ever the one spoken to.
 */
class ToldToPhrasesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ana Lima contou a Rita como começou a cozinhar.|Ana Lima",
                "'Foi por acaso', disse Rui Costa à Rita, entre risos.|Rui Costa",
                "Explica la periodista Lucía Pérez a Diego Ruiz en este episodio.|Lucía Pérez",
                "Lucía Pérez le cuenta a Diego cómo empezó todo.|Lucía Pérez",
                "Racconta Paolo Neri a Giulia la sua infanzia in montagna.|Paolo Neri",
                "Claire Dubois raconte à Marc son voyage en Islande.|Claire Dubois",
                "Spiega il medico Sara Ferri a Luca perché dormiamo.|Sara Ferri",
            })
    void theOneWhoTellsTheHostIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tiago Reis disse a jornalistas que não iria.",
                "Pedro Gil dijo a los periodistas que sí.",
                "Ana Lima disse a El País que sim.",
                "A conta a Rita chegou tarde.",
                "Explica al público Lucía Pérez el proyecto.",
                "Ana Lima, disse a Rita, é a melhor.",
                "Ana Lima contou a BBC tudo.",
                "Claire Dubois raconte sa vie à Paris.",
                "Ana Lima contou aos ouvintes a sua história.",
            })
    void noGuestTellsSo(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
