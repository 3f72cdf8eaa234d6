package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guests of the dash items after "In this episode:" ({@link EpisodeItemNames}), each naming
 * people before what they talk about, in made-up guide lines of the seven languages; and items of
 * the same shape that name papers, topics or the show's own people.
 */
class EpisodeItemNamesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Met in deze uitzending: -Sabine Vermeer en visser Joris van Dam over de haven."
                        + " -Deelnemers Anouk en Pim over de vangst.|Sabine Vermeer;Joris van"
                        + " Dam;Anouk;Pim",
                "In deze aflevering: - Sabine Vermeer over tulpen - Joris van Dam over"
                        + " dijken|Sabine Vermeer;Joris van Dam",
                "In this episode: -Mara Quill and Tom Reed about tides. -Participants Ana and Rui"
                        + " about their trip.|Mara Quill;Tom Reed;Ana;Rui",
                "In dieser Sendung: -Lea Brandt und Jonas Weber über das Watt. -Christian Weber"
                        + " über Deiche.|Lea Brandt;Jonas Weber;Christian Weber",
                "Dans cette émission : -Claire Dubois et Paul Martin sur les vendanges. -Vincent"
                        + " Roux sur le vin.|Claire Dubois;Paul Martin;Vincent Roux",
                "En este programa: -Lucía Pérez y Jorge Ruiz sobre el puerto. -Autores Ana y Luis"
                        + " sobre sus libros.|Lucía Pérez;Jorge Ruiz;Ana;Luis",
                "In questa puntata: -Paolo Neri e Giulia Conti su Venezia. -Marco Sala su"
                        + " Trieste.|Paolo Neri;Giulia Conti;Marco Sala",
                "Neste episódio: -Ana Lima, Rui Costa e Joana Ferreira sobre o mar. -Pedro Alves"
                        + " sobre o vento.|Ana Lima;Rui Costa;Joana Ferreira;Pedro Alves",
                "In deze uitzending: -Peter Jansen en Joris van Dam over de haven. -Sabine"
                        + " Vermeer over tulpen.|Peter Jansen;Joris van Dam;Sabine Vermeer",
                "In this episode: -Heather Quill and Tom Reed about tides. -Vincent Lind about"
                        + " ropes.|Heather Quill;Tom Reed;Vincent Lind",
            })
    void namesThePeopleOfEachItem(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In deze uitzending: -De Telegraaf en Het Parool over de verkiezingen.",
                "In this episode: -Harbour Radio news. -Tides and ropes.",
                "In this episode: -Ana and Rui about their trip.",
                "In this episode: -Presenter Mara Quill about the new season.",
                "In this episode: -Mara Quill's garden about to bloom.",
                "In this episode: -Mara Quill and Tom Reed on tides.",
                "A note about this episode: -Mara Quill and Tom Reed about tides.",
                "Met Sabine Vermeer: -Joris van Dam over de haven.",
                "In this episode: -Vincent Quill about tides.",
                "In dieser Sendung: -Christian Weber und Lea Brandt über das Watt.",
                "Dans cette émission : -Emmanuel Dubois sur le banc de touche.",
                "In questa puntata: -Chiara Conti su Instagram: la polemica.",
                "In deze uitzending: -Max Vermeer over de finish als eerste.",
                "En este programa: -Lionel Pérez sobre el césped del estadio.",
                "In dieser Sendung: -Angela Brandt über die Schulter geschaut.",
                "In this episode: -Presenters Ana and Rui about their trip. -Copresenter Ana Lima"
                        + " about ropes.",
                "En este programa: -Copresentadora Ana Gil sobre el puerto. -Presentadores Luis y"
                        + " Ana sobre el mar.",
                "In this episode: -Mara Quill and Tom Reed about. -Ana Lima about.",
            })
    void namesNoOneInItemsOfAnotherShape(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
