package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The guests of the dash items a colon after "this episode" opens ({@link EpisodeColonNames}), as
 * TV and radio guides print an edition: "Met in deze uitzending: -Mara Quill en buurtbewoner Tom
 * Reed over de haven. -Deelnemers Ana en Rui over hun reis.", "With us in this episode: - Mara
 * Quill and Tom Reed about tides -Ana Lima about ropes". The heading must say the items are the
 * episode's people (a "with" or a guests' noun opens it): under a bare "In this episode:" they are
 * headlines as often ("-Real Madrid about to sign ..."). Each item names people, joined by "and" or
 * commas, right before the word that opens what they talk about ("over", "about", "über", "sur",
 * "sobre", "su"): that word after the names is what makes persons of them. A first name alone
 * counts only after a role noun ("Deelnemers Ana en Rui"); a name opened by an article ("De
 * Telegraaf") is a paper's, not a person's. An item of another shape names no one, and the next is
 * read on its own; the list names anyone only when at least two of its items have the shape.
 */
final class EpisodeItemNames {

    private EpisodeItemNames() {}

    /** The words that open what the people of an item talk about, in the seven languages. */
    private static final Vocabulary ABOUT = Vocabulary.of("about over über sur sobre su");

    /**
     * The articles a name of a paper, a band or a club opens with, capitalised at an item's start.
     */
    private static final Vocabulary ARTICLES =
            Vocabulary.of("the de het le la les der die das el los las il lo gli o os");

    /** Most items of one list. */
    private static final int ITEMS_MAX = 8;

    /** Most words of one item. */
    private static final int ITEM_MAX_WORDS = 30;

    /** Most people one item names. */
    private static final int NAMES_MAX = 4;

    /**
     * Fewest items of the shape "names, about-word, topic" for the list to name anyone: the about
     * words are place words too ("sur le banc", "su Instagram", "over de finish"), and a single
     * item of the shape may be a headline about someone; a guide's list of guests has several.
     */
    private static final int ITEMS_MIN = 2;

    /**
     * The plural nouns guides open an item of first names with ("Participants Ana and Rui"), in the
     * seven languages: for a capitalised word at an item's start, a role must be a word of a
     * vocabulary, as an ending alone takes first names ("Christian", "Heather", "Vincent").
     */
    private static final Vocabulary GROUP_NOUNS =
            Vocabulary.of(
                    "participants deelnemers teilnehmer teilnehmerinnen participantes"
                            + " partecipanti bewoners buurtbewoners residents"
                            + " anwohner habitants vecinos residenti moradores");

    /** Whether the word opens a dash item: a dash alone, or glued to a capitalised word. */
    static boolean opensItem(String word) {
        if (word.isEmpty() || "-\u2013\u2014".indexOf(word.charAt(0)) < 0) {
            return false;
        }
        return word.length() == 1 || Character.isUpperCase(word.charAt(1));
    }

    /** Reads the items from {@code at}, a word that {@link #opensItem opens one}. */
    static void read(List<String> words, int at, boolean[] credit, List<Mention> found) {
        int p = at;
        List<Mention> listed = new ArrayList<>();
        int items = 0;
        for (int n = 0; n < ITEMS_MAX && p < words.size() && opensItem(words.get(p)); n++) {
            int first = words.get(p).length() == 1 ? p + 1 : p;
            int end = first + 1;
            while (end < words.size()
                    && end < first + ITEM_MAX_WORDS
                    && !opensItem(words.get(end))) {
                end++;
            }
            if (first < end) {
                List<String> item = new ArrayList<>(words.subList(first, end));
                if (first == p) {
                    item.set(0, item.get(0).substring(1)); // "-Mara": the dash glued to the name
                }
                items += names(item, first, credit, listed) ? 1 : 0;
            }
            p = end;
        }
        if (items >= ITEMS_MIN) {
            for (Mention m : listed) {
                if (found.stream().noneMatch(f -> f.wordIndex() == m.wordIndex())) {
                    found.add(m);
                }
            }
        }
    }

    /**
     * The people one item names before its word of "about", at {@code offset} in the text; whether
     * the item is of that shape.
     */
    private static boolean names(
            List<String> item, int offset, boolean[] credit, List<Mention> found) {
        boolean described = isOpeningRole(item.get(0)); // "Deelnemers Ana en Rui"
        int k = described ? 1 : 0;
        List<Span> spans = new ArrayList<>(2);
        while (k < item.size() && spans.size() < NAMES_MAX) {
            boolean roled = described;
            if (isGuestRole(item.get(k)) && k + 1 < item.size()) {
                k++; // "buurtbewoner Tom Reed"
                roled = true;
            }
            Span span = Names.personAt(item, k);
            if (span != null && span.from() == k && !ARTICLES.containsCore(item.get(k))) {
                spans.add(span);
            } else if (roled
                    && k + 1 < item.size()
                    && Names.isNameWord(item.get(k))
                    && !endsPhrase(item.get(k))
                    && (PersonWords.isAndWord(item.get(k + 1))
                            || ABOUT.containsCore(item.get(k + 1)))) {
                span = new Span(k, k + 1); // a first name after a role: "Deelnemers Ana en Rui"
                spans.add(span);
            } else {
                return false;
            }
            k = span.to();
            String last = item.get(k - 1);
            if (k >= item.size() || Names.isPossessive(last)) {
                return false;
            }
            if (last.endsWith(",") || PersonWords.isAndWord(item.get(k))) {
                k += last.endsWith(",") && !PersonWords.isAndWord(item.get(k)) ? 0 : 1;
                continue;
            }
            if (endsPhrase(last)
                    || !ABOUT.containsCore(item.get(k))
                    || endsPhrase(item.get(k))
                    || k + 1 >= item.size()
                    || isAboutTo(item.get(k), item.get(k + 1))) {
                return false; // "about" with no topic after it, or "about to" act
            }
            for (Span s : spans) {
                int at = offset + s.from();
                if (!credit[at] && found.stream().noneMatch(m -> m.wordIndex() == at)) {
                    found.add(new Mention(Names.join(item, s.from(), s.to()), at));
                }
            }
            return true;
        }
        return false;
    }

    /** English "about to": what a club or a storm is on the verge of doing, no topic of talk. */
    private static boolean isAboutTo(String about, String next) {
        return Names.core(about).equalsIgnoreCase("about")
                && Names.core(next).equalsIgnoreCase("to");
    }

    /**
     * Whether the capitalised word that opens an item is a role of guests: a role noun of the
     * vocabulary or its plural ("Authors Mara and Tom"), or a guide's word for a group; the show's
     * own people are none ("Presenters Ana and Rui").
     */
    private static boolean isOpeningRole(String word) {
        String core = Names.core(word);
        boolean plural = core.endsWith("s") && core.length() > 1;
        return (PersonWords.isListedRole(core)
                        || (plural
                                && PersonWords.isListedRole(core.substring(0, core.length() - 1)))
                        || GROUP_NOUNS.containsCore(word))
                && !endsPhrase(word)
                && !ShowCircleWords.isShowsOwn(word);
    }

    /** Whether the lower-case word is a role noun of a guest; the show's own people are none. */
    private static boolean isGuestRole(String word) {
        return PersonWords.isRoleNoun(word, false)
                && !endsPhrase(word)
                && !ShowCircleWords.isShowsOwn(word);
    }
}
