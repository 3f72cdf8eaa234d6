package dev.showpage.internal.episode;

import dev.showpage.internal.text.Names;
import dev.showpage.model.Episode;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who hosts the show, applied in one pass once every episode is assembled: each layout tells the
 * hosts' first names its own way (a Goodpods page by whom most cards follow, show notes by the
 * names the show's own lines give), and everyone else an episode names stays a guest.
 */
public final class Hosts {

    private Hosts() {}

    /** The episodes with the people whose first name is one of {@code hostFirstNames} as hosts. */
    public static List<Episode> apply(List<Episode> episodes, Set<String> hostFirstNames) {
        if (hostFirstNames.isEmpty()) {
            return episodes;
        }
        List<Episode> applied = new ArrayList<>(episodes.size());
        for (Episode episode : episodes) {
            applied.add(apply(episode, hostFirstNames));
        }
        return applied;
    }

    private static Episode apply(Episode episode, Set<String> hostFirstNames) {
        List<Person> people = new ArrayList<>(episode.people().size());
        boolean changed = false;
        for (Person person : episode.people()) {
            if (person.role() != Role.HOST
                    && hostFirstNames.contains(Names.firstWord(person.name()))) {
                people.add(new Person(person.name(), Role.HOST, person.links()));
                changed = true;
            } else {
                people.add(person);
            }
        }
        if (!changed) {
            return episode;
        }
        return new Episode(
                episode.rank(),
                episode.title(),
                episode.show(),
                episode.released(),
                episode.duration(),
                episode.listeners(),
                episode.description(),
                people,
                episode.links(),
                episode.promotions(),
                episode.chapters(),
                episode.source());
    }
}
