package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The person the notes open by describing is the guest: the first sentence that is no question
 * (notes often open with one or two), under any one-word heading, a name and then a copula or a
 * verb a person does, with a role noun in that sentence; a German or Dutch role noun in capitals
 * right after a later copula counts ("hat ... gegründet und ist seit Jahren Abgeordnete"). Every
 * name and sentence is made up; each row's expected guests are those its notes describe, or none.
 */
class OpeningDescribedGuestTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Mara Quill is a historian of lighthouses and their keepers.                           | Mara Quill
                    Do we still need lighthouses? Mara Quill is a historian of their keepers.              | Mara Quill
                    Who keeps the lamps? Who pays? Oskar Lind is an engineer at the harbour office.        | Oskar Lind
                    Brauchen wir noch Leuchttürme? Greta Hansen hat einen Verein gegründet und ist seit Jahren Bürgermeisterin der Stadt. | Greta Hansen
                    Greta Hansen hat den Hafen 20 Jahre geleitet und ist heute Beraterin der Stadt.        | Greta Hansen
                    Mara Quill hosts the show and is a teacher of knots.                                   |
                    Do we still need lighthouses? We think so, and Mara Quill agrees with us.              |
                    The lighthouse is a building whose keeper is gone.                                     |
                    Greta Hansen hat den Hafen besucht und ist dann nach Hause gefahren.                   |
                    """)
    void theOpeningDescribesTheGuest(String opening, String names) {
        Episode episode =
                showNotes("Lamps and nets", "POPULAR\n\n" + opening + "\n\nMore on the quay.");

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    private static List<String> expected(String names) {
        return names == null || names.isBlank() ? List.of() : List.of(names.trim().split(";"));
    }
}
