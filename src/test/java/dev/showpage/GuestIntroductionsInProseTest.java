package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guests introduced in prose in the ways notes and transcripts of several languages do it: a guest
 * word before a name with a comma after it, "with" a name after a verb of "we", a conversation word
 * after the name, two names joined by each language's "and", a host's welcome, and a title that is
 * a name the notes speak of as someone spoken with. Every name and sentence is made up; each row's
 * expected guests are the names its sentence introduces, or none.
 */
class GuestIntroductionsInProseTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Today our guest Mara Quill, one of the founders, tells us how it began. | Mara Quill
                    Oggi è nostro ospite Oskar Lind, uno degli autori del sito.             | Oskar Lind
                    Notre invité Théo Brandt, fondateur du collectif, raconte ses débuts.    | Théo Brandt
                    Regressamos ao tema com Ana Lobo e Rui Serrano Vaz.                     | Ana Lobo;Rui Serrano Vaz
                    Hablamos de barcos con Inés Calder y Tomás Ferro.                       | Inés Calder;Tomás Ferro
                    Parliamo di reti con Lia Marchetti e Dario Conte.                        | Lia Marchetti;Dario Conte
                    Com Daniel Rocha conversamos sobre os faróis da costa.                   | Daniel Rocha
                    With Mara Quill we look at the lamps of the old quay.                    | Mara Quill
                    Mara Quill, welcome to the show. Thank you for having me.               | Mara Quill
                    Welcome back, Dr. Oskar Lind. It is good to be here.                     | Oskar Lind
                    Bem-vinda, Ana Lobo, ao programa de hoje.                                | Ana Lobo
                    Welkom, Sanne de Wit, in de studio.                                      | Sanne de Wit
                    Herzlich willkommen, Jonas Keller, bei uns im Studio.                    | Jonas Keller
                    The ferries run with Harbour Lines and Quay Transit all year.            |
                    Welcome to the show, everyone. Today it is just me.                      |
                    The nets were made with Northern Twine and sold in Bergen.               |
                    """)
    void proseIntroducesTheGuest(String sentence, String names) {
        Episode episode = showNotes("Lamps and nets", "Notes from the quay.\n\n" + sentence);

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    /**
     * "Episode N: Name" titles of a recap listing, each over a paragraph that speaks of the person
     * as someone the writer spoke with ("Dan and I", "Carlos’"); a name the notes never speak of
     * that way is no guest.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Mara and I sat on the quay for an afternoon and talked about the lamps.    | Mara Quill
                    Quill and I go back years; we finally recorded this one in March.          | Mara Quill
                    I’m Tobias’ biggest fan and have been since the first ferry book.         |
                    Mara e eu falamos sobre faróis e redes durante uma tarde inteira.          | Mara Quill
                    The lamps of the quay were lit for the last time in March of that year.   |
                    """)
    void aTitleThatIsANameNamesTheGuestTheNotesSpeakWith(String paragraph, String names) {
        Page page =
                EpisodePageParser.parse(
                        "Recap of the first episodes\n"
                                + "Episode 1: Mara Quill\n"
                                + paragraph
                                + "\nEpisode 2: Tobias Ferro\n"
                                + "Tobias’ book on ferries came out in May, and I read it twice.\n"
                                + "Episode 3: Ines Calder\n"
                                + "Ines and I met at the harbour festival, where she ran the"
                                + " lamp walk.\n");

        assertThat(page.episodes()).hasSize(3);
        assertThat(guests(page.episodes().get(0))).containsExactlyElementsOf(expected(names));
        assertThat(guests(page.episodes().get(1))).containsExactly("Tobias Ferro");
        assertThat(guests(page.episodes().get(2))).containsExactly("Ines Calder");
    }

    private static List<String> expected(String names) {
        return names == null || names.isBlank() ? List.of() : List.of(names.trim().split(";"));
    }
}
