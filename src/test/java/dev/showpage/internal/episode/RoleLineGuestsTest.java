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
 * Two or more "Name, role" lines, each above a sentence or two about the person, opening the notes
 * or under a line that cues guests: the edition's guests, in order; and the lines of that look that
 * are no guests (a single one, a byline, a credit, a quoted speaker, a person the sentences
 * mention, the host and the crew, places, years, a run under any other heading). Made-up notes;
 * {@code /} in a row stands for a line break, {@code //} for a blank line.
 */
class RoleLineGuestsTest {

    private static List<String> guests(String notes) {
        return episode(notes.replace("/", "\n")).people().stream()
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
                    Folge 12/Mara Quill, Historikerin/Sie zählt Türme./Jonas Berg, Lotse/Er bringt Schiffe herein.                                                 | Mara Quill;Jonas Berg
                    Der Hafen im Winter./Heute zu Gast im Studio:/Mara Quill, Historikerin/Sie zählt Türme./Jonas Berg, Lotse/Er bringt Schiffe herein.            | Mara Quill;Jonas Berg
                    The harbour in winter./Tonight our guests talk about the fog./Tom Reed, sailor/He crossed alone./Nora Ekdahl, mapmaker/She draws the coast.    | Tom Reed;Nora Ekdahl
                    Jonas Berg, Lotse/Er bringt Schiffe herein./Greta Hansen, Seglerin/Sie fährt./Henrik Vogt, Senator                                             | Jonas Berg;Greta Hansen
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
                    Von Mara Quill, Redakteurin/Der Text erzählt vom Hafen./Jonas Berg, Lotse/Er bringt Schiffe herein./Greta Hansen, Kapitänin/Sie fährt. |
                    Produktion: Mara Quill, Studio Nord/Der Film lief im Herbst./Jonas Berg, Lotse/Er bringt Schiffe herein./Greta Hansen, Kapitänin/Sie fährt. |
                    Mara Quill, Historikerin: Der Hafen war nie leer./Das sagt sie oft./Jonas Berg, Lotse/Er bringt Schiffe herein.                         |
                    Mara Quill, Historikerin/„Der Hafen war nie leer.“/Jonas Berg, Lotse/Er bringt Schiffe herein./Greta Hansen, Kapitänin/Sie fährt.      |
                    Mara Quill, Historikerin/Sie zählt Türme./Jonas Berg, Lotse/Er erzählt, dass Henrik Vogt, sein Kollege, fehlte.                         | Mara Quill;Jonas Berg
                    Moderation: Greta Hansen//Greta Hansen, Moderatorin/Sie führt durch den Abend./Jonas Berg, Lotse/Er bringt Schiffe herein.             |
                    Hosted by Tom Reed//Tom Reed, host/He opens the evening./Nora Ekdahl, mapmaker/She draws the coast by hand.                            |
                    Tom Reed, the “lamp man”/He fixes every lamp on the quay./Nora Ekdahl, mapmaker/She draws the coast by hand.                           |
                    Der Hafen im Winter./Mara Quill, Historikerin/Sie zählt Türme./Jonas Berg, Lotse/Er bringt Schiffe herein.                              |
                    """)
    void linesOfThatLookThatAreNoGuests(String notes, String names) {
        assertThat(guests(notes)).containsExactlyElementsOf(expected(names));
    }

    /**
     * Teams, credits, casts, letters, reviews, reading lists, news, obituaries and speakers in that
     * look: no guests, whether their role or the line above them tells it.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Greta Hansen, Moderatorin/Sie führt seit zehn Jahren durch die Sendung./Jonas Berg, Redakteur/Er recherchiert jede Folge.
                    Tom Reed, host and producer/He has presented the show since the start./Nora Ekdahl, editor/She cuts every episode.
                    Claire Dubois, productrice/Elle prépare chaque émission./Oskar Lind, réalisateur/Il règle le son.
                    Transcript//Tom Reed, host/Welcome back to the harbour./Nora Ekdahl, guest/Thanks for having me./Tom Reed, host/So let us start.
                    Met dank aan//Sanne de Vries, montage/Zij knipte de aflevering./Joris Bakker, muziek/Hij schreef de tune.
                    Reparto de la película que comentamos//Lucía Prado, actriz/Hace de farera./Tomás Vidal, actor/Hace de pescador.
                    Hörerpost der Woche//Jonas Berg, Hamburg/Ich höre jeden Sonntag zu./Greta Hansen, Kiel/Danke für die Folge.
                    Jonas Berg, Bad Segeberg/Ich höre jeden Sonntag zu./Greta Hansen, Sankt Peter/Danke für die Folge.
                    Tom Reed, New Haven/Great episode./Nora Ekdahl, Santa Cruz/I loved every minute.
                    What listeners say//Tom Reed, Ohio/Great episode./Nora Ekdahl, Oslo/I loved every minute.
                    Mara Quill, Hamburg/Ich höre jeden Sonntag zu./Jonas Berg, Bremen/Danke für die schöne Folge.
                    Tom Reed, Ohio/Great episode, thanks./Nora Ekdahl, Oslo/I loved every minute.
                    Claire Dubois, Lyon/J'écoute chaque semaine./Oskar Lind, Genève/Merci pour cet épisode.
                    Books mentioned in this episode//Mara Quill, The Lighthouse Keepers/A history of the coast./Jonas Berg, Salt and Iron/A novel.
                    Mara Quill, The Lighthouse Keepers/A history of the coast./Jonas Berg, Salt and Iron/A novel about a port.
                    Die Themen der Sendung//Henrik Vogt, Bundesminister/Er stellt den Hafenplan vor./Claire Dubois, französische Premierministerin/Sie besucht Kiel.
                    Zum Tod zweier Autoren//Mara Quill, 1923 bis 2001/Sie schrieb über Leuchttürme./Jonas Berg, 1930 bis 2012/Er schrieb über Lotsen.
                    Mara Quill, 1923 bis 2001/Sie schrieb über Leuchttürme./Jonas Berg, 1930 bis 2012/Er schrieb über Lotsen.
                    We also recorded a panel that we did not air. Speakers in the panel://Tom Reed, sailor/He crossed alone./Nora Ekdahl, mapmaker/She draws the coast.
                    """)
    void teamsCreditsAndOtherListsGiveNoGuests(String notes) {
        assertThat(guests(notes)).isEmpty();
    }
}
