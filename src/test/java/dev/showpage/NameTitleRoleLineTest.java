package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title that is only a person's name, with a line of role right under it ("Founder of X") and
 * notes that name the person again: the page of an interview, headed by its guest. A bare name over
 * anything else (a sentence, a credit, a host's line, a role that says no "of" or "at") may be a
 * topic's, and names no one. Every name and line is made up.
 */
class NameTitleRoleLineTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Lucie Marchand | Fondatrice de Harbour Studio     | Lucie Marchand a ouvert son atelier en 2011. | Lucie Marchand
                    Dr. Oskar Lind | Professor of Marine Biology      | Lind studies the tides of the north.        | Oskar Lind
                    Greta Hansen   | Co-founder & CEO at Tidewater    | Greta Hansen baut seit Jahren Boote.        | Greta Hansen
                    Jorge Ruiz     | Periodista, Radio del Puerto     | Jorge Ruiz escribe sobre faros.             | Jorge Ruiz
                    Deep Work      | Founder stories from the coast   | Deep Work is about focus.                   |
                    Mara Quill     | Host of The Night Ferry          | Mara Quill reads the news.                  |
                    Mara Quill     | Producer: Oskar Lind             | Mara Quill reads the news.                  |
                    Oskar Lind     | Writer of songs, who lives in Bergen. | Lind writes.                           |
                    Harbour Lights | Founder of Tidewater             | The lamps of the port at night.             |
                    Oskar Lind     | A story about lamps               | Oskar Lind tells it.                       |
                    """)
    void aNameOverARoleHeadsTheGuestsPage(String title, String role, String bio, String names) {
        Episode episode = showNotes(title, role + "\n\n" + bio);

        if (names == null) {
            assertThat(guests(episode)).isEmpty();
        } else {
            assertThat(guests(episode)).containsExactly(names.trim());
        }
    }
}
