package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.LinkItem;
import dev.showpage.internal.episode.EpisodeDraft.NameRef;
import dev.showpage.internal.episode.EpisodeDraft.Prose;
import dev.showpage.internal.episode.EpisodeDraft.Section;
import dev.showpage.internal.text.Names;
import dev.showpage.internal.text.Platform;
import dev.showpage.model.Link;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The people one episode names, and the links that are theirs: found in its title and prose ("I
 * talk with Mara Quill"), in guest lists, in "Follow X:" headings and in link labels ("Mara on
 * Twitter:"), keyed by first name, with the fullest name the episode gives, in order of first
 * mention.
 */
final class People {

    private static final List<String> GUEST_HEADINGS =
            List.of("guests:", "guest:", "in the episode:", "in this episode:", "featuring:");

    /**
     * Someone the episode names: the fullest name so far, where they are first named, their links.
     */
    private static final class Named {
        String name;
        long order;
        final List<Link> links = new ArrayList<>();

        Named(String name, long order) {
            this.name = name;
            this.order = order;
        }
    }

    private final Map<String, Named> byFirstName = new LinkedHashMap<>();

    /** The episode's texts, split into words only when someone's name is to be completed. */
    private final List<String> texts = new ArrayList<>();

    private List<List<String>> textWords;

    /**
     * @param prose the episode's prose, with the text of its time marks that are no chapter list
     */
    People(EpisodeDraft draft, List<Prose> prose) {
        if (draft.title != null) {
            texts.add(draft.title);
            for (Names.Mention m : Names.introduced(draft.title, true)) {
                mention(m.name(), Long.MIN_VALUE + m.wordIndex());
            }
        }
        for (Prose piece : prose) {
            texts.add(piece.text());
            if (isListItem(piece.text())) {
                // "2. Wisdom from 50 years in software with Brian Kernighan": another episode.
                continue;
            }
            for (Names.Mention m : Names.introduced(piece.text(), false)) {
                mention(m.name(), EpisodeDraft.order(piece.at()) + m.wordIndex());
            }
        }
        listedGuests(prose);
        for (NameRef ref : draft.names) {
            mention(ref.name(), ref.order());
        }
        for (LinkItem item : draft.links()) {
            String person = personBeforeOn(item.label);
            if (person != null
                    && (item.section == Section.PROSE || inGroup(item, person) != null)) {
                texts.add(person);
                mention(person, EpisodeDraft.order(item.at));
            }
        }
    }

    /**
     * Guest lists: the lines after "Guests:" or "In the episode:" (and the rest of that line), or
     * two or more lines in a row that are each a name, maybe with a role after a comma.
     */
    private void listedGuests(List<Prose> prose) {
        int i = 0;
        while (i < prose.size()) {
            int j = i + 1;
            while (j < prose.size()
                    && prose.get(j).at().getLine() == prose.get(j - 1).at().getLine() + 1) {
                j++;
            }
            List<Prose> group = prose.subList(i, j);
            List<Prose> listed = new ArrayList<>();
            for (int k = 0; k < group.size(); k++) {
                String text = group.get(k).text();
                for (String heading : GUEST_HEADINGS) {
                    if (text.regionMatches(true, 0, heading, 0, heading.length())) {
                        String rest = text.substring(heading.length()).trim();
                        List<Prose> after = new ArrayList<>();
                        if (!rest.isEmpty()) {
                            after.add(new Prose(group.get(k).at(), rest));
                        }
                        after.addAll(group.subList(k + 1, group.size()));
                        for (Prose line : after) {
                            Names.listedName(line.text())
                                    .ifPresent(n -> mention(n, EpisodeDraft.order(line.at())));
                        }
                        k = group.size();
                        break;
                    }
                }
                if (k < group.size() && Names.listedName(text).isPresent()) {
                    listed.add(group.get(k));
                }
            }
            if (listed.size() >= 2 && listed.size() == group.size()) {
                for (Prose line : listed) {
                    mention(Names.listedName(line.text()).get(), EpisodeDraft.order(line.at()));
                }
            }
            i = j;
        }
    }

    private void mention(String name, long order) {
        Named named = byFirstName.get(Names.firstWord(name));
        if (named == null) {
            byFirstName.put(Names.firstWord(name), new Named(name, order));
        } else {
            named.order = Math.min(named.order, order);
            if (Names.words(name).size() > Names.words(named.name).size()) {
                named.name = name;
            }
        }
    }

    /** A link under "Follow X & Y:" goes to the person its label names, else to the first. */
    void addGroupLink(LinkItem item, Link link) {
        String labelled = inGroup(item, personBeforeOn(item.label));
        String target = item.group.get(0);
        if (labelled != null) {
            target = labelled;
            link = withLabel(link, item.label.substring(labelled.length() + 4));
        } else if (inGroup(item, item.label) != null && Names.words(item.label).size() == 1) {
            target = item.label;
            link = withLabel(link, null);
        }
        byFirstName.get(Names.firstWord(target)).links.add(link);
    }

    /** "Ben Johnson on Twitter: URL", or "Kent: URL" where Kent is a person of the draft. */
    boolean addNamedLink(LinkItem item, Link link) {
        if (item.label == null) {
            return false;
        }
        String person = personBeforeOn(item.label);
        if (person != null) {
            byFirstName
                    .get(Names.firstWord(person))
                    .links
                    .add(withLabel(link, item.label.substring(person.length() + 4)));
            return true;
        }
        Named named = byFirstName.get(Names.firstWord(item.label));
        if (named != null
                && (item.label.equals(named.name)
                        || item.label.equals(Names.firstWord(named.name)))) {
            named.links.add(withLabel(link, null));
            return true;
        }
        return false;
    }

    List<Person> build() {
        List<Named> found = new ArrayList<>(byFirstName.values());
        found.sort(Comparator.comparingLong(d -> d.order));
        List<Person> people = new ArrayList<>();
        for (Named named : found) {
            if (textWords == null) {
                textWords = new ArrayList<>(texts.size());
                for (String text : texts) {
                    textWords.add(Names.words(text));
                }
            }
            String name = Names.fullest(named.name, textWords);
            // Everyone is a guest until the page is read; then Hosts tells who hosts.
            people.add(new Person(name, Role.GUEST, named.links));
        }
        return people;
    }

    /** "1. Title", "12) Title": an item of a numbered list. */
    private static boolean isListItem(String text) {
        int i = 0;
        while (i < text.length() && i < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > 0
                && i + 1 < text.length()
                && (text.charAt(i) == '.' || text.charAt(i) == ')')
                && text.charAt(i + 1) == ' ';
    }

    /** "Monica on Twitter" gives "Monica"; null when the label is not of that shape. */
    private static String personBeforeOn(String label) {
        if (label == null) {
            return null;
        }
        int on = label.lastIndexOf(" on ");
        if (on <= 0) {
            return null;
        }
        String platform = label.substring(on + 4).trim().toLowerCase(Locale.ROOT);
        String person = label.substring(0, on);
        if (!platform.equals("website") && Platform.named(platform).isEmpty()) {
            return null;
        }
        for (String word : Names.words(person)) {
            if (!Names.isNameWord(word)) {
                return null;
            }
        }
        return person;
    }

    /** {@code name} when it is one of the names of the item's "Follow" group, else null. */
    private static String inGroup(LinkItem item, String name) {
        if (name == null) {
            return null;
        }
        return item.group.stream().anyMatch(g -> Names.sameFirstName(g, name)) ? name : null;
    }

    private static Link withLabel(Link link, String label) {
        return new Link(Optional.ofNullable(label), link.url(), link.kind(), link.note());
    }
}
