package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The show's episode count, read from a line that states it as a field of its own. The pages are
 * made up: line 1 names the show ("... Podcast"), line 2 is the line under test, then an episode.
 */
class EpisodeCountsTest {

    private static Page page(String countLine) {
        return EpisodePageParser.parse(
                "Quiet Orchard Podcast\n"
                        + countLine
                        + "\n\nPruning in the Rain\nMay 2, 2025\n"
                        + "Notes about pruning old trees.\n");
    }

    private static OptionalInt count(String countLine) {
        return page(countLine).show().map(Show::episodeCount).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "29 episodes; 29",
                "454 Episodes; 454",
                "2,200 episodes; 2200",
                "169 afleveringen; 169",
                "199 episodios; 199",
                "87 épisodes; 87",
                "12 episodi; 12",
                "64 episódios; 64",
                "310 Folgen; 310",
                "Technology · 17 episodes; 17",
                "Gardening | 58 Episodes | Weekly; 58",
                "Updated weekly - 7 episodes; 7"
            })
    void aCountStandingAsAFieldIsTheShowsEpisodeCount(String line, int expected) {
        // Line 2 states the count; the show of line 1 carries it.
        assertThat(count(line)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We have made 300 episodes so far, and more are coming",
                "Top 10 episodes",
                "29 episodes of gardening talk",
                "Season 3, 12 episodes in all",
                "29 minutes",
                "99,99 episodes"
            })
    void aCountInsideProseOrBeforeMoreWordsIsNotTheShows(String line) {
        // Line 2 names a number of episodes but not as a field of its own.
        assertThat(count(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"episodes 29", "29episodes", "twenty-nine episodes"})
    void aCountNeedsItsDigitsBeforeTheWord(String line) {
        assertThat(count(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "48 eps; 48",
                "Society & Culture · 130 eps; 130",
                "All episodes (48); 48",
                "All episodes [12]; 12",
                "73 Episoden; 73"
            })
    void anAbbreviatedCountAndTheListingsHeadingWithItsCountAreCounts(String line, int expected) {
        // Line 2 states the count with "eps" or after the listing's heading.
        assertThat(count(line)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We cut 3 eps with Jane last spring",
                "All episodes",
                "All episodes (new first)",
                "All episodes 48",
                "48 eps of talk"
            })
    void anAbbreviationInProseAndAHeadingWithoutItsCountAreNoCount(String line) {
        assertThat(count(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "episodes",
                "EPISODES",
                "Episodes",
                "\u00E9pisodes",
                "\u00C9PISODES",
                "\u00C9pisodes",
                "episodios",
                "EPISODIOS",
                "episodi",
                "Puntate",
                "PUNTATE",
                "epis\u00F3dios",
                "EPIS\u00D3DIOS",
                "afleveringen",
                "AFLEVERINGEN",
                "Folgen",
                "FOLGEN",
                "Episoden",
                "eps",
                "EPS"
            })
    void theWordForEpisodesIsKnownInAnyCase(String word) {
        // The length and first-letter test before lower-casing turns none of them away.
        assertThat(EpisodeCounts.isEpisodesWord(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "e",
                "ep",
                "episode",
                "\u0130pisodes",
                "ep\u0130sodes",
                "epi\u017Fodes",
                "afleveringenx",
                "folge",
                "Fo",
                "\uD835\uDC1Episodes",
                "\u0395pisodes",
                "\u00E9pisode",
                "minutes",
                "Episodes:",
                "(episodes)"
            })
    void otherWordsAreNotTheWordForEpisodes(String word) {
        // Near misses, odd letters (a dotted capital I, a long s, a mathematical letter, a Greek
        // capital epsilon) and signs glued on.
        assertThat(EpisodeCounts.isEpisodesWord(word)).isFalse();
    }
}
