package dev.showpage.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One episode card of the page.
 *
 * @param rank the card's position on the page, from 1
 * @param title the episode's title; some cards have none
 * @param show the show name printed on the card
 * @param released the release date
 * @param duration the episode's length
 * @param listeners the listener count printed on the card
 * @param description the episode's own prose, without promotions, link lists, people's link groups
 *     and chapters; paragraphs are separated by a line break
 * @param people everyone the card names as host or guest, in order of first mention
 * @param links links that belong to the episode but to no person
 * @param promotions calls to action and sponsor lines
 * @param chapters the chapter list, in page order
 * @param source where the card starts in the input
 */
public record Episode(
        int rank,
        Optional<String> title,
        Optional<String> show,
        Optional<LocalDate> released,
        Optional<Duration> duration,
        OptionalInt listeners,
        Optional<String> description,
        List<Person> people,
        List<Link> links,
        List<Promotion> promotions,
        List<Chapter> chapters,
        SourcePosition source) {

    /**
     * Checks that rank is at least 1 and that no component and no list element is null, and copies
     * the lists.
     *
     * @param rank the card's position on the page, from 1
     * @param title the episode's title; some cards have none
     * @param show the show name printed on the card
     * @param released the release date
     * @param duration the episode's length
     * @param listeners the listener count printed on the card
     * @param description the episode's own prose, without promotions, link lists, people's link
     *     groups and chapters; paragraphs are separated by a line break
     * @param people everyone the card names as host or guest, in order of first mention
     * @param links links that belong to the episode but to no person
     * @param promotions calls to action and sponsor lines
     * @param chapters the chapter list, in page order
     * @param source where the card starts in the input
     */
    public Episode {
        if (rank < 1) {
            throw new IllegalArgumentException("rank is 1-based: " + rank);
        }
        requireNonNull(title, "title is null");
        requireNonNull(show, "show is null");
        requireNonNull(released, "released is null");
        requireNonNull(duration, "duration is null");
        requireNonNull(listeners, "listeners is null");
        requireNonNull(description, "description is null");
        people = List.copyOf(people);
        links = List.copyOf(links);
        promotions = List.copyOf(promotions);
        chapters = List.copyOf(chapters);
        requireNonNull(source, "source is null");
    }
}
