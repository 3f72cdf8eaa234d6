package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A heading's list of guests whose first item is several first names sharing one surname ("Ann, Tom
 * and Kai Reed"), in made-up lists of the seven languages; and lists where a lone word or a full
 * name does not share a surname: one lone word (a stage name, a band, a city), a place, a topic
 * list under an episode heading, credits, hosts.
 */
class SharedSurnamesTest {

    private static List<String> guests(String line) {
        OptionalInt rest = GuestHeadings.restAfter(line);
        assertThat(rest).isPresent();
        return GuestHeadings.namesIn(line, rest.getAsInt());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Guests: Ann, Tom and Kai Reed, Ida Lund|Ann Reed;Tom Reed;Kai Reed;Ida Lund",
                "Guests: Ann, Tom, and Kai Reed|Ann Reed;Tom Reed;Kai Reed",
                "Guests: Ida Lund, Ann, Tom and Kai Reed|Ida Lund;Ann Reed;Tom Reed;Kai Reed",
                "Our guests: Ann, Tom and Kai Reed and Ida Lund|Ann Reed;Tom Reed;Kai Reed;Ida"
                        + " Lund",
                "Zu Gast: Lena, Mia und Paul Berger|Lena Berger;Mia Berger;Paul Berger",
                "Invités : Marie, Luc et Jean Dupont, Ida Martin|Marie Dupont;Luc Dupont;Jean"
                        + " Dupont;Ida Martin",
                "Ospiti: Anna, Sara e Luca Rossi|Anna Rossi;Sara Rossi;Luca Rossi",
                "Invitados: María, Ana y Pedro Gil, Rosa Ruiz|María Gil;Ana Gil;Pedro Gil;Rosa"
                        + " Ruiz",
                "Convidados: Ana, Inês e Rui Costa|Ana Costa;Inês Costa;Rui Costa",
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
                // one lone word may be a stage name, a band or a city as well as a first name
                "Guests: Ann and Tom Reed, Kai Lund|",
                "Guests: Cher and Tom Reed|",
                "Guests: Coldplay and Tom Reed|",
                "Our guests: London and Tom Reed|",
                "Zu Gast: Nena und Paul Berger|",
                "Invités : Marie et Jean Dupont|",
                // a place's word ends the run
                "Guests: Ann, New and Tom Reed|",
                // credits list a band's members, not a family
                "Featuring: Bono, Edge and Tom Reed|",
                // an episode heading lists topics as often as people
                "In this episode: Brexit, Trump and Boris Johnson|",
                "In dieser Folge: Klima, Energie und Olaf Scholz|",
                "Dans cet épisode : Paris, Lyon et Jean Dupont|",
                // a lone word with no "and" before the full name shares nothing
                "Guests: Ann, Tom Reed|",
                // a sentence after the run is no list
                "Guests: Ann, Kai and Tom Reed talk about their farm|",
                // an initial or an honorific is no first name
                "Guests: J., K. and Tom Reed|",
                "Guests: Dr., Ann and Tom Reed|",
                // a full name of one word after the "and" gives no surname
                "Guests: Ann, Kai and Tom|",
            })
    void noSurnameIsSharedWhereNoneIs(String line, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertThat(guests(line)).containsExactlyElementsOf(want);
    }
}
