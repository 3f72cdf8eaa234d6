package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.episode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two or more "Name, role" lines, each above a sentence or two about the person: the edition's
 * guests, in order; and the lines of that look that are no guests (a single one, a byline, a
 * credit, a quoted speaker, a person the sentences mention, the host). Made-up notes; {@code /} in
 * a row stands for a line break, {@code //} for a blank line.
 */
class RoleLineGuestsTest {

    private static List<String> guests(String notes) {
        return episode("Heute am Hafen.//".replace("/", "\n") + notes.replace("/", "\n"))
                .people()
                .stream()
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    private static List<String> expected(String names) {
        return names == null ? List.of() : Arrays.asList(names.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Mara Quill, Historikerin/Sie hat die Leuchttürme gezählt und erzählt davon./Jonas Berg, ehemaliger Lotse/Dreißig Jahre lang brachte er Schiffe herein. | Mara Quill;Jonas Berg
                    Greta Hansen, Mutter von zwei Töchtern/Ihre Töchter segeln. Hansen erzählt vom Alltag./Henrik Vogt, Senator a.D./Er sagt, was er vom Hafenplan hält.          | Greta Hansen;Henrik Vogt
                    Claire Dubois, ministre de la Mer/Elle présente son plan pour les ports./Oskar Lind, comédien/Il joue un gardien de phare.                      | Claire Dubois;Oskar Lind
                    Lucía Prado, actriz/Estrena una obra sobre faros./Tomás Vidal, periodista/Ha seguido la campaña desde el principio.                            | Lucía Prado;Tomás Vidal
                    Lia Marchetti, scrittrice/Il suo romanzo parla di un porto del sud./Paolo Serra, medico/Racconta il suo lavoro in ospedale.                    | Lia Marchetti;Paolo Serra
                    Tom Reed, sailor/He crossed the ocean alone last winter./Nora Ekdahl, mapmaker/She draws the coast by hand.                                    | Tom Reed;Nora Ekdahl
                    Rita Sousa, cantora/Apresenta o seu novo disco de fado./João Matos, pescador/Fala da vida no mar.                                              | Rita Sousa;João Matos
                    Sanne de Vries, onderzoeker/Zij telt de zeehonden op de wadden./Joris Bakker, schipper//Hij vaart al twintig jaar op de Noordzee.              | Sanne de Vries;Joris Bakker
                    """)
    void roleLinesOverSentencesAreTheGuests(String notes, String names) {
        assertThat(guests(notes)).containsExactlyElementsOf(expected(names));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Mara Quill, Historikerin/Sie hat die Leuchttürme gezählt und erzählt davon.                                                             |
                    Von Mara Quill, Redakteurin/Der Text erzählt vom Hafen./Jonas Berg, Lotse/Er bringt Schiffe herein./Greta Hansen, Kapitänin/Sie fährt. | Jonas Berg;Greta Hansen
                    Produktion: Mara Quill, Studio Nord/Der Film lief im Herbst./Jonas Berg, Lotse/Er bringt Schiffe herein./Greta Hansen, Kapitänin/Sie fährt. | Jonas Berg;Greta Hansen
                    Mara Quill, Historikerin: Der Hafen war nie leer./Das sagt sie oft./Jonas Berg, Lotse/Er bringt Schiffe herein.                         |
                    Mara Quill, Historikerin/„Der Hafen war nie leer.“/Jonas Berg, Lotse/Er bringt Schiffe herein./Greta Hansen, Kapitänin/Sie fährt.      | Jonas Berg;Greta Hansen
                    Mara Quill, Historikerin/Sie zählt Türme./Jonas Berg, Lotse/Er erzählt, dass Henrik Vogt, sein Kollege, fehlte.                         | Mara Quill;Jonas Berg
                    Moderation: Greta Hansen//Greta Hansen, Moderatorin/Sie führt durch den Abend./Jonas Berg, Lotse/Er bringt Schiffe herein.             | Jonas Berg
                    Hosted by Tom Reed//Tom Reed, host/He opens the evening./Nora Ekdahl, mapmaker/She draws the coast by hand.                            | Nora Ekdahl
                    """)
    void linesOfThatLookThatAreNoGuests(String notes, String names) {
        assertThat(guests(notes)).containsExactlyElementsOf(expected(names));
    }
}
