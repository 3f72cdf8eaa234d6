package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A German role noun, capitalised as every German noun, between an article and a name describes the
 * one spoken with ("mit der Historikerin X"), and a list of such "mit"s names each; a capitalised
 * word that is no role, or a role of the show's crew, does not.
 */
class GermanRoleNounsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Darüber sprechen wir mit der Historikerin Wiebke Sander.|Wiebke Sander",
                "Heute spreche ich mit dem Journalisten Malte Brink über Häfen.|Malte Brink",
                "Wir reden mit der Wetter-Moderatorin Ilka Haase.|Ilka Haase",
                "Heute im Gespräch mit dem Forscher und Psychologen Arne Wendt.|Arne Wendt",
            })
    void aCapitalisedRoleBeforeTheNameDescribesIt(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the name is not right after the roles
                "Im Gespräch mit einem Biologen und Tierfilmer namens Sven Ohm.",
                // the role noun after "mit der Autorin" belongs to what she talks about
                "Wir sprechen mit der Autorin über den Minister Gerd Halbach und seine Pläne.",
                "Heute reden wir mit der Journalistin über den Bürgermeister Paul Weck.",
                "Im Gespräch mit dem Historiker zum Präsidenten Ernst Lohmann.",
            })
    void aRoleThatDoesNotLeadToTheNameDescribesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }

    @Test
    void aListOfWithsThatEachNameARoleNamesEveryone() {
        assertThat(
                        guests(
                                "Darüber sprechen wir mit der Ingenieurin Jana Voss, mit dem"
                                        + " Soziologen Timo Brehm, mit dem Sammler und Kurator"
                                        + " Olaf Riek und mit der Lehrerin Nele Kamp."))
                .containsExactly("Jana Voss", "Timo Brehm", "Olaf Riek", "Nele Kamp");
        assertThat(
                        guests(
                                "We talk with Rosa Lind, with the chemist Hal Moreno and with the"
                                        + " poet and translator Ivo Marsh."))
                .containsExactly("Rosa Lind", "Hal Moreno", "Ivo Marsh");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the role is the show's own, or the capitalised word is no role
                "Darüber sprechen wir mit Jana Voss, mit dem Produzenten Timo Brehm.",
                "Darüber sprechen wir mit Jana Voss, mit dem Computer Deep Blue Timo.",
                "Wir fahren im Winter mit der Bahn Jana Voss entgegen.",
                "Sie fährt mit dem Kunsthändler Timo Brehm nach Kiel.",
                // the crew that makes the episode
                "Darüber sprechen wir mit Jana Voss, mit dem Tontechniker Timo Brehm.",
                "Darüber sprechen wir mit Jana Voss und mit dem Cutter Timo Brehm.",
                "Wir reden mit Jana Voss, mit dem Redakteur Timo Brehm.",
                "Wir reden mit Jana Voss, mit der Sprecherin Timo Brehm.",
                "We talk with Rosa Lind, with the narrator Timo Brehm.",
                "Hablamos con Rosa Lind, con el narrador Timo Brehm.",
                // a body of players, a place, a thing
                "Im Gespräch mit Jana Voss, mit dem Orchester Timo Brehm.",
                "Im Gespräch mit Jana Voss, mit dem Kammerorchester Timo Brehm.",
                "Im Gespräch mit Jana Voss, mit dem Stadttheater Timo Brehm.",
                "Im Gespräch mit Jana Voss, mit dem Sender Timo Brehm.",
            })
    void aCrewRoleOrNoRoleNamesNoListedGuest(String text) {
        assertThat(guests(text)).doesNotContain("Timo Brehm");
        assertThat(guests(text)).doesNotContain("Deep Blue Timo");
    }
}
