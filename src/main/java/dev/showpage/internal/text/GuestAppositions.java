package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;
import java.util.Locale;

/**
 * A name that opens a sentence and is set off by the episode's word for its guest: "Mara Quill, the
 * studio guest in the first hour, ...", "Joris van Dam, de sportgast van vandaag, ...", "Lea
 * Brandt, der Studiogast, ...", "Claire Dubois, l'invitée du jour, ...", "Lucía Pérez, la invitada
 * de hoy, ...". Not a guest of honour, a guest of another episode, a guest host, nor a guest word
 * that only qualifies another noun ("the guest house").
 */
final class GuestAppositions {

    private GuestAppositions() {}

    /**
     * The articles and possessives that open such an apposition, in the seven languages ("the",
     * "our", "de", "het", "onze", "der", "die", "unser", "le", "la", "notre", "el", "nuestro",
     * "il", "nostro", "o", "a", "nosso").
     */
    private static final Vocabulary OPENERS =
            Vocabulary.of(
                    "the our de het onze der die unser unsere le la notre el nuestro nuestra il"
                            + " lo nostro nostra o a nosso nossa");

    /** The singular nouns for a show's guest in the seven languages. */
    private static final Vocabulary GUEST_NOUNS =
            Vocabulary.of(
                    "guest gast gästin invité invitée invitado invitada ospite convidado"
                            + " convidada");

    /**
     * The prepositions and relative pronouns that may follow the guest noun and leave it the head
     * of the apposition ("the guest in the first hour", "de gast van vandaag", "l'invité du jour",
     * "la invitada de hoy", "l'ospite di oggi", "der Gast im Studio", "the guest who ..."); a noun
     * after it ("the guest house", "the guest list") makes it a qualifier instead.
     */
    private static final Vocabulary FOLLOWERS =
            Vocabulary.of(
                    "in of on for from who van bij uit die im aus von der des vom du de dans qui"
                            + " del en que di della dello dei che da do dos em no na desta deste");

    /**
     * German and Dutch compounds ending in "gast" that name no show's guest: a guest of honour, a
     * regular at a bar, a host ("gastheer" does not end in "gast"), a house guest.
     */
    private static final Vocabulary NOT_GUESTS =
            Vocabulary.of("ehrengast eregast stammgast hausgast logeergast");

    /** Whether the name {@code span} opens its sentence and such an apposition follows it. */
    static boolean names(List<String> words, Span span) {
        int from = span.from();
        int to = span.to();
        if ((from > 0 && !CreditLines.endsSentence(words.get(from - 1)))
                || to + 1 >= words.size()
                || !words.get(to - 1).endsWith(",")
                || Names.isPossessive(words.get(to - 1))) {
            return false;
        }
        int guest = guestNounAt(words, to);
        if (guest < 0) {
            return false;
        }
        String noun = words.get(guest);
        if (GUEST_NOUNS.containsCore(elided(noun).isEmpty() ? noun : elided(noun))
                && (guest == to || guest == to + 1)
                && !ofTheEpisode(words, guest + 1)) {
            // a bare "der Gast", "the guest" is as often a visiting team's ("Harbour United, der
            // Gast im Finale"): the show's guest is tied to the episode or its time
            return false;
        }
        if (endsPhrase(noun)) {
            return noun.endsWith(",");
        }
        if (guest + 1 >= words.size()) {
            return false;
        }
        String next = words.get(guest + 1);
        return FOLLOWERS.containsCore(next)
                && !OtherEpisodeWords.isHonour(next)
                && !otherEpisode(words, guest + 1);
    }

    /**
     * Where the guest noun stands after the article at {@code at}: right after it, glued to an
     * elided article ("l'invitée"), or after one word that qualifies it ("the studio guest"); else
     * -1.
     */
    private static int guestNounAt(List<String> words, int at) {
        String opener = words.get(at);
        if (isGuestNoun(elided(opener))) {
            return at; // "l'invitée du jour"
        }
        if (!OPENERS.containsCore(opener) || endsPhrase(opener) || at + 1 >= words.size()) {
            return -1;
        }
        if (isGuestNoun(words.get(at + 1))) {
            return at + 1;
        }
        String qualifier = words.get(at + 1);
        if (at + 2 < words.size()
                && !endsPhrase(qualifier)
                && Character.isLowerCase(qualifier.charAt(0))
                && !ShowCircleWords.isShowsOwn(qualifier)
                && !OtherEpisodeWords.isBeforeOrAfter(qualifier)
                && isGuestNoun(words.get(at + 2))) {
            return at + 2; // "the studio guest", "la invitada especial"... read as "the X guest"
        }
        return -1;
    }

    /** A guest noun, or a German or Dutch compound of one ("mediagast", "Studiogast"). */
    private static boolean isGuestNoun(String raw) {
        if (GUEST_NOUNS.containsCore(raw)) {
            return true;
        }
        String w = core(raw).toLowerCase(Locale.ROOT);
        return w.length() > "gast".length() + 2
                && w.endsWith("gast")
                && Character.isLetter(w.charAt(0))
                && !NOT_GUESTS.containsCore(w);
    }

    /** The word past a French or Italian elided article ("l'invitée"); else the word. */
    private static String elided(String raw) {
        int verb = IntroducingVerbs.elided(raw);
        return verb > 0 ? raw.substring(verb) : "";
    }

    /**
     * The words of a show's time that are no word of {@link HavePhrases#WHEN_WORDS}: the day and
     * the hour ("l'invitée du jour", "the guest in the first hour", "de gast van het eerste uur").
     */
    private static final Vocabulary TIME_WORDS =
            Vocabulary.of("day jour tag día dia giorno dag hour heure stunde hora ora uur");

    /** A word of the episode or of its time in the few words after {@code from}. */
    private static boolean ofTheEpisode(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + 4; k++) {
            String w = words.get(k);
            if (HavePhrases.WHEN_WORDS.containsCore(w) || TIME_WORDS.containsCore(w)) {
                return true;
            }
            if (endsPhrase(w)) {
                return false;
            }
        }
        return false;
    }

    /** A word of another episode's time in the few words after the guest noun ("of last week"). */
    private static boolean otherEpisode(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + 3; k++) {
            if (OtherEpisodeWords.isBeforeOrAfter(words.get(k))
                    || OtherEpisodeWords.isAtEvent(words.get(k))) {
                return true;
            }
            if (endsPhrase(words.get(k))) {
                return false;
            }
        }
        return false;
    }
}
