package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verb of telling before the one who tells ("In dieser Folge erzählt Mara Quill, wie ...",
 * "..., das erzählt uns Mara Quill", "En este episodio nos cuenta Mara Quill ...") in German,
 * Dutch, Spanish, Italian, Portuguese and French, with made-up names; and the near-misses: another
 * episode, a first name alone, a host, the one who speaks with someone, a sentence with no opener
 * of the kind, "cuenta con".
 */
class InvertedSpeakersTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "In dieser Folge erzählt Dr. Tilman Ostrow, was Bienen im Winter tun.|Tilman"
                        + " Ostrow",
                "Heute erklärt die Archäologin Wiebke Sandmann, warum Scherben zählen.|Wiebke"
                        + " Sandmann",
                "Wer räumt nachts die Bahnhöfe auf? Das erzählt uns Konrad Elsholz.|Konrad"
                        + " Elsholz",
                "In dieser Folge geht es um Museen. Außerdem berichtet Jana Wittkamp von ihrer"
                        + " Reise.|Jana Wittkamp",
                "In deze aflevering vertelt Femke Dijkgraaf hoe je een dijk bouwt.|Femke"
                        + " Dijkgraaf",
                "Deze aflevering gaat over havens. Daarnaast vertelt Ruud Kleinveld over zijn"
                        + " werk.|Ruud Kleinveld",
                "En este episodio nos cuenta Alba Quintero cómo se cultiva el arroz.|Alba"
                        + " Quintero",
                "Es lo que nos explica Rodrigo Salcedo, ingeniero de caminos.|Rodrigo Salcedo",
                "In questa puntata ci racconta Matteo Ferlini come nasce un violino.|Matteo"
                        + " Ferlini",
                "Come si restaura un affresco? Ce lo racconta Giada Montefusco.|Giada"
                        + " Montefusco",
                "Neste episódio, conta-nos Beatriz Lacerda como se faz um azulejo.|Beatriz"
                        + " Lacerda",
                "C'est ce que nous raconte Hélène Marchetti, chercheuse à Lyon.|Hélène"
                        + " Marchetti",
            })
    void theOneWhoTellsAfterTheVerbIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // another episode
                "In der letzten Folge erzählt Tilman Ostrow, was Bienen im Winter tun.",
                "In de vorige aflevering vertelt Femke Dijkgraaf hoe je een dijk bouwt.",
                // a first name alone, most often the host's
                "In dieser Folge erzählt Liesel, was sie im Urlaub erlebt hat.",
                "En este episodio nos cuenta Alba cómo le fue el viaje.",
                // a host
                "In dieser Folge erzählt Moderatorin Wiebke Sandmann von ihrem Umzug.",
                "Heute erzählt unser Host Konrad Elsholz von seinem Umzug.",
                // the one who speaks with someone is the one who asks
                "In dieser Folge spricht Jana Wittkamp mit einem Imker über Honig.",
                "In deze aflevering praat Ruud Kleinveld met een visser.",
                // no opener of the kind: a quote, or a sentence that opens otherwise
                "„Ich war nie dort“, erzählt Tilman Ostrow.",
                "Im Jahr 1820 erzählt Wiebke Sandmann ihrem Bruder ein Märchen.",
                "Der Roman erzählt Konrad Elsholz' Jugend in Kiel.",
                // "cuenta con" without a listener's pronoun means "has", past an apposition too
                "Hoy cuenta Alba Quintero, la bióloga, con un barco nuevo.",
                // the speaking verbs without the listener's pronoun: the host as often
                "Heute spricht Jana Wittkamp über Honig.",
                "Oggi parla Matteo Ferlini di violini.",
                // the listener addressed as "you", as ads do
                "Heute erklärt euch Konrad Elsholz, wie man spart.",
                "Aujourd'hui vous explique Hélène Marchetti comment épargner.",
                // a host or a reporter named after an article or in apposition
                "Heute erzählt die Moderatorin Wiebke Sandmann von ihrem Umzug.",
                "En este episodio nos cuenta Alba Quintero, nuestra corresponsal, cómo vive.",
                "In deze aflevering vertelt onze verslaggever Ruud Kleinveld over de haven.",
                // an English verb after an English opener
                "In this episode we describe Tilman Ostrow and his bees.",
                // the adverb with nothing before it of an episode or a guest
                "Der Hafen wächst. Daarnaast vertelt Ruud Kleinveld over de haven.",
                // another edition later in the sentence
                "In deze aflevering vertelt Femke Dijkgraaf over de dijk, net als vorige week.",
            })
    void noGuestWithoutTheShape(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
