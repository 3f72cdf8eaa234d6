package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A listing's episode count glued to its first entry's title by the scraper ("38 episodesThe
 * Title"): the count is the show's, the title what follows. The texts are made up.
 */
class GluedCountTitleTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "38 episodesThe Ferryman's Last Crossing; 38; The Ferryman's Last Crossing",
                "12 FolgenDie Fähre im Nebel; 12; Die Fähre im Nebel",
                "140 épisodesLe phare de la pointe; 140; Le phare de la pointe",
                "7 afleveringenDe laatste veerman; 7; De laatste veerman",
                "65 episodiLa notte del faro; 65; La notte del faro"
            })
    void theCountIsTheShowsAndTheTitleFollowsIt(String line, int count, String title) {
        assertThat(GluedCounts.of(line)).isEqualTo(new GluedCounts.Split(count, title));
        String page =
                "Harbour Talk\nPodcast by Quay Media\n\nAll episodes\n"
                        + line
                        + "\n"
                        + OneEpisodePage.PARAGRAPH
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 5 glues the count to the only episode's title.
        assertThat(OneEpisodePage.onlyTitle(parsed)).isEqualTo(title);
        assertThat(parsed.show())
                .map(Show::episodeCount)
                .hasValueSatisfying(
                        c -> {
                            assertThat(c).hasValue(count);
                        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // the count's line alone, or apart from the title
                "38 episodes",
                "38 episodes The Ferryman's Last Crossing",
                // another word glued to a capital
                "38 podcastsThe Ferryman's Last Crossing",
                "38 minutesThe Ferryman's Last Crossing",
                // a number inside a title
                "Episode 38 episodesThe Ferryman",
                // a single word glued after the count
                "38 episodesTotal",
                "38episodesThe Ferryman's Last Crossing"
            })
    void otherLinesGlueNoCount(String line) {
        assertThat(GluedCounts.of(line)).isNull();
    }
}
