package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.join;
import static dev.showpage.internal.text.Names.words;
import static dev.showpage.internal.text.PersonCues.spokenOfAsPerson;
import static dev.showpage.internal.text.TitleParts.parts;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The guest an episode's title names by its shape, beyond the phrases of {@link
 * GuestIntroductions}: "Mara Quill on Topic", "Harbour guitarist Mara Quill on Topic", "Topic |
 * Mara Quill (Role at Company)", "#979 - Mara Quill - Topic", "EP.188 - GM Mara Quill", "Mara
 * Quill, role at Company: Topic", "Prof. Mara Quill o Topic".
 *
 * <p>Two capitalised words are as often a topic as a name ("Working Solo", "Deep Dive"), so a bare
 * name is taken only with something more that makes it a person's: an honorific, a role before it
 * or after a comma, a role in brackets, or notes that speak of it as of a person ({@link
 * #spokenOfAsPerson}).
 */
final class TitleGuests {

    /** The separators between the parts of a title: " - ", " – ", " — ", " | ", ": ". */
    static final Pattern TITLE_PARTS = Pattern.compile(" [-\u2013\u2014|] |: ");

    /** "#979", "Ep. 12", "EP.188", "Episode 3", "42": a title part that is only a number. */
    static final Pattern EPISODE_NUMBER =
            Pattern.compile("(?i)(#|ep\\.? ?|episode |folge |épisode |episodio |aflevering )?\\d+");

    /**
     * An episode number before the title's first capital, glued or not: "Ep.20-Mara", "Episode 42.
     * Mara", "#141 Mara", "Folge 7: Mara", "12) Mara".
     */
    static final Pattern NUMBER_PREFIX =
            Pattern.compile(
                    "(?i:(?:#|ep\\.? ?|episode |folge |épisode |episodio |aflevering"
                            + " )\\d+[-\u2013\u2014.:)]?|\\d+[-\u2013\u2014.:)]) ?(?=\\p{Lu})");

    private TitleGuests() {}

    /**
     * The guests the title's shape names; {@code words} are the title's {@link Names#words}, {@code
     * notes} the episode's other texts.
     */
    static List<Mention> find(String title, List<String> words, List<String> notes) {
        List<Mention> found = new ArrayList<>();
        onTopic(words, notes).ifPresent(found::add);
        if (found.isEmpty()) {
            parts(title, notes).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            RemarkTitles.find(words)
                    .or(() -> QuotedSayingTitles.find(words, notes))
                    .ifPresent(found::add);
        }
        if (found.isEmpty()) {
            firstNameOnly(words, notes).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            RoleLineTitles.find(title, words, notes).ifPresent(found::add);
        }
        return found;
    }

    /**
     * "Knots with Mara": a first name alone after "with" names the guest only when the notes give
     * that name a handle ("Mara (@mara)") or make it say or do something a guest does ("Mara
     * explains"); "Cooking with Gas" names no one.
     */
    private static Optional<Mention> firstNameOnly(List<String> words, List<String> notes) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String name = words.get(i + 1);
            boolean alone =
                    i + 2 == words.size()
                            || endsPhrase(name)
                            || !Names.isNameWord(words.get(i + 2));
            if (PersonWords.isWithWord(words.get(i))
                    && !endsPhrase(words.get(i))
                    && alone
                    && Names.isNameWord(name)
                    && !PersonWords.isSiteWord(name)
                    && !PersonWords.isHonorific(name)
                    && !Names.isPossessive(name)
                    && core(name).length() > 1
                    && !core(name).equals(core(name).toUpperCase(java.util.Locale.ROOT))
                    && speaksAsGuest(core(name), notes)) {
                return Optional.of(new Mention(core(name), i + 1));
            }
        }
        return Optional.empty();
    }

    /** "Mara (@mara)", "Mara explains", "Mara joins": the notes' cues for a first name alone. */
    private static boolean speaksAsGuest(String name, List<String> notes) {
        for (String note : notes) {
            if (!note.contains(name)) {
                continue;
            }
            List<String> words = words(note);
            for (int i = 0; i + 1 < words.size(); i++) {
                if (words.get(i).equals(name)
                        && (words.get(i + 1).startsWith("(@")
                                || GUEST_VERBS.contains(words.get(i + 1))
                                || SpeakerVerbs.speaksAt(words, i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a guest does in the notes: speaks, joins, explains. */
    private static final java.util.Set<String> GUEST_VERBS =
            java.util.Set.of(
                    "joins",
                    "explains",
                    "shares",
                    "talks",
                    "tells",
                    "says",
                    "describes",
                    "erklärt",
                    "erzählt",
                    "explique",
                    "raconte",
                    "explica",
                    "cuenta",
                    "spiega",
                    "racconta",
                    "conta",
                    "vertelt",
                    "legt");

    /**
     * "Mara Quill on Topic", "Punk icon Mara Quill on Topic", "Dr Mara Quill, Epidemiologist at
     * Harbour, on Topic", "Prof. Mara Quill o Topic": a name before "on" (or its word in the other
     * languages), at the title's start or after words that describe the person.
     */
    private static Optional<Mention> onTopic(List<String> words, List<String> notes) {
        for (int start = 0; start < words.size(); start++) {
            // A part after a separator starts as the title does: "Topic: Mara Quill on Knots"
            boolean afterSeparator =
                    start > 0
                            && (words.get(start - 1).endsWith(":")
                                    || Names.isDash(words.get(start - 1))
                                    || words.get(start - 1).equals("|"));
            if ((start > 4 && !afterSeparator)
                    || (start > 0 && !afterSeparator && Names.isNameWord(words.get(start - 1)))) {
                continue;
            }
            Span span = Names.personAt(words, start);
            if (span == null || Names.isPossessive(words.get(span.to() - 1))) {
                continue;
            }
            int end = span.to();
            boolean honorific = span.from() > start;
            boolean roleBefore = start > 0 && PersonWords.isRoleNoun(words.get(start - 1));
            boolean roleAfter = false;
            if (words.get(end - 1).endsWith(",") && end < words.size()) {
                // "Mara Quill, Epidemiologist at Harbour, on Topic"
                roleAfter = roleInApposition(words, end);
                int k = end;
                while (k < words.size() && k < end + 8 && !words.get(k).endsWith(",")) {
                    k++;
                }
                end = k + 1;
            } else if (endsPhrase(words.get(end - 1))) {
                continue;
            }
            boolean atStart =
                    start == 0
                            || afterSeparator
                            || roleBefore
                            || honorific
                            || numberBefore(words, start);
            if (end >= words.size() || !atStart || !isOnWord(words.get(end), honorific)) {
                continue;
            }
            String name = join(words, span.from(), span.to());
            // Inside a title (after a number or a separator), a topic's name stands as often as a
            // person's: there the notes must introduce or describe the person, not merely follow
            // the name with a verb ("Focus Mode is an app")
            boolean inside = start > 0 && !roleBefore && !honorific;
            if (honorific
                    || roleBefore
                    || roleAfter
                    || (inside ? introducedIn(name, notes) : spokenOfAsPerson(name, notes))) {
                return Optional.of(new Mention(name, span.from()));
            }
        }
        return Optional.empty();
    }

    /** Most words of an apposition after a name that are searched for its role. */
    private static final int APPOSITION_MAX_WORDS = 8;

    /**
     * Whether the apposition after a name's comma names a role: "Epidemiologist at Harbour", "lamp
     * keeper at Beacon Works", "chief economist of Harbour Bank", "a historian". Its first word may
     * be a capitalised role noun; further in, only a lower-case one counts, since the capitalised
     * words there are a company's or a place's. The apposition ends at its comma or colon.
     */
    static boolean roleInApposition(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + APPOSITION_MAX_WORDS; k++) {
            String w = words.get(k);
            if (PersonWords.isRoleNoun(w, k == from) && !PersonWords.isHostWord(w)) {
                return true;
            }
            if (endsPhrase(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the words before {@code start} are only an episode number ("#12", "Ep. 7:", "Folge 3
     * -", "12."), after which the title's own words start.
     */
    private static boolean numberBefore(List<String> words, int start) {
        if (start > 3) {
            return false;
        }
        String before = String.join(" ", words.subList(0, start));
        int end = before.length();
        while (end > 0 && " -\u2013\u2014.:)|".indexOf(before.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && EPISODE_NUMBER.matcher(before.substring(0, end)).matches();
    }

    /**
     * Whether a note introduces the person as a guest or opens by describing them ("Mara Quill is a
     * historian ...").
     */
    private static boolean introducedIn(String name, List<String> notes) {
        for (String note : notes) {
            if (!note.contains(name)) {
                continue;
            }
            for (Mention m : DescribedOpenings.describedPerson(note)) {
                if (m.name().equals(name)) {
                    return true;
                }
            }
            for (Mention m : GuestIntroductions.find(note, false)) {
                if (m.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "on", "sur", "über", ...; after an honorific, any short lower-case word ("o", "om"). */
    private static boolean isOnWord(String raw, boolean honorific) {
        return PersonWords.isOnWord(raw)
                || (honorific && raw.length() <= 2 && Character.isLowerCase(raw.charAt(0)));
    }

    /**
     * Whether the notes speak of the name's first word alone, as of a person they know ("Con Mara
     * parliamo", "Mara tells us"): a capitalised word equal to it that the rest of the name does
     * not follow. A topic's first word rarely stands alone with a capital ("Deep Learning").
     */
    static boolean mentionedAlone(List<String> name, List<String> notes) {
        if (name.size() < 2) {
            return false;
        }
        String first = core(name.get(0));
        String second = core(name.get(1));
        for (String note : notes) {
            if (!note.contains(first)) {
                continue;
            }
            List<String> words = words(note);
            for (int i = 0; i < words.size(); i++) {
                if (core(words.get(i)).equals(first)
                        && (i + 1 == words.size()
                                || endsPhrase(words.get(i))
                                || !core(words.get(i + 1)).equalsIgnoreCase(second))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Mara Quill of Harbour Lights", "Mara Quill from Acme": the name, then where the person is
     * from, when the notes speak of the name as of a person ("Ancient Gods of Egypt" is a topic).
     */
    static boolean ofPlace(List<String> words, Span span, String name, List<String> notes) {
        int at = span.to();
        return at + 1 < words.size()
                && !endsPhrase(words.get(at - 1))
                && (Vocabulary.coreIs(words.get(at), "of")
                        || Vocabulary.coreIs(words.get(at), "from"))
                && Names.isNameWord(words.get(at + 1))
                && spokenOfAsPerson(name, notes);
    }
}
