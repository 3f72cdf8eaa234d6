package dev.showpage.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Someone the page names as a host or guest of an episode.
 *
 * @param name the fullest form of the name the page gives anywhere in the episode
 * @param role host or guest
 * @param links the links the page groups under this person, in page order
 */
public record Person(String name, Role role, List<Link> links) {

    /**
     * Checks that no component and no link is null, and copies the links.
     *
     * @param name the fullest form of the name the page gives anywhere in the episode
     * @param role host or guest
     * @param links the links the page groups under this person, in page order
     */
    public Person {
        requireNonNull(name, "name is null");
        requireNonNull(role, "role is null");
        links = List.copyOf(links);
    }
}
