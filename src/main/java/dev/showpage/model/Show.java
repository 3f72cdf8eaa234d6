package dev.showpage.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The show a page is about.
 *
 * @param title the show's name
 * @param publisher who publishes it, when the page says
 * @param listeners the listener count the header states
 * @param episodeCount the show's total number of episodes where the page states it ("29 episodes",
 *     "454 Episodes", the FAQ), not the number of episodes on the page
 */
public record Show(
        String title, Optional<String> publisher, OptionalInt listeners, OptionalInt episodeCount) {

    /**
     * Checks that no component is null.
     *
     * @param title the show's name
     * @param publisher who publishes it, when the page says
     * @param listeners the listener count the header states
     * @param episodeCount the show's total number of episodes where the page states it
     */
    public Show {
        requireNonNull(title, "title is null");
        requireNonNull(publisher, "publisher is null");
        requireNonNull(listeners, "listeners is null");
        requireNonNull(episodeCount, "episodeCount is null");
    }

    /**
     * A show whose page does not state its episode count.
     *
     * @param title the show's name
     * @param publisher who publishes it, when the page says
     * @param listeners the listener count the header states
     */
    public Show(String title, Optional<String> publisher, OptionalInt listeners) {
        this(title, publisher, listeners, OptionalInt.empty());
    }

    /**
     * This show with the episode count the page states.
     *
     * @param count the show's total number of episodes, or empty
     * @return a show equal to this one but for its episode count
     */
    public Show withEpisodeCount(OptionalInt count) {
        return new Show(title, publisher, listeners, count);
    }
}
