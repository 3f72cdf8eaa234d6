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
                "A long hour, loose and funny, with my friend Tessa Marlow, a potter.|Tessa Marlow",
                "Un moment rare et joyeux, tout en rires, avec mon ami Hugo Lemaire.|Hugo Lemaire",
                "Une soirée pleine de surprises avec ma consœur et amie Nadia Roux.|Nadia Roux",
                "Ein langer Abend am Hafen mit meiner Kollegin Frieda Lorenz.|Frieda Lorenz",
                "Un viaje largo por la costa y la sierra con mi amiga Elena Prats.|Elena Prats",
                "Una serata lunga e allegra, tra musica e vino, con la mia amica Marta Gallo.|Marta"
                        + " Gallo",
                "Uma tarde de sol e futebol com o meu colega Tiago Neves.|Tiago Neves",
                "Een lange wandeling door de duinen met mijn vriend Daan Kuipers.|Daan Kuipers",
                "An evening of old records with our friend Wes Calder.|Wes Calder",
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
            })
    void noOneFriendOfTheHostNamesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
