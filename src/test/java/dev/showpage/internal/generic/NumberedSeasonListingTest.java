package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A season's listing numbers its episodes 1, 2, 3 with a subtitle under each: the numbered line is
 * the episode's title, and the subtitle stays in its notes.
 */
class NumberedSeasonListingTest {

    private static List<Optional<String>> titles(String text) {
        return EpisodePageParser.parse(text).episodes().stream().map(Episode::title).toList();
    }

    private static String entry(String numbered, String subtitle, String paragraph) {
        return numbered + "\n\n" + subtitle + "\n\n" + paragraph + "\n\n";
    }

    @Test
    void numberedEpisodesOfASeasonKeepTheirNumberedTitles() {
        String text =
                "Season one\n\n"
                        + entry(
                                "1 Pilot",
                                "Where it all began",
                                "Two cousins buy an old trawler with everything they saved and"
                                        + " find out on the first night what it costs to keep it"
                                        + " afloat.")
                        + entry(
                                "2 Homecoming",
                                "The first storm",
                                "The boat is caught far from the harbour when the wind turns, and"
                                        + " the cousins learn to trust the old engine.")
                        + entry(
                                "3 Nets",
                                "Learning the ropes",
                                "An old fisherman shows the cousins how to mend a net by hand and"
                                        + " tells them what the sea took from him.");

        assertThat(titles(text))
                .containsExactly(
                        Optional.of("1 Pilot"), Optional.of("2 Homecoming"), Optional.of("3 Nets"));
    }

    @Test
    void aSeasonInItalianKeepsItsNumberedTitles() {
        String text =
                "Prima stagione\n\n"
                        + entry(
                                "1 Partenza",
                                "Dove tutto comincia",
                                "Due fratelli comprano un vecchio peschereccio con tutti i loro"
                                        + " risparmi e scoprono subito quanto costa tenerlo a"
                                        + " galla.")
                        + entry(
                                "2 Burrasca",
                                "La prima tempesta",
                                "La barca è sorpresa lontano dal porto quando il vento gira, e i"
                                        + " fratelli imparano a fidarsi del vecchio motore.");

        assertThat(titles(text))
                .containsExactly(Optional.of("1 Partenza"), Optional.of("2 Burrasca"));
    }
}
