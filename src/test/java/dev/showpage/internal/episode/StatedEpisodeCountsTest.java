package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The show's episode count where a sentence states the whole of it ({@link StatedEpisodeCounts}).
 * The pages are made up: line 1 names the show ("... Podcast"), then an episode, then the sentence
 * under test.
 */
class StatedEpisodeCountsTest {

    private static OptionalInt count(String sentence) {
        return EpisodePageParser.parse(
                        "Quiet Orchard Podcast\n\nPruning in the Rain\nMay 2, 2025\n"
                                + "Notes about pruning old trees.\n\n"
                                + sentence
                                + "\n")
                .show()
                .map(Show::episodeCount)
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "The show has a total of 48 episodes.; 48",
                "This show now counts a total of 52 episodes.; 52",
                "The show comprises 40 episodes.; 40",
                "The podcast consists of twelve episodes, each half an hour.; 12",
                "Listen to all 31 episodes of the podcast.; 31",
                "Le podcast compte au total 64 épisodes.; 64",
                "Cette émission se compose de huit épisodes.; 8",
                "Le podcast a atteint les 300 épisodes.; 300",
                "Der Podcast hat insgesamt 1.204 Folgen.; 1204",
                "Die Sendung besteht aus sechs Folgen.; 6",
                "El programa suma en total 220 episodios.; 220",
                "Nuestro programa consta de diez episodios.; 10",
                "Il podcast ha raggiunto le 512 puntate.; 512",
                "Il programma è composto da sette puntate.; 7",
                "O podcast tem no total 95 episódios.; 95",
                "De podcast heeft in totaal 87 afleveringen.; 87",
                "Onze podcast bestaat uit veertien afleveringen.; 14",
                "Het programma telt inmiddels in totaal 61 afleveringen.; 61",
            })
    void aSentenceOfTheWholeCountIsTheShowsCount(String sentence, int expected) {
        assertThat(count(sentence)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a part of the show, a milestone passed, another season
                "Start with the first 8 episodes of the show.",
                "After 100 episodes we took a break.",
                "It has put out 300 episodes!",
                "Listen to all 31 episodes right now.",
                "Season two consists of the best episodes.",
                "A podcast in 10 episodes about trees.",
                "Die ersten 20 Folgen sind gratis.",
                "In totaal 87 luisteraars per aflevering.",
                "Un total de 40 minutes par épisode.",
                "Ha raggiunto le 512 visualizzazioni.",
                // a length, a price, a score beside the word
                "Each of the series consists of 45 minutes.",
                "The season pass: a total of 12 dollars for all episodes.",
                "In totale 3 a 1 per la squadra.",
                // a season, a series, a spin-off or a documentary of the show
                "Season 3 consists of nine episodes, out every Friday.",
                "La troisième saison se compose de sept épisodes.",
                "Die dritte Staffel besteht aus elf Folgen.",
                "La temporada 2 consta de catorce episodios.",
                "A terceira temporada é composta por cinco episódios.",
                "Lo spin-off è composto da quattro puntate.",
                "The documentary series we talk about consists of five episodes.",
                "The series consists of twelve episodes.",
                "La série se compose de huit épisodes.",
                "Die Reihe besteht aus sechs Folgen.",
                "De serie bestaat uit veertien afleveringen.",
                "La serie è composta da sette episodi.",
                // the network, another show, the listeners
                "Ons netwerk maakte in totaal 2.340 afleveringen van 35 podcasts.",
                "Unser Netzwerk hat insgesamt 900 Folgen.",
                "Dagli autori di Terra Ferma, che ha raggiunto le 410 puntate.",
                "Our sister podcast Early Birds has a total of 180 episodes.",
                "The podcast Early Birds has a total of 180 episodes.",
                "Le podcast voisin compte au total 75 épisodes.",
                "Our listeners streamed a total of 30 episodes this week.",
                "This month we recommend a total of four episodes from other shows.",
                // episodes left, planned, of one season, or more after the count
                "Quedan en total seis episodios para el final de la temporada.",
                "Nog in totaal zes afleveringen te gaan dit seizoen.",
                "Geplant sind insgesamt elf Folgen, bisher erschienen vier.",
                "Der Podcast hat insgesamt elf Folgen geplant.",
                "The podcast has a total of 9 episodes left.",
                "The show has a total of eight episodes this season.",
                "Il podcast ha in totale 12 puntate previste.",
                "Since 2019 the show has put out a total of 48 episodes.",
                "Listen to all 31 episodes of the podcast on our site.",
                "Listen to all 31 episodes of the show Early Birds.",
            })
    void anyOtherCountIsNone(String sentence) {
        assertThat(count(sentence)).isEmpty();
    }
}
