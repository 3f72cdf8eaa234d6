package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A heading's list of guests whose first item is several first names sharing one surname ("Ann
 * and Tom Reed"), in made-up lists of the seven languages; and lists where a lone word or a full
 * name does not share a surname.
 */
class SharedSurnamesTest {

    private static List<String> guests(String line) {
        OptionalInt rest = GuestHeadings.restAfter(line);
        assertThat(rest).isPresent();
        return GuestHeadings.namesIn(line.substring(rest.getAsInt()).trim());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Guests: Ann and Tom Reed, Kai Lund|Ann Reed;Tom Reed;Kai Lund",
                "Guests: Ann, Tom, and Kai Reed|Ann Reed;Tom Reed;Kai Reed",
                "Guests: Kai Lund, Ann and Tom Reed|Kai Lund;Ann Reed;Tom Reed",
                "Guests: Ann and Tom Reed and Kai Lund|Ann Reed;Tom Reed;Kai Lund",
                "Zu Gast: Lena und Paul Berger|Lena Berger;Paul Berger",
                "Invités : Marie et Jean Dupont, Luc Martin|Marie Dupont;Jean Dupont;Luc Martin",
                "Ospiti: Anna e Luca Rossi|Anna Rossi;Luca Rossi",
                "Invitados: María y Pedro Gil, Ana Ruiz|María Gil;Pedro Gil;Ana Ruiz",
                "Convidados: Ana e Rui Costa|Ana Costa;Rui Costa",
                "Te gast: Eva, Sanne en Bram de Wit, Joris Vermeer|Eva de Wit;Sanne de Wit;Bram de"
                        + " Wit;Joris Vermeer",
            })
    void eachFirstNameTakesTheSharedSurname(String line, String expected) {
        assertThat(guests(line)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // full names each: nothing is shared
                "Guests: Mara Quill and Tom Reed|Mara Quill;Tom Reed",
                "Gäste: Lena Berger, Paul Weber und Mia Brandt|Lena Berger;Paul Weber;Mia Brandt",
                // a lone word with no "and" before the full name shares nothing
                "Guests: Ann, Tom Reed|",
                // a sentence after the run is no list
                "Guests: Ann and Tom Reed talk about their farm|",
                // an initial or an honorific is no first name
                "Guests: J. and Tom Reed|",
                "Guests: Dr. and Tom Reed|",
                // a full name of one word after the "and" gives no surname
                "Guests: Ann and Tom|",
            })
    void noSurnameIsSharedWhereNoneIs(String line, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertThat(guests(line)).containsExactlyElementsOf(want);
    }
}
