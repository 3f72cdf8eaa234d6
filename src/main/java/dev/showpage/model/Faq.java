package dev.showpage.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The page's FAQ: its entries and the statistics its answers state.
 *
 * @param entries every question and answer, in page order
 * @param episodeCount how many episodes the show has, as the FAQ states it
 * @param topics the topics the FAQ lists
 * @param mostPopularEpisode the title the FAQ names as most popular
 * @param averageEpisodeLength the average episode length the FAQ states
 * @param releaseInterval how often episodes come out, as the FAQ states it
 * @param firstEpisodeDate when the first episode came out
 */
public record Faq(
        List<FaqEntry> entries,
        OptionalInt episodeCount,
        List<String> topics,
        Optional<String> mostPopularEpisode,
        Optional<Duration> averageEpisodeLength,
        Optional<Duration> releaseInterval,
        Optional<LocalDate> firstEpisodeDate) {

    /**
     * Checks that no component and no list element is null, and copies the lists.
     *
     * @param entries every question and answer, in page order
     * @param episodeCount how many episodes the show has, as the FAQ states it
     * @param topics the topics the FAQ lists
     * @param mostPopularEpisode the title the FAQ names as most popular
     * @param averageEpisodeLength the average episode length the FAQ states
     * @param releaseInterval how often episodes come out, as the FAQ states it
     * @param firstEpisodeDate when the first episode came out
     */
    public Faq {
        entries = List.copyOf(entries);
        requireNonNull(episodeCount, "episodeCount is null");
        topics = List.copyOf(topics);
        requireNonNull(mostPopularEpisode, "mostPopularEpisode is null");
        requireNonNull(averageEpisodeLength, "averageEpisodeLength is null");
        requireNonNull(releaseInterval, "releaseInterval is null");
        requireNonNull(firstEpisodeDate, "firstEpisodeDate is null");
    }
}
