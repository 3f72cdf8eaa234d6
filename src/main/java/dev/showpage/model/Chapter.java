package dev.showpage.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * One entry of an episode's chapter list.
 *
 * @param start offset from the start of the episode
 * @param end where the chapter ends: the next chapter's start, or the episode's duration for the
 *     last chapter; empty when the page does not tell
 * @param title the chapter's title as the page writes it
 */
public record Chapter(Duration start, Optional<Duration> end, String title) {

    /**
     * Checks that no component is null.
     *
     * @param start offset from the start of the episode
     * @param end where the chapter ends: the next chapter's start, or the episode's duration for
     *     the last chapter; empty when the page does not tell
     * @param title the chapter's title as the page writes it
     */
    public Chapter {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        requireNonNull(title, "title is null");
    }
}
