package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plural honorifics ("MM.", "Mmes", "Messrs.") before two names joined by "and" on a guest line
 * of made-up pages; and the same letters where they are no honorific, or the line thanks.
 */
class PluralHonorificsTest {

    private static List<String> guests(String line) {
        String page =
                "Harbour Talk\n\nA conversation about boats and the sea today.\n\n" + line + "\n";
        return EpisodePageParser.parse(page).episodes().stream()
                .flatMap(e -> e.people().stream())
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Invités : MM. Luc Gagnon et Marc Tremblay|Luc Gagnon;Marc Tremblay",
                "Invité : MM. Luc Gagnon et Marc Tremblay, prêtres. 3 avril 2019|Luc Gagnon;Marc"
                        + " Tremblay",
                "Invitées : Mmes Julie Fabre et Inès Morel|Julie Fabre;Inès Morel",
                "Guests: Messrs. Tom Reed and Oskar Lind|Tom Reed;Oskar Lind",
                "Guest: MM. Tom Reed and Oskar Lind|Tom Reed;Oskar Lind",
            })
    void theHonorificLeadsToTheNames(String line, String expected) {
        assertThat(guests(line)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Invités : MM. Dupont et fils, une entreprise familiale",
                "We shot it on 35 MM Film and Harbour Stock.",
                "Merci à MM. Luc Gagnon et Marc Tremblay pour la musique.",
                "Thanks to Messrs. Tom Reed and Oskar Lind for the music.",
            })
    void noGuestWhereTheLettersAreNoHonorificOrTheLineThanks(String line) {
        assertThat(guests(line)).isEmpty();
    }
}
