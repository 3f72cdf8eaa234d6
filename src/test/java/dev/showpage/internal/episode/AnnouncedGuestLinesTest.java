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
 * A sentence with a plural guest word that ends in a colon, over one line per guest that opens with
 * the name and goes on with what the guest comes for: the edition's guests, in order; and the lines
 * of the same look that list no one. Made-up notes; {@code /} in a row stands for a line break,
 * {@code //} for a blank line.
 */
class AnnouncedGuestLinesTest {

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
                    Voici les invités de la soirée :/Mara Quill pour son nouveau livre./Oskar Lind et son spectacle.       | Mara Quill;Oskar Lind
                    Voici les invités de la soirée ://Mara Quill pour son nouveau livre.//Oskar Lind dans le film du mois. | Mara Quill;Oskar Lind
                    Diese Gäste sitzen heute auf dem Sofa:/Jonas Berg mit seinem Film./Greta Hansen und Henrik Vogt für ihr Buch. | Jonas Berg;Greta Hansen;Henrik Vogt
                    Estos son los invitados de la semana:/Lucía Prado para presentar su disco./Tomás Vidal y Nuria con su obra.  | Lucía Prado;Tomás Vidal;Nuria
                    Gli ospiti della puntata:/Lia Marchetti per il suo romanzo./Paolo Serra e il suo nuovo film.          | Lia Marchetti;Paolo Serra
                    Tonight's guests on the couch:/Tom Reed, who sailed alone round the cape./Nora Ekdahl with her maps.   | Tom Reed;Nora Ekdahl
                    Os convidados desta noite:/Rita Sousa com o seu novo disco./João Matos para falar do seu livro.       | Rita Sousa;João Matos
                    De gasten van vanavond:/Sanne de Vries over haar nieuwe boek./Joris Bakker met zijn voorstelling.      | Sanne de Vries;Joris Bakker
                    Les invités de ce soir ://Mara Quill prête à chanter son disque.//Oskar Lind dans le film du mois.    | Mara Quill;Oskar Lind
                    Tonight's guests on the couch:/Tom Reed ready to sail round the cape./Nora Ekdahl with her maps.      | Tom Reed;Nora Ekdahl
                    Los invitados de hoy:/Lucía Prado lista para cantar./Tomás Vidal con su libro.                        | Lucía Prado;Tomás Vidal
                    """)
    void theLinesUnderTheAnnouncingSentenceAreTheGuests(String notes, String names) {
        assertThat(guests(notes)).containsExactlyElementsOf(expected(names));
    }

    /**
     * A band or group with an article, a line that opens with no name, and a paragraph of prose end
     * the list; a line without a colon or without a plural guest word announces no one.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Les invités de ce soir :/Mara Quill pour son livre./Les Lanternes Bleues interpréteront leur titre.   | Mara Quill
                    Les invités de ce soir :/Mara Quill pour son livre./Sans oublier la chronique du vendredi soir.       | Mara Quill
                    Tonight's guests on the couch:/Tom Reed with his new boat.//The evening opens with the weather.      | Tom Reed
                    Die Gäste heute:/Jonas Berg mit seinem Film./Die Blauen Lampen spielen ihr neues Lied.               | Jonas Berg
                    Voici les invités de la soirée./Mara Quill pour son livre./Oskar Lind pour son film.                 |
                    Au programme ce soir :/Mara Quill pour son livre./Oskar Lind pour son film.                          |
                    Das sind die Themen der Sendung:/Hafen Nord mit seinen Schiffen./Kiel und seine Brücken.             |
                    """)
    void linesThatAreNoGuestsEndTheListOrListNoOne(String notes, String names) {
        assertThat(guests(notes)).containsExactlyElementsOf(expected(names));
    }

    /**
     * Sentences that announce another edition's guests, past ones, or ask for guests: no list under
     * them.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Die Gäste der nächsten Sendung:/Jonas Berg mit seinem neuen Film./Greta Hansen für ihr Buch über Kiel.
                    Les invités de la semaine dernière :/Mara Quill pour son livre./Oskar Lind pour son film.
                    Thanks again to last season's guests:/Tom Reed, who sailed round the cape./Nora Ekdahl with her maps.
                    Algunos de nuestros invitados anteriores:/Lucía Prado con su disco./Tomás Vidal para hablar de su libro.
                    Want to be one of our guests? Write to us at:/Tom Reed, producer, Harbour Studios, Kiel./Nora Ekdahl for bookings.
                    Gli ospiti della prossima puntata:/Lia Marchetti per il suo romanzo./Paolo Serra con il suo film.
                    """)
    void otherEditionsAndQuestionsAnnounceNoOne(String notes) {
        assertThat(guests(notes)).isEmpty();
    }

    /**
     * A host, a person merely mentioned, a band, or a line after the list's paragraph: no guests;
     * the list's guests before them stay.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Voici les invités de ce soir :/Mara Quill pour son livre.//Oskar Lind pour son émission depuis 2010.                  | Mara Quill
                    Voici les invités de ce soir :/Mara Quill pour son livre.//Oskar Lind présente l'émission depuis 2010 sur la radio.   | Mara Quill
                    Tonight's guests on the couch:/Tom Reed with his new boat./Nora Ekdahl hosts the show every Friday with a smile.       | Tom Reed
                    Tonight's guests on the couch:/Tom Reed with his new boat./Nora Ekdahl, our host, with her cards.                      | Tom Reed
                    Das sind heute die Gäste:/Jonas Berg mit seinem Film./Greta Hansen moderiert wie immer den Abend.                       | Jonas Berg
                    Gli ospiti della puntata:/Lia Marchetti per il suo romanzo./Papa Francesco ha parlato ieri del porto, ne discutiamo.    | Lia Marchetti
                    Tonight's guests on the couch:/Tom Reed with his new boat./Blue Lanterns play their new single live.                   | Tom Reed
                    Os convidados desta noite:/Rita Sousa com o seu disco./As Gaivotas tocam ao vivo no fim.                               | Rita Sousa
                    Les invités de ce soir :/Mara Quill pour son livre./Les Lanternes Bleues pour leur titre.                               | Mara Quill
                    Tonight's guests on the couch:/Tom Reed with his new boat./Harbour Lights with their new single.                      | Tom Reed
                    Les invités de ce soir :/Mara Quill pour son livre./Lanternes Bleues avec leur premier album.                           | Mara Quill
                    Gli ospiti della puntata:/Lia Marchetti per il suo romanzo./Onde Chiare con il loro disco.                              | Lia Marchetti
                    Tonight's guests on the couch:/Tom Reed with his new boat./Nora Ekdahl talks about the storm at sea.                   | Tom Reed
                    Tonight's guests on the couch:/Tom Reed with his new boat./Nora Ekdahl plays for the crowd at the end.                 | Tom Reed
                    Die Gäste heute:/Jonas Berg mit seinem Film./Greta Hansen spricht über den Hafen.                                      | Jonas Berg
                    """)
    void hostsMentionsAndBandsEndTheList(String notes, String names) {
        assertThat(guests(notes)).containsExactlyElementsOf(expected(names));
    }
}
