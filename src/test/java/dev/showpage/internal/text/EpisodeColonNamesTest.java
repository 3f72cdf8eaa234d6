package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guest a colon after "this episode" names with a role ("In this episode: Mara Quill, baker"),
 * in made-up sentences of the seven languages; and topics, other episodes and the show's own people
 * after such a colon, which name no guest.
 */
class EpisodeColonNamesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "In this episode: Mara Quill, baker from Leeds, on rye and patience.|Mara Quill",
                "In this special bonus episode: Tom Reed, novelist, on his last book.|Tom Reed",
                "Dans cet épisode : Claire Dubois, autrice de romans noirs.|Claire Dubois",
                "In dieser Folge: Jonas Weber, Autor und Koch aus Kiel.|Jonas Weber",
                "En este episodio: Lucía Pérez, periodista en Quito.|Lucía Pérez",
                "In questa puntata: Paolo Neri, scrittore e alpinista.|Paolo Neri",
                "Neste episódio: Ana Lima, professora de história.|Ana Lima",
                "In deze speciale aflevering: Joris van Dam, auteur van een kookboek.|Joris van"
                        + " Dam",
            })
    void theNameAfterTheColonIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In this episode: Donald Trump, tariffs and more.",
                "In the last episode: Mara Quill, baker from Leeds.",
                "In this episode: Mara Quill, host of the show.",
                "In dieser Folge: Jonas Weber, Produzent.",
                "In this episode: Mara Quill's bread, baking and more.",
                "Episode: Mara Quill, baker.",
                "We loved this episode. Mara Quill, baker, wrote in.",
                "En este episodio: Quito, Lima y Bogotá.",
                "In deze aflevering: Joris van Dam en zijn boot.",
            })
    void noGuestFollowsSuchAColon(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
