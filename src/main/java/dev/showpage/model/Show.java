package dev.showpage.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The show a page is about, from its header.
 *
 * @param title the show's name
 * @param publisher who publishes it, when the header says
 * @param listeners the listener count the header states
 */
public record Show(String title, Optional<String> publisher, OptionalInt listeners) {

    /**
     * Checks that no component is null.
     *
     * @param title the show's name
     * @param publisher who publishes it, when the header says
     * @param listeners the listener count the header states
     */
    public Show {
        requireNonNull(title, "title is null");
        requireNonNull(publisher, "publisher is null");
        requireNonNull(listeners, "listeners is null");
    }
}
