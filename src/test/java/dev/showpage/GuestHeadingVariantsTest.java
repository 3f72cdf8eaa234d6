package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guest headings as pages decorate them: markdown's bold ("**Guests:**"), a dash for the colon
 * ("Guests — X and Y"), and items under the heading that open with a list marker ("- X (role)", "*
 * X, role"); and the lines of the same shapes that head no guests. Every name is made up; {@code /}
 * in a row stands for a line break.
 */
class GuestHeadingVariantsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Guests:/- Mara Quill (historian)/- Oskar Lind (boat builder)   | Mara Quill;Oskar Lind
                    Gäste:/* Greta Hansen, Lotsin/* Henrik Vogt, Kapitän           | Greta Hansen;Henrik Vogt
                    Invités :/– Claire Dubois, autrice                              | Claire Dubois
                    **Guests:** Mara Quill and Oskar Lind                           | Mara Quill;Oskar Lind
                    **Invitada:**/Lucía Ferro, periodista                           | Lucía Ferro
                    Guests — Mara Quill and Oskar Lind                              | Mara Quill;Oskar Lind
                    Ospite – Lia Marchetti                                          | Lia Marchetti
                    Guest - Mara Quill talks about lamps all night                  |
                    Guest — the new season begins                                   |
                    **Hosts:** Mara Quill and Oskar Lind                            |
                    Hosts — Mara Quill and Oskar Lind                               |
                    Links:/- Mara Quill (historian)/- Oskar Lind (boat builder)    |
                    Guests:/- Harbour Lights Radio/- The Lamp Society               |
                    """)
    void decoratedHeadingsListTheGuests(String notes, String names) {
        Episode episode =
                showNotes("Lamps and nets", "Notes from the quay.\n\n" + notes.replace("/", "\n"));

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    /** "About the guest" alone over a line that describes the person heads the guest's bio. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    About the guest/Mara Quill is a historian of harbour lamps.       | Mara Quill
                    Über unseren Gast/Greta Hansen ist Historikerin in Kiel.          | Greta Hansen
                    Sobre el invitado/Jorge Ruiz es periodista en Vigo.               | Jorge Ruiz
                    Over de gast/Sanne de Vries is onderzoeker in Delft.              | Sanne de Vries
                    Learn more about the guest/Mara Quill is a historian of lamps.   |
                    About the host/Mara Quill is a historian of harbour lamps.        |
                    About the guest/The lamps of Bergen are old and bright.           |
                    """)
    void aboutTheGuestHeadsTheGuestsBio(String notes, String names) {
        Episode episode =
                showNotes("Lamps and nets", "Notes from the quay.\n\n" + notes.replace("/", "\n"));

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    private static List<String> expected(String names) {
        return names == null || names.isBlank() ? List.of() : List.of(names.trim().split(";"));
    }
}
