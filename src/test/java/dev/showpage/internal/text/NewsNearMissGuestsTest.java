package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sentences of news copy, drama and archive audio that name a person near a guest word, a reported
 * saying or a verb of hearing, in made-up pages of the seven languages: none names a guest of the
 * episode, since the person is a guest of another show, is quoted to an outlet, greets, acts or is
 * heard from a recording.
 */
class NewsNearMissGuestsTest {

    /** The guests of a one-episode page whose notes are {@code notes}. */
    private static List<String> guests(String notes) {
        String page = "The Night Ferry Hour\n\nThe week\nMarch 3, 2024 • 48 min\n\n" + notes + "\n";
        return EpisodePageParser.parse(page).episodes().stream()
                .map(Episode::people)
                .flatMap(List::stream)
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // A guest of honour, of a festival or of another show
                "Oskar Lind, guest of honour, opens the festival.",
                "Mara Quill, guest of honour at the festival, won the main prize.",
                "Parliamo del festival. Paolo Neri, ospite del Festival di Sanremo, ha cantato.",
                "Der Minister Jonas Weber, Gast bei Markus Lanz, sagte am Dienstag nichts.",
                "Jonas Weber, Gast beim Filmfest Hamburg, sprach über Kino.",
                "Claire Dubois, invitée de l'émission Quotidien sur TF1, a défendu la réforme.",
                "Lucía Pérez, invitada del programa El Hormiguero, habló de su película.",
                "Jonas Weber, Gast von Beruf und Koch aus Leidenschaft, war nie hier.",
                "Oskar Lind, guest of Mara Quill last season, returned to the studio.",
                "Rui Costa, convidado do festival de Paredes, cantou duas canções.",
                "Sabine Vermeer, gast bij Op1, sprak over de begroting.",
            })
    void aGuestOfSomethingElseIsNoGuest(String notes) {
        assertThat(guests(notes)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // A saying told to an outlet or a reporter, a host's greeting, a drama's line
                "“We will not raise taxes,” said Chancellor Mara Quill to Sky News on Sunday.",
                "“Rates will stay,” says Mara Quill to Bloomberg News. We discuss.",
                "«Não vamos subir impostos», disse o ministro Rui Costa à Rádio Renascença.",
                "«No subiremos impuestos», dijo la ministra Lucía Pérez a El País. Lo analizamos.",
                "“We verhogen de belasting niet”, zegt minister Joris van Dam tegen De Telegraaf.",
                "«Não vamos subir impostos», disse o ministro Rui Costa a Ana Lima, da Lusa.",
                "«Non cambieremo idea», ha detto Paolo Neri a Giulia Conti del Tg1.",
                "“Welcome to the show,” says Oskar Lind to Mara Quill.",
                "“Run!”, says Mara Quill to Oskar Lind, and the storm begins.",
                "« Nous ne céderons pas », confie le ministre Marc Petit à Claire Dubois.",
            })
    void aSayingReportedToSomeoneIsNoGuest(String notes) {
        assertThat(guests(notes)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Archive recordings and bands heard talking
                "From the archive, we hear Martin Luther King speak about the dream in 1963.",
                "Then we hear John Lennon talk about his songs in a 1971 recording.",
                "Dans les archives, nous entendons Edith Piaf parler de sa vie.",
                "Aus dem Archiv hören wir Willy Brandt sprechen.",
                "Del archivo escuchamos a Federico García Lorca hablar de teatro.",
                "We hear President Kennedy speak about the moon.",
                "Later we hear Harbour Lights talk about their tour.",
                "Dall'archivio sentiamo Paolo Neri raccontare la sua prima radio.",
            })
    void aVoiceHeardFromARecordingIsNoGuest(String notes) {
        assertThat(guests(notes)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tonight we're joined by Bergen's own Harbour Lights, who play live.",
                "We are joined by Kiel's very own Northern Gulls, who sing for us.",
            })
    void aPossessivesOwnIntroducesNoGuestByItself(String notes) {
        assertThat(guests(notes)).isEmpty();
    }
}
