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
                "Since 2019 the show has put out a total of 48 episodes.; 48",
                "The series consists of twelve episodes of half an hour.; 12",
                "Listen to all 31 episodes of the podcast on our site.; 31",
                "Le podcast compte au total 64 épisodes.; 64",
                "La série se compose de huit épisodes.; 8",
                "Der Podcast hat insgesamt 1.204 Folgen.; 1204",
                "Die Reihe besteht aus sechs Folgen.; 6",
                "El programa suma en total 220 episodios.; 220",
                "La serie consta de diez episodios.; 10",
                "Quest'anno il podcast ha raggiunto le 512 puntate.; 512",
                "La serie è composta da sette episodi.; 7",
                "O podcast tem no total 95 episódios.; 95",
                "De podcast heeft in totaal 87 afleveringen.; 87",
                "De serie bestaat uit veertien afleveringen van een kwartier.; 14",
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
            })
    void anyOtherCountIsNone(String sentence) {
        assertThat(count(sentence)).isEmpty();
    }
}
