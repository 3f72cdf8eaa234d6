package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "with my friend X" names the guest though no word of talk stands near the "with", in made-up
 * sentences of the seven languages; a friend who is not one named person, another's friend, or a
 * friend in a line of thanks names no one.
 */
class FriendPhrasesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A long talk, loose and funny, with my friend Tessa Marlow, a potter.|Tessa Marlow",
                "Un entretien rare et joyeux, tout en rires, avec mon ami Hugo Lemaire.|Hugo"
                        + " Lemaire",
                "Une discussion pleine de surprises avec ma consœur et amie Nadia Roux.|Nadia Roux",
                "Ein langes Gespräch am Hafen mit meiner Kollegin Frieda Lorenz.|Frieda Lorenz",
                "Una charla larga por la costa y la sierra con mi amiga Elena Prats.|Elena Prats",
                "Una chiacchierata lunga e allegra, tra risate e vino, con la mia amica Marta"
                        + " Gallo.|Marta Gallo",
                "Uma conversa de sol e futebol com o meu colega Tiago Neves.|Tiago Neves",
                "Een lang gesprek in de duinen met mijn vriend Daan Kuipers.|Daan Kuipers",
                "An episode of old records with our friend Wes Calder.|Wes Calder",
            })
    void aFriendTheHostIsWithIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "An evening of records with my friends at Harbour Radio.",
                "An evening of records with his friend Wes Calder.",
                "An evening of records with my brother, then a walk.",
                "Un dîner tranquille avec mon amie, puis une promenade.",
                "Thanks to my friend Wes Calder for the music, recorded with my friend's gear.",
                "Ein Abend mit ihrer Kollegin Frieda Lorenz am Hafen.",
                // no conversation: the friend co-hosts, produces, co-writes, reports or plays
                "Cette semaine, je coanime avec ma consœur Léa Marchal.",
                "Produced with my friend Jo Park at home.",
                "Un podcast de Léa Marchal, réalisé avec mon ami Hugo Lemaire.",
                "My new book, co-written with my friend Tom Reed, is out.",
                "The latest from the front, with our colleague Jo Park reporting from the coast.",
                "Music with my friend Hugo Lemaire on guitar.",
                "Una serata lunga e allegra, tra musica e vino, con la mia amica Marta Gallo.",
                "Ein langer Abend am Hafen mit meiner Kollegin Frieda Lorenz.",
            })
    void noOneFriendOfTheHostNamesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
