package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * More ways to say who the guest is: a guest word with words of time and a comma before the name
 * ("Our guest this week, X, ..."), the Spanish personal "a" after it ("como invitada a X"), a guest
 * had ("Heute habe ich X zu Gast", "Vandaag hebben we X te gast"), and in titles a name "on" a
 * topic after an episode number or a separator ("#12 X über Y", "Topic: X on Y") when the notes
 * introduce or describe that person. Every name and sentence is made up.
 */
class GuestLineVariantsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Our guest this week, Mara Quill, tells us about lamps.             | Mara Quill
                    Notre invitée cette semaine, Claire Dubois, raconte sa vie.        | Claire Dubois
                    Tenemos como invitada a Lucía Ferro.                               | Lucía Ferro
                    Heute habe ich Greta Hansen zu Gast.                               | Greta Hansen
                    Wir haben heute Greta Hansen zu Gast.                              | Greta Hansen
                    Heute habe ich Jonas zu Gast, der Leuchttürme baut.                | Jonas
                    Vandaag hebben we Sanne de Vries te gast.                          | Sanne de Vries
                    Heute ist Greta Hansen zu Gast.                                    | Greta Hansen
                    Our guest this week, as always, is a surprise.                     |
                    Wir hatten letztes Jahr viele Gäste zu Gast.                       |
                    Every guest list, Harbour Lights included, is long.                |
                    """)
    void guestLinesNameTheGuest(String sentence, String names) {
        Episode episode = showNotes("Lamps and nets", "Notes from the quay.\n\n" + sentence);

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    #12 Mara Quill über Leuchttürme        | Mara Quill ist Historikerin in Kiel.    | Mara Quill
                    Ep. 7: Oskar Lind on Boats              | Oskar Lind is a boat builder in Bergen. | Oskar Lind
                    Why Lamps Matter: Oskar Lind on Boats   | Oskar Lind is a boat builder in Bergen. | Oskar Lind
                    Lamps – Lucía Ferro sobre los faros     | Lucía Ferro es periodista en Vigo.      | Lucía Ferro
                    #12 Mara Quill über Leuchttürme        | Notes from the quay.                    |
                    Deep Work: Focus Mode on Mondays        | Focus Mode is an app for phones.        |
                    Ep. 7: Harbour Lights on Tour           | Harbour Lights is a band from Bergen.   |
                    """)
    void aNameOnATopicInsideATitleIsTheGuestTheNotesDescribe(
            String title, String notes, String names) {
        Episode episode = showNotes(title, notes);

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    private static List<String> expected(String names) {
        return names == null || names.isBlank() ? List.of() : List.of(names.trim().split(";"));
    }
}
