package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Today I am joined by X" as hosts say it in each language the parser reads: a verb of keeping
 * company with "me" or "us" ("Hoy me acompaña", "Oggi mi accompagna", "Hoje me acompanha",
 * "m'accompagne"), a verb of receiving in the first person ("je reçois", "recibimos a", "heute
 * begrüße ich", "vandaag ontvang ik"), "with me ... is", and a closing phrase after the name ("bei
 * mir zu Gast", "te gast", "schuift ... aan"). After these phrases a first name alone names the
 * guest. Every name and sentence is made up; each row's expected guests are the names its sentence
 * introduces, or none.
 */
class CompanionPhraseGuestsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Hoy me acompaña Lucía, que sabe mucho de faros.                        | Lucía
                    Esta semana nos acompaña Tomás Ferro, capitán del puerto.               | Tomás Ferro
                    Hoy me acompaña la periodista Inés Calder para hablar de barcos.        | Inés Calder
                    Hoy me acompaña mi amiga Rocío y hablamos de redes.                      | Rocío
                    Oggi mi accompagna Dario, esperto di reti.                               | Dario
                    Oggi ci accompagna Lia Marchetti per parlare di fari.                    | Lia Marchetti
                    Hoje me acompanha Beatriz, que mora no Porto.                            | Beatriz
                    Hoje acompanha-me o engenheiro Rui Serrano.                              | Rui Serrano
                    Aujourd'hui, m'accompagne Théo Brandt, gardien de phare.                 | Théo Brandt
                    Aujourd’hui, Camille Roux m'accompagne pour parler des quais.            | Camille Roux
                    Cette semaine, nous accompagne Élodie, marinière.                        | Élodie
                    Dans cet épisode, je reçois Julien Marchal.                             | Julien Marchal
                    Heute ist Jonas bei mir zu Gast und erzählt vom Hafen.                   | Jonas
                    Heute ist Greta Hansen bei uns zu Gast.                                 | Greta Hansen
                    Greta Hansen ist heute zu Gast im Studio.                               | Greta Hansen
                    Zu Gast ist heute Henrik Vogt, Lotse im Hafen.                           | Henrik Vogt
                    Heute begrüße ich Henrik Vogt im Studio.                                 | Henrik Vogt
                    Vandaag schuift Sanne aan om te praten over dijken.                      | Sanne
                    Vandaag schuift Pieter de Wit aan.                                      | Pieter de Wit
                    Vandaag is Femke Bos te gast.                                            | Femke Bos
                    Vandaag ontvang ik Femke, sluiswachter.                                  | Femke
                    Joining me today is Nora, a lighthouse keeper.                          | Nora
                    I'm joined today by Nora Vance, who keeps the lamps.                     | Nora Vance
                    I'm joined today by Nora, who keeps the lamps.                           | Nora
                    With me today is Nora Vance.                                             | Nora Vance
                    Con me oggi c'è Dario, esperto di reti.                                  | Dario
                    Today we welcome back Nora Vance to the show.                            | Nora Vance
                    Hoy me acompaña mi copresentadora Lucía, como siempre.                   |
                    Hoy nos acompaña la música de Harbour Lights.                            |
                    Der Bürgermeister ist heute zu Gast im Studio.                           |
                    Wir sind heute zu Gast bei einem Festival in Kiel.                       |
                    Ik was vorig jaar te gast bij een festival.                              |
                    Je reçois des messages de Paul Martin chaque semaine.                    |
                    We welcome your letters and your questions.                             |
                    Hoy me acompaña, como siempre, el ruido del puerto.                      |
                    """)
    void theOneWhoKeepsTheHostCompanyIsTheGuest(String sentence, String names) {
        Episode episode = showNotes("Lamps and nets", "Notes from the quay.\n\n" + sentence);

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    /**
     * A role before a name, then a verb of telling with "us": the person speaks to the host and the
     * listeners ("the historian X tells us", "Os programadores X e Y mostram-nos"); a producer or a
     * host who tells "us" something is no guest, nor is a name without a role.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Os programadores Ana Lobo e Rui Paz mostram-nos o que a festa traz.      | Ana Lobo;Rui Paz
                    The historian Mara Quill tells us how the lamps worked.                  | Mara Quill
                    La periodista Inés Calder nos cuenta su viaje por los faros.             | Inés Calder
                    Die Forscherin Greta Hansen erzählt uns vom alten Hafen.                 | Greta Hansen
                    Cette fois, le chercheur Théo Brandt nous raconte la vie des gardiens.   | Théo Brandt
                    De onderzoeker Femke Bos vertelt ons over de dijken.                     | Femke Bos
                    Our producer Mara Quill tells us the show is over.                       |
                    In his book, Carl Hollis tells us that the sky is vast.                  |
                    The writer Mara Quill told the story long ago.                           |
                    """)
    void aRoleThatTellsUsIsTheGuest(String sentence, String names) {
        Episode episode = showNotes("Lamps and nets", "Notes from the quay.\n\n" + sentence);

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    /** A co-host named in a host line keeps the host company too, but is never a guest. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Presentado por Lucía Ferro. | Hoy me acompaña Lucía Ferro, como cada semana.
                    Hosted by Nora Vance.       | I'm joined today by Nora, who keeps the lamps.
                    Moderation: Greta Hansen.   | Heute ist Greta Hansen bei mir zu Gast.
                    """)
    void aHostIsNoGuest(String hostLine, String sentence) {
        Episode episode = showNotes("Lamps and nets", hostLine + "\n\n" + sentence);

        assertThat(guests(episode)).isEmpty();
        assertThat(episode.people()).extracting(Person::role).contains(Role.HOST);
    }

    private static List<String> expected(String names) {
        return names == null || names.isBlank() ? List.of() : List.of(names.trim().split(";"));
    }
}
