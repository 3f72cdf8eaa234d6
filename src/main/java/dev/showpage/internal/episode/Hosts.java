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
 * hosts' names its own way (a Goodpods page by whom most cards follow, show notes by the names the
 * show's own lines give), and everyone else an episode names stays a guest.
 *
 * <p>A host known by a full name is only that person (and a mention by the first name alone): a
 * guest who shares the host's first name stays a guest. A host known by a first name alone is
 * anyone of that first name, since nothing on the page tells them apart.
 */
public final class Hosts {

    private Hosts() {}

    /** The episodes with the people that {@code hostNames} name as hosts. */
    public static List<Episode> apply(List<Episode> episodes, Set<String> hostNames) {
        if (hostNames.isEmpty()) {
            return episodes;
        }
        List<Episode> applied = new ArrayList<>(episodes.size());
        for (Episode episode : episodes) {
            applied.add(apply(episode, hostNames));
        }
        return applied;
    }

    private static Episode apply(Episode episode, Set<String> hostNames) {
        List<Person> people = new ArrayList<>(episode.people().size());
        boolean changed = false;
        for (Person person : episode.people()) {
            if (person.role() != Role.HOST && isHost(person.name(), hostNames)) {
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

    static boolean isHost(String name, Set<String> hostNames) {
        if (hostNames.contains(name)) {
            return true;
        }
        String first = Names.firstWord(name);
        boolean firstNameOnly = Names.wordCount(name) == 1;
        boolean knownByFirstNameAlone = hostNames.contains(first);
        for (String host : hostNames) {
            if (Names.wordCount(host) > 1 && Names.firstWord(host).equals(first)) {
                // The host's full name is known: a first name alone may be theirs, a full name
                // must be theirs.
                return firstNameOnly;
            }
        }
        return knownByFirstNameAlone;
    }
}
