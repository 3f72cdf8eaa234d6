package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name after "with" that a comma and a role follow, with no word of talk near, names no guest:
 * the same shape tells of a head of state the news is about, of a partner, a co-author or a player,
 * as often as of the one the episode is with.
 */
class WithAndRoleTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "After a tense meeting with Hugo Marchetti, president of the republic, the talks"
                        + " stalled.",
                "Tensions with Lin Weidong, president of the council, dominate the week.",
                "Le bras de fer avec Hugo Marchetti, président de la république, continue.",
                "El pulso con Pere Vidal, presidente del gobierno, sigue abierto.",
                "Made in partnership with Ana Lima, director of the Harbour Foundation.",
                "His new book, co-written with Tom Reed, a historian, is out in May.",
                "Music composed with Sam Ode, pianist, and recorded at home.",
            })
    void aRoleAfterTheNameAloneNamesNoGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
