package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A listing without dates whose titles open with the episode's number: the number is the evidence,
 * so what stands under a title may be a length line, a credit or a short teaser cut off by the
 * scrape, and a credit line ("Music: ...") under a length is never taken for the title. The pages
 * are made up; each expectation is read from the three blocks the test writes.
 */
class NumberedListingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Folge    | Laufzeit: %s Minuten | Musik: Ana Lobo – Harbour Theme
                    Episode  | Length: %s           | Music: Ana Lobo - Harbour Theme
                    Épisode  | Durée : %s           | Musique : Ana Lobo
                    Episodio | Duración: %s         | Música: Ana Lobo
                    """)
    void numberedTitlesOverLengthLinesAndCredits(String word, String lengthLine, String credit) {
        String page =
                "Notes from the quay, in three parts.\n\n"
                        + word
                        + " 03: Lamps at low tide\n\n\n"
                        + String.format(lengthLine, "47:35")
                        + "\n"
                        + credit
                        + "\n\nThe last lamp of the quay is lit by hand every night.\n"
                        + word
                        + " 02: Nets and knots\n\n\n"
                        + String.format(lengthLine, "45:31")
                        + "\n"
                        + credit
                        + "\n\nWe learn three knots and forget two of them.\n\n"
                        + word
                        + " 01: A first try\n\n\n"
                        + String.format(lengthLine, "48:17")
                        + "\n"
                        + credit
                        + "\n";
        Page parsed = EpisodePageParser.parse(page);

        assertThat(parsed.episodes())
                .extracting(Episode::title, Episode::duration)
                .containsExactly(
                        tuple(word + " 03: Lamps at low tide", 47 * 60 + 35),
                        tuple(word + " 02: Nets and knots", 45 * 60 + 31),
                        tuple(word + " 01: A first try", 48 * 60 + 17));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    I’m Tobias’ biggest fan, to be ent
                    Short
                    Talked lamps.
                    """)
    void theLastTeaserMayBeCutShort(String lastTeaser) {
        Page parsed =
                EpisodePageParser.parse(
                        "Looking back at the first episodes\n"
                                + "Episode 1: Lamps\n"
                                + "We spent an afternoon on the quay and talked about the lamps"
                                + " that nobody lights any more.\n"
                                + "Episode 2: Nets\n"
                                + "A net maker shows us the three knots every fisher learns"
                                + " first, and the one they never use.\n"
                                + "Episode 3: Ropes\n"
                                + lastTeaser
                                + "\n");

        assertThat(parsed.episodes())
                .extracting(episode -> episode.title().orElseThrow())
                .containsExactly("Episode 1: Lamps", "Episode 2: Nets", "Episode 3: Ropes");
        assertThat(parsed.episodes().get(2).description()).contains(lastTeaser.trim());
    }

    private static org.assertj.core.groups.Tuple tuple(String title, int seconds) {
        return org.assertj.core.groups.Tuple.tuple(
                Optional.of(title), Optional.of(Duration.ofSeconds(seconds)));
    }
}
