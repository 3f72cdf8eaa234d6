package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guests of the dash items after a heading of the episode's people ("With us in this episode:",
 * {@link EpisodeItemNames}), each naming people before what they talk about, in made-up guide lines
 * of the seven languages; items that name papers, topics or the show's own people; and items under
 * a bare "In this episode:", which are headlines as often.
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
                "Met in deze aflevering: - Sabine Vermeer over tulpen - Joris van Dam over"
                        + " dijken|Sabine Vermeer;Joris van Dam",
                "With us in this episode: -Mara Quill and Tom Reed about tides. -Participants Ana"
                        + " and Rui about their trip.|Mara Quill;Tom Reed;Ana;Rui",
                "Mit in dieser Sendung: -Lea Brandt und Jonas Weber über das Watt. -Christian Weber"
                        + " über Deiche.|Lea Brandt;Jonas Weber;Christian Weber",
                "Avec nous dans cette émission : -Claire Dubois et Paul Martin sur les vendanges."
                        + " -Vincent Roux sur le vin.|Claire Dubois;Paul Martin;Vincent Roux",
                "Con nosotros en este programa: -Lucía Pérez y Jorge Ruiz sobre el puerto. -Autores"
                        + " Ana y Luis sobre sus libros.|Lucía Pérez;Jorge Ruiz;Ana;Luis",
                "Ospiti in questa puntata: -Paolo Neri e Giulia Conti su Venezia. -Marco Sala su"
                        + " Trieste.|Paolo Neri;Giulia Conti;Marco Sala",
                "Convidados neste episódio: -Ana Lima, Rui Costa e Joana Ferreira sobre o mar."
                    + " -Pedro Alves sobre o vento.|Ana Lima;Rui Costa;Joana Ferreira;Pedro Alves",
                "Met in deze uitzending: -Peter Jansen en Joris van Dam over de haven. -Sabine"
                        + " Vermeer over tulpen.|Peter Jansen;Joris van Dam;Sabine Vermeer",
                "Guests in this episode: -Heather Quill and Tom Reed about tides. -Vincent Lind"
                        + " about ropes.|Heather Quill;Tom Reed;Vincent Lind",
            })
    void namesThePeopleOfEachItem(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    /** Lists under a heading of the episode's people whose items are of another shape. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Met in deze uitzending: -De Telegraaf en Het Parool over de verkiezingen. -De"
                        + " Volkskrant en Trouw over de begroting.",
                "With us in this episode: -Harbour Radio news. -Tides and ropes.",
                "With us in this episode: -Ana and Rui about their trip. -Lena and Jo about"
                        + " ropes.",
                "With us in this episode: -Presenter Mara Quill about the new season. -Host Tom"
                        + " Reed about ropes.",
                "With us in this episode: -Mara Quill's garden about to bloom. -Tom Reed's boat"
                        + " about to sink.",
                "With us in this episode: -Mara Quill and Tom Reed on tides. -Ana Lima on ropes.",
                "Mit uns in dieser Sendung: -Christian und Lea über das Watt. -Jonas und Tim über"
                        + " Deiche.",
                "With us in this episode: -Presenters Ana and Rui about their trip. -Copresenter"
                        + " Ana Lima about ropes.",
                "Con nosotros en este programa: -Copresentadora Ana Gil sobre el puerto."
                        + " -Presentadores Luis y Ana sobre el mar.",
                "With us in this episode: -Mara Quill and Tom Reed about. -Ana Lima about.",
                "With us in this episode: -Real Madrid about to sign a striker. -Harbour United"
                        + " about to sack the manager.",
                "Guests in this episode: -Storm Ciara about to reach the coast. -Mara Quill about"
                        + " to retire.",
                "Met in deze uitzending: -Moderatorinnen Anouk en Pim over de haven. -Sabine"
                        + " Vermeer over tulpen.",
            })
    void namesNoOneInItemsOfAnotherShape(String text) {
        assertThat(guests(text)).isEmpty();
    }

    /**
     * Two items of the shape under a heading that does not say they are the episode's people: a
     * bare "In this episode:" opens headlines as often, and the about-words are place words too.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "In this episode: -Real Madrid about to sign Mbappé. -Manchester United about to"
                        + " sack the manager.",
                "In this episode: -Golden State over Boston. -Denver Nuggets over Miami Heat.",
                "Dans cette émission : -Emmanuel Dubois sur le banc de touche. -Kylian Mbappé sur"
                        + " le terrain.",
                "In deze uitzending: -Max Vermeer over de finish als eerste. -Joris van Dam over"
                        + " de streep.",
                "In dieser Sendung: -Angela Brandt über die Schulter geschaut. -Jonas Weber über"
                        + " die Grenze.",
                "In questa puntata: -Chiara Conti su Instagram. -Marco Sala su TikTok.",
                "In this episode: -Donald Trump about tariffs. -Angela Merkel about her memoirs.",
                "En este programa: -Pedro Sánchez sobre la amnistía. -Alberto Núñez Feijóo sobre"
                        + " las elecciones.",
                "Neste episódio: -Ana Lima sobre o mar. -Rui Costa sobre o vento.",
                "A note about this episode: -Mara Quill and Tom Reed about tides. -Ana Lima about"
                        + " ropes.",
                "Met Sabine Vermeer: -Joris van Dam over de haven. -Peter Jansen over tulpen.",
                "Dat was het. Met in deze uitzending alleen muziek: -Joris van Dam over de haven."
                        + " -Peter Jansen over tulpen.",
            })
    void namesNoOneUnderAHeadingOfTopics(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
