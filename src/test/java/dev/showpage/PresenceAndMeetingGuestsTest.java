package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guests named by being with the host now ("Hoy está con nosotros X", "X is with us today"), by a
 * closing phrase with where they come from ("Heute ist wieder einmal X aus der Redaktion zu Gast"),
 * by a conversation that "is with" them ("the interview of the week is with X"), by the Italian
 * future of "we" ("chiacchiereremo con X"), and by being made to meet the listener ("je vous fais
 * rencontrer X"). Every name and sentence is made up; each row's expected guests are the names its
 * sentence introduces, or none.
 */
class PresenceAndMeetingGuestsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Hoy está con nosotros Tomás Ferro, capitán del puerto.                 | Tomás Ferro
                    Esta semana está conmigo Inés Calder para hablar de faros.             | Inés Calder
                    Oggi è con noi Lia Marchetti, esperta di fari.                         | Lia Marchetti
                    Hoje está connosco Rui Serrano, engenheiro do porto.                   | Rui Serrano
                    Cette semaine est avec nous Camille Roux, gardienne de phare.          | Camille Roux
                    Nora Vance is with us today to talk about lamps.                       | Nora Vance
                    Tomás Ferro está con nosotros para hablar del puerto.                  | Tomás Ferro
                    Hoy está con nosotros Lucía, que sabe mucho de redes.                  | Lucía
                    Nora Vance was with us last spring to talk about lamps.                |
                    Hoy está con nosotros la música de Harbour Lights.                     |
                    Our thoughts are with Nora Vance and her family.                       |
                    Hoy está con nosotros, como siempre, el ruido del puerto.              |
                    Hoy está con nosotros mi copresentadora Lucía Ferro.                   |
                    """)
    void theOneWithUsNowIsTheGuest(String sentence, String names) {
        assertGuests(sentence, names);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Heute ist wieder einmal Greta Hansen aus der Wirtschaftsredaktion zu Gast. | Greta Hansen
                    Bei uns ist diesmal Henrik Vogt vom Institut für Meereskunde zu Gast.     | Henrik Vogt
                    Vandaag is Femke Bos van de Universiteit Utrecht te gast.                 | Femke Bos
                    Heute ist Jonas aus Kiel bei uns zu Gast.                                 | Jonas
                    Mara Quill aus Bergen ist heute zu Gast.                                  | Mara Quill
                    Heute ist Ursula von der Brelie zu Gast.                                  | Ursula von der Brelie
                    Heute sind wir aus Berlin bei Freunden zu Gast.                           |
                    Der Bürgermeister aus Kiel ist heute zu Gast.                             |
                    Wir waren letztes Jahr aus Neugier beim Hafenfest zu Gast.                |
                    """)
    void aGuestFromSomewhereIsTheGuest(String sentence, String names) {
        assertGuests(sentence, names);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    The interview of the week is with Oskar Lind, a boat builder.          | Oskar Lind
                    Notre entretien de la semaine est avec Claire Dubois, autrice.          | Claire Dubois
                    La charla de hoy es con Jorge Ruiz, periodista.                        | Jorge Ruiz
                    Het gesprek van deze week is met Sanne de Vries.                       | Sanne de Vries
                    A conversa desta semana é com Ana Lima, professora.                    | Ana Lima
                    We think the answer is with Oskar Lind.                                |
                    The future of the harbour is with Oskar Lind.                          |
                    We talked, and the money is with Oskar Lind.                           |
                    """)
    void aConversationThatIsWithSomeoneNamesTheGuest(String sentence, String names) {
        assertGuests(sentence, names);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Oggi chiacchiereremo con Paolo Neri di fari e barche.                  | Paolo Neri
                    In questa puntata parleremo con Lia Marchetti.                          | Lia Marchetti
                    Stasera finiremo con Dario Fontana la storia del porto.                 | Dario Fontana
                    Un caso estremo con Paolo Neri come testimone.                          |
                    Il potere supremo con Lia Marchetti al comando.                         |
                    """)
    void theItalianFutureOfWeSpeaksWithTheGuest(String sentence, String names) {
        assertGuests(sentence, names);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Cette semaine, je vous fais rencontrer Lucie Marchand, potière.         | Lucie Marchand
                    Oggi vi faccio conoscere Dario Fontana, liutaio.                        | Dario Fontana
                    Hoy os hago conocer a Marta Gil, apicultora.                            | Marta Gil
                    Hoje vos faço conhecer Rui Serrano, pescador.                           | Rui Serrano
                    Je vais rencontrer Lucie Marchand demain à Lyon.                        |
                    Je vous fais rencontrer la ville de Nantes.                             |
                    Il fait rencontrer Paul Martin et ses voisins.                          |
                    """)
    void theOneTheListenerIsMadeToMeetIsTheGuest(String sentence, String names) {
        assertGuests(sentence, names);
    }

    /** The show's own crew keeps the host company, but is no guest when the host says "our". */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Hoy está con nosotros nuestro productor Oskar Lind.                 |
                    Hoy me acompaña nuestro productor Oskar Lind.                       |
                    Today with us is our producer Oskar Lind.                           |
                    Oggi è con noi il nostro tecnico Dario Fontana.                     |
                    Aujourd'hui, m'accompagne notre producteur Théo Brandt.             |
                    Hoy me acompaña el productor Oskar Lind, que graba discos.          | Oskar Lind
                    Today with us is the producer Oskar Lind, who makes records.        | Oskar Lind
                    """)
    void ourOwnCrewIsNoGuest(String sentence, String names) {
        assertGuests(sentence, names);
    }

    private static void assertGuests(String sentence, String names) {
        Episode episode = showNotes("Lamps and nets", "Notes from the quay.\n\n" + sentence);

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    private static List<String> expected(String names) {
        return names == null || names.isBlank() ? List.of() : List.of(names.trim().split(";"));
    }
}
