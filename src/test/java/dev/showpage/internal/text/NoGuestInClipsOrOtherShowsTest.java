package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sentences that name someone heard or someone's guest without making that person the episode's
 * guest: "we hear X, role" opens news clips, archive recordings, performers and the show's own
 * staff as often as a guest, and "X, the guest of ..." names another show's, another station's or
 * another day's guest. No rule reads either shape; these made-up sentences of the seven languages
 * keep a later rule from reading them unnoticed.
 */
class NoGuestInClipsOrOtherShowsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a news clip or an archive recording
                "Écoutons Emmanuel Macron, président de la République, hier à Brest.",
                "Sentiamo Mario Draghi, economista, ieri a Bruxelles.",
                "Escuchamos a Diego Ruiz, futbolista del Betis, tras el partido.",
                "Ascoltiamo Marco Sala, allenatore della Juventus, dopo la partita.",
                "Ouvimos Ana Lima, economista do banco central, ontem em Brasília.",
                "Ascoltiamo Pier Paolo Pasolini, scrittore, in un'intervista del 1975.",
                "Ouvimos Clarice Lispector, escritora, numa entrevista de 1977.",
                // a performer
                "Ascoltiamo Marco Sala, violinista, che suona Vivaldi.",
                "Ouvimos Rui Paz, saxofonista, ao vivo em Lisboa.",
                "Escuchamos a Lucía Pérez, guitarrista, en directo desde Sevilla.",
                // the show's own staff
                "Écoutons Paul Martin, chroniqueur de l'émission, sur l'actualité.",
                "Escuchamos a Diego Ruiz, colaborador del programa, desde Madrid.",
                "Ouvimos Rui Paz, colunista do programa, sobre o mercado.",
                "Ascoltiamo Marco Sala, redattore del programma, sul voto.",
                "Nous écoutons Paul Martin, chroniqueur, sur la grève.",
            })
    void namesNoOneHeard(String text) {
        assertThat(guests(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // another station's or show's guest
                "Claire Dubois, l'invitée du jour de France Inter, a critiqué le gouvernement.",
                "Claire Dubois, l'invitée du jour sur RTL, a critiqué le gouvernement.",
                "Lea Brandt, der Gast der Sendung Anne Will, kritisierte die Regierung.",
                "Joris van Dam, de studiogast van De Wereld Draait Door, zei gisteren veel.",
                "Lucía Pérez, la invitada del programa de Antena 3, dijo que no.",
                "Marco Sala, l'ospite della puntata di Porta a Porta, ha detto di no.",
                "Rui Paz, o convidado do programa Roda Viva, disse que não.",
                "Mara Quill, the studio guest on BBC Breakfast, said no.",
                // an earlier broadcast's guest
                "Jonas Weber, der Studiogast von gestern, kritisierte die Regierung.",
                "Joris van Dam, de studiogast van gisteren, stuurde ons een brief.",
                "Joris van Dam, de sportgast van afgelopen zondag, stuurde ons een brief.",
                "Joris van Dam, de gast van aflevering 40, stuurde ons een brief.",
                "Lucía Pérez, la invitada del episodio 40, nos escribió.",
                "Claire Dubois, l'invitée de l'épisode 40, nous a écrit.",
                // a guest of honour
                "Lucía Pérez, la invitada de honor del programa, cortó la tarta.",
                "Rui Paz, o convidado de honra do programa, cortou o bolo.",
            })
    void namesNoOtherShowsGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
