package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.LinkItem;
import dev.showpage.internal.episode.EpisodeDraft.NameRef;
import dev.showpage.internal.episode.EpisodeDraft.Prose;
import dev.showpage.internal.episode.EpisodeDraft.Section;
import dev.showpage.internal.text.CreditLines;
import dev.showpage.internal.text.Names;
import dev.showpage.internal.text.PairTeasers;
import dev.showpage.internal.text.Platform;
import dev.showpage.internal.text.PluralGuestSentences;
import dev.showpage.internal.text.TextPrefilters;
import dev.showpage.internal.text.VisitPhrases;
import dev.showpage.internal.text.WithUsPhrases;
import dev.showpage.model.Link;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The people one episode names, and the links that are theirs: found in its title (by its phrases
 * and its shape), in its prose ("I talk with Mara Quill"), in guest lists, in "Follow X:" headings
 * and in link labels ("Mara on Twitter:"); keyed by the full name, so that two people with one
 * first name stay two, while a first name alone joins the person of that first name already named;
 * with the fullest name the episode gives, in order of first mention. Names in credits, thanks and
 * sponsor lines are no one's mention; those a host line names host the episode.
 */
final class People {

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

    private final List<Named> named = new ArrayList<>();

    /** The people by each name they were given, and by first word and surname. */
    private final Map<String, Named> byName = new HashMap<>();

    private final Map<String, List<Named>> byWord = new HashMap<>();

    /** The names the episode's host lines give ("Hosted by X", "Hosts: X and Y"). */
    private final List<String> hosts = new ArrayList<>();

    /** The episode's texts, in which someone's name is completed. */
    private final List<String> texts = new ArrayList<>();

