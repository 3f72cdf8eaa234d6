package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whoever notes introduce for a later episode ("Next week, X joins me", "I will be back on Friday,
 * when X joins me", "la semaine prochaine, je reçois X") is no guest of this one; what a sentence
 * says before it speaks of later stays this episode's. Every name and sentence is made up.
 */
class LaterEpisodeGuestsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Next week, Mara Quill joins me to talk about lamps.                        |
                    I will be back on Friday, when harbour pilot Oskar Lind joins me from Bergen. |
                    I'll be back with a bonus show soon, when Oskar Lind joins me.            |
                    La semaine prochaine, je reçois Claire Dubois.                            |
                    Nächste Woche ist Greta Hansen bei uns zu Gast.                           |
                    Nächstes Mal begrüße ich Henrik Vogt im Studio.                           |
                    En el próximo episodio me acompaña Lucía Ferro.                           |
                    Nella prossima puntata parleremo con Lia Marchetti.                       |
                    In the next episode I talk with Oskar Lind about boats.                   |
                    In de volgende aflevering schuift Femke Bos aan.                          |
                    Today I talk with Oskar Lind. Next week, Mara Quill joins me.             | Oskar Lind
                    Mara Quill joins me today, and she will be back next week.                | Mara Quill
                    This time I talk with Oskar Lind about the next harbour festival.         | Oskar Lind
                    """)
    void aLaterEpisodesGuestIsNoneOfThisOne(String sentence, String names) {
        Episode episode = showNotes("Lamps and nets", "Notes from the quay.\n\n" + sentence);

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    private static List<String> expected(String names) {
        return names == null || names.isBlank() ? List.of() : List.of(names.trim().split(";"));
    }
}
