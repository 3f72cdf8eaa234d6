package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Among the (other) guests also X, Y and Z" in the seven languages, with made-up names, roles
 * before names, asides after them and one-word names passed over; and the runs of the same words
 * that an event, another day, a past verb, a quotation, a host's role or a bare "among the guests"
 * leave unread. Read through {@link PluralGuestSentences#find}, which calls the runs' reader.
 */
class AmongGuestRunsTest {

    private static List<String> guests(String text) {
        return PluralGuestSentences.find(text).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tra gli ospiti anche il divulgatore Paolo Neri, la cantante Giulia Conti e Marco"
                        + " Sala.|Paolo Neri;Giulia Conti;Marco Sala",
                "Fra gli ospiti di stasera: Paolo Neri e Giulia Conti.|Paolo Neri;Giulia Conti",
                "Tra gli altri ospiti della puntata, Paolo Neri, autore di un libro sulle maree,"
                        + " e Marco Sala.|Paolo Neri;Marco Sala",
                "Parmi les autres invités, on note Claire Dubois, Lou, la peintre, et Paul"
                        + " Martin.|Claire Dubois;Paul Martin",
                "Parmi les invités de l'émission, on retrouve aussi le chanteur Hugo Lenoir ou"
                        + " encore Anne Viret.|Hugo Lenoir;Anne Viret",
                "Unter den weiteren Gästen sind auch Jonas Weber und Lea Brandt.|Jonas Weber;Lea"
                        + " Brandt",
                "Unter den heutigen Gästen: der Segler Jonas Weber und Greta Holm.|Jonas"
                        + " Weber;Greta Holm",
                "Among tonight's guests are Mara Quill, a historian of maps, and Tom Reed.|Mara"
                        + " Quill;Tom Reed",
                "Among the other guests, Mara Quill and Tom Reed.|Mara Quill;Tom Reed",
                "Entre los invitados de hoy, también Lucía Pérez y Jorge Ruiz.|Lucía Pérez;Jorge"
                        + " Ruiz",
                "Entre os outros convidados estão a escritora Ana Lima e Rui Costa.|Ana Lima;Rui"
                        + " Costa",
                "Onder de andere gasten ook Sanne Vermeer en Joris van Dam.|Sanne Vermeer;Joris"
                        + " van Dam",
                "Het wordt een drukke avond. Onder de gasten van vanavond zijn Eva Smit en Piet"
                        + " Bakker.|Eva Smit;Piet Bakker",
                "Tra gli ospiti anche Paolo Neri, il cui padre Marco Sala fu regista, e Giulia"
                        + " Conti.|Paolo Neri;Giulia Conti",
            })
    void namesEachGuestOfTheRun(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // nothing ties a bare "among the guests" to this edition
                "Among the guests, Mara Quill and Tom Reed.",
                "Tra gli ospiti, Paolo Neri e Giulia Conti.",
                "Parmi les invités : Claire Dubois et Paul Martin.",
                // a past verb
                "Among the guests were Mara Quill and Tom Reed.",
                "Parmi les autres invités, on notait Claire Dubois et Paul Martin.",
                "Unter den Gästen waren auch Jonas Weber und Lea Brandt.",
                // an event in the paragraph before the run
                "Die Buchmesse beginnt heute. Unter den Gästen sind auch Jonas Weber und Lea"
                        + " Brandt.",
                "El concierto empieza a las nueve. Entre los invitados de hoy, también Lucía Pérez"
                        + " y Jorge Ruiz.",
                // an edition that events have too
                "Tra gli ospiti di questa edizione anche Paolo Neri e Giulia Conti.",
                "Onder de gasten van deze editie ook Sanne Vermeer en Joris van Dam.",
                // another day or a later episode
                "Domani torna la trasmissione. Tra gli ospiti anche Paolo Neri e Giulia Conti.",
                "Next week the show is back. Among the other guests, Mara Quill and Tom Reed.",
                // "among" inside a sentence speaks of someone else
                "She was among the other guests, Mara Quill said.",
                "Il était parmi les invités de ce soir, Claire Dubois et Paul Martin aussi.",
                // a quotation
                "«Parmi les autres invités, on note Claire Dubois et Paul Martin», écrit Anne"
                        + " Viret.",
                // a host's role ends the run
                "Tra gli ospiti anche la presentatrice Giulia Conti e Marco Sala.",
                // a name that does not close, or is someone's
                "Among the other guests are Mara Quill fans from the north.",
                "Among the other guests are Mara Quill's neighbours.",
            })
    void namesNoGuestOfTheRun(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