    /**
     * @param prose the episode's prose, with the text of its time marks that are no chapter list
     */
    People(EpisodeDraft draft, List<Prose> prose) {
        List<String> notes = new ArrayList<>(prose.size());
        // Each paragraph's words, split once for all the readers below, which split them each
        // anew before (a tenth of what the real pages' parse allocated). A listed item, which
        // only the host reader reads, is not split here.
        List<List<String>> words = new ArrayList<>(prose.size());
        // Each paragraph's cues for the host and guest readers, read in one pass over it
        int[] cues = new int[prose.size()];
        for (int k = 0; k < prose.size(); k++) {
            Prose piece = prose.get(k);
            notes.add(piece.text());
            List<String> split = isListItem(piece.text()) ? null : Names.words(piece.text());
            words.add(split);
            if (split == null) {
                hosts.addAll(CreditLines.hostNames(piece.text()));
                continue;
            }
            cues[k] = TextPrefilters.cues(piece.text());
            if ((cues[k] & TextPrefilters.NAMES_HOSTS) != 0) {
                hosts.addAll(CreditLines.hostNamesIn(split));
            }
        }
        if (draft.title != null) {
            texts.add(draft.title);
            hosts.addAll(CreditLines.hostNames(draft.title));
            for (Names.Mention m : Names.inTitle(draft.title, notes)) {
                mention(m.name(), Long.MIN_VALUE + m.wordIndex());
            }
        }
        boolean opening = true;
        String firstTeaser = null;
        for (int k = 0; k < prose.size(); k++) {
            Prose piece = prose.get(k);
            texts.add(piece.text());
            List<String> pieceWords = words.get(k);
            if (pieceWords == null) {
                // "2. Wisdom from 50 years in software with Brian Kernighan": another episode.
                continue;
            }
            String lowerCased = piece.text().toLowerCase(Locale.ROOT); // for three readers
            String teaser = PairTeasers.guestOpening(pieceWords);
            if (teaser != null && firstTeaser == null) {
                firstTeaser = teaser;
            } else if (teaser != null && !PairTeasers.samePerson(teaser, firstTeaser)) {
                // "Mara and I discuss ..." then "Tom and I discuss ...": a listing's teasers that
                // the page did not cut apart; the later teaser is another episode's, while the
                // paragraphs that open no teaser ("This week we are joined by X") stay this one's
                continue;
            }
            long at = EpisodeDraft.order(piece.at());
            if (opening
                    && !piece.text().equals(draft.title)
                    && pieceWords.size() >= OPENING_MIN_WORDS) {
                // The notes' first sentence often introduces the guest: "Mara Quill is a ..."; a
                // heading above them ("Description", "POPULARITY") is none
                opening = false;
                for (Names.Mention m : Names.describedAtStart(piece.text())) {
                    mention(m.name(), at + m.wordIndex());
                }
            }
            if ((cues[k] & TextPrefilters.INTRODUCES) != 0) {
                // most prose introduces no one, and is walked by neither reader
                for (Names.Mention m : Names.introducedIn(pieceWords)) {
                    mention(m.name(), at + m.wordIndex());
                }
                for (Names.FramedConversation frame : Names.framedConversationsIn(pieceWords)) {
                    // "In conversation with X, Y talks": the guest is the one who is not the
                    // host; with neither a host of the episode's host lines, no one is told
                    if (hosts(frame.speaker().name())) {
                        mention(frame.with().name(), at + frame.with().wordIndex());
                    } else if (hosts(frame.with().name())) {
                        mention(frame.speaker().name(), at + frame.speaker().wordIndex());
                    }
                }
            }
            for (Names.Mention m : PluralGuestSentences.find(lowerCased, pieceWords)) {
                mention(m.name(), at + m.wordIndex());
            }
            for (Names.Mention m : WithUsPhrases.find(lowerCased, pieceWords)) {
                mention(m.name(), at + m.wordIndex());
            }
            for (Names.Mention m : VisitPhrases.find(lowerCased, pieceWords)) {
                mention(m.name(), at + m.wordIndex());
            }
        }
        for (EpisodeDraft.ChapterRun run : draft.chapterRuns()) {
            // A transcript's timed lines are read as chapters; the host's opening introduces the
            // guests there ("00:00 Host: ... I sit down with Mara Quill").
            for (EpisodeDraft.ChapterItem item : run.items()) {
                for (Names.Mention m : Names.introduced(item.title, false)) {
                    mention(m.name(), EpisodeDraft.order(item.mark) + m.wordIndex());
                }
            }
        }
        for (GuestLists.Listing listing : GuestLists.find(prose)) {
            mention(listing.name(), listing.order());
        }
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
     * The person {@code name} refers to: the one of that full name; for a first name alone, the
     * first one of that first name (or surname); for a full name, the one named so far by its first
     * name alone, or by a shorter or longer form of it. Null when no one.
     */
    private Named find(String name) {
        Named same = byName.get(name);
        if (same != null) {
            return same;
        }
        String first = Names.firstOfWords(name);
        boolean single = Names.wordCount(name) == 1;
        for (Named n : byWord.getOrDefault(first, List.of())) {
            if (single) {
                if (Names.firstOfWords(n.name).equals(name)
                        || Names.lastWord(n.name).equals(name)) {
                    return n;
                }
            } else if (Names.wordCount(n.name) == 1
                    ? Names.firstOfWords(n.name).equals(first)
                    : Names.sameLeadingWords(n.name, name)) {
                return n;
            }
        }
        return null;
    }

    /** Files the person under their name, first word and surname, for {@link #find}. */
    private void index(Named n) {
        byName.put(n.name, n);
        for (String key : List.of(Names.firstOfWords(n.name), Names.lastWord(n.name))) {
            List<Named> filed = byWord.computeIfAbsent(key, k -> new ArrayList<>());
            if (!filed.contains(n)) {
                filed.add(n);
            }
        }
    }

    private void mention(String name, long order) {
        Named n = find(name);
        if (n == null) {
            n = new Named(name, order);
            named.add(n);
            index(n);
        } else {
            n.order = Math.min(n.order, order);
            if (Names.wordCount(name) > Names.wordCount(n.name)) {
                n.name = name;
                index(n);
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
        } else if (inGroup(item, item.label) != null && Names.wordCount(item.label) == 1) {
            target = item.label;
            link = withLabel(link, null);
        }
        find(target).links.add(link);
    }

    /** "Ben Johnson on Twitter: URL", or "Kent: URL" where Kent is a person of the draft. */
    boolean addNamedLink(LinkItem item, Link link) {
        if (item.label == null) {
            return false;
        }
        String person = personBeforeOn(item.label);
        if (person != null) {
            find(person).links.add(withLabel(link, item.label.substring(person.length() + 4)));
            return true;
        }
        Named labelled = find(item.label);
        if (labelled != null
                && (item.label.equals(labelled.name)
                        || item.label.equals(Names.firstWord(labelled.name)))) {
            labelled.links.add(withLabel(link, null));
            return true;
        }
        return false;
    }

    List<Person> build() {
        List<Named> found = new ArrayList<>(named);
        found.sort(Comparator.comparingLong(d -> d.order));
        List<Person> people = new ArrayList<>();
        for (Named named : found) {
            String name = NoPersonNames.personIn(Names.fullest(named.name, texts));
            if (name == null) {
                continue; // "Letzte Woche", "Feuerwehr Nordheim": no one
            }
            // Everyone else is a guest until the page is read; then Hosts tells who hosts.
            people.add(new Person(name, hosts(name) ? Role.HOST : Role.GUEST, named.links));
        }
        return people;
    }

    /** Whether a host line of the episode names this person (by full name or first name). */
    private boolean hosts(String name) {
        for (String host : hosts) {
            if (host.equals(name)
                    || (Names.wordCount(host) == 1 && host.equals(Names.firstWord(name)))
                    || (Names.wordCount(name) == 1 && name.equals(Names.firstWord(host)))) {
                return true;
            }
        }
        return false;
    }

    /** The fewest words of the notes' opening sentence; fewer make a heading. */
    private static final int OPENING_MIN_WORDS = 3;

    /**
     * "1. Title", "12) Title": an item of a numbered list; or "3 Title with Mara Quill", a rank
     * before a name of a show or an episode on a line of its own, a list's entry printed without
     * its dot (a line of prose that ends no sentence and starts with a number and a capital).
     */
    private static boolean isListItem(String text) {
        int i = 0;
        while (i < text.length() && i < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == 0 || i + 1 >= text.length()) {
            return false;
        }
        if ((text.charAt(i) == '.' || text.charAt(i) == ')') && text.charAt(i + 1) == ' ') {
            return true;
        }
        return text.charAt(i) == ' '
                && Character.isUpperCase(text.charAt(i + 1))
                && Names.wordCount(text) <= RANKED_LINE_MAX_WORDS
                && ".!?".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** The most words of a ranked entry's line ("3 How I Built This with Mara Quill"). */
    private static final int RANKED_LINE_MAX_WORDS = 10;

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
