package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guest an episode "has" right after a word of its time ("This week we have Mara Quill", "Esta
 * semana tenemos a Lucía Pérez"), in made-up sentences of the seven languages; and what a show has
 * every time, things of a person's, later episodes and places, which name no guest.
 */
class HavePhrasesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Today we have Mara Quill on the show.|Mara Quill",
                "This week, we have Tom Reed, a beekeeper from Devon.|Tom Reed",
                "In this episode we have Dr. Ines Falk talking about sleep.|Ines Falk",
                "Esta semana tenemos a Lucía Pérez, periodista y novelista.|Lucía Pérez",
                "En el programa de hoy tienen a Diego Ruiz como invitado.|Diego Ruiz",
                "Hoje temos Ana Lima no estúdio.|Ana Lima",
                "Nesta semana temos Rui Costa a falar de surf.|Rui Costa",
                "Oggi abbiamo Paolo Neri per parlare di vino.|Paolo Neri",
                "Aujourd'hui nous avons Claire Dubois pour parler de jardins.|Claire Dubois",
                "In dieser Folge haben wir Jonas Weber zu Gast.|Jonas Weber",
                "Für die neue Folge haben wir deshalb Lea Brandt als Gast eingeladen.|Lea Brandt",
                "Deze week hebben we Sabine Vermeer over haar boek.|Sabine Vermeer",
                "In deze aflevering hebben we daarom Joris van Dam.|Joris van Dam",
            })
    void theOneTheEpisodeHasIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "This week we have Mara Quill's new book on the table.",
                "Every week we have our host Mara Quill.",
                "Every week we have Mara Quill at the desk.",
                "Cada semana tenemos a Lucía Pérez al micrófono.",
                "Semana a semana tenemos a Lucía Pérez al frente.",
                "Jede Woche haben wir Jonas Weber am Mikrofon.",
                "That was last week. We have Mara Quill to thank.",
                "Next week we have Tom Reed.",
                "La próxima semana tenemos a Diego Ruiz.",
                "We have Mara Quill to thank for the music.",
                "This week we have New York on the map.",
                "Esta semana tenemos a Madrid en el mapa.",
                "This week they have Mara Quill.",
                "Today we have a long list of questions.",
                "In this episode we have Tom and more.",
                "Heute haben wir viel Glück gehabt.",
            })
    void noGuestIsHadSo(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
