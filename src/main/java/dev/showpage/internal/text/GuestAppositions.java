package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * A name that opens a sentence and is set off by the episode's word for its guest: "Mara Quill, the
 * studio guest in the first hour, ...", "Joris van Dam, de sportgast van vandaag, ...", "Lea
 * Brandt, der Studiogast, ...", "Claire Dubois, l'invitée du jour, ...", "Lucía Pérez, la invitada
 * del programa, ...". Only the words that name a show's guest are read: the compounds of the studio
 * and the media, and a bare guest noun only when the show or the episode follows it ("the guest of
 * this episode"), for "der Gast von heute", "el invitado de hoy" are as often a visiting team. The
 * whole apposition is read for another episode's time ("l'invitée de la semaine prochaine"), which
 * leaves the name unread, and so do a guest of honour and a guest at an event.
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

    /** The singular nouns for a guest in the seven languages. */
    private static final Vocabulary GUEST_NOUNS =
            Vocabulary.of(
                    "guest gast gästin invité invitée invitado invitada ospite convidado"
                            + " convidada");

    /**
     * The Dutch and German compounds that Dutch and German radio and television use for the guest
     * of a show: the studio's, the media's, the sports', the culture's, the talk's, the music's
     * guest. Other compounds of "gast" name a passenger, a hotel guest or a regular ("Fahrgast",
     * "Hotelgast", "Stammgast", "huisgast").
     */
    private static final Vocabulary SHOW_GUEST_COMPOUNDS =
            Vocabulary.of(
                    "studiogast mediagast sportgast cultuurgast talkgast muziekgast"
                            + " studiogästin talkgästin");

    /** The English word that makes a guest the show's when it qualifies it: "the studio guest". */
    private static final Vocabulary SHOW_QUALIFIERS = Vocabulary.of("studio");

    /**
     * The nouns of a show, an episode or the show's day, which tie a bare guest noun to the show:
     * "the guest of the show", "of this episode", "l'invité du jour", "de l'émission", "el invitado
     * del programa", "l'ospite della puntata", "der Gast der Sendung", "de gast van de uitzending",
     * "o convidado do programa".
     */
    private static final Vocabulary SHOW_NOUNS =
            Vocabulary.of(
                    "show episode programme program podcast jour émission épisode programa"
                            + " episodio episódio emisión puntata programma trasmissione sendung"
                            + " folge uitzending aflevering");

    /**
     * The words of another episode's time that are not in {@link OtherEpisodeWords}: the Spanish
     * "que viene" ("la semana que viene"), the Dutch "vorige" and "volgende" are there.
     */
    private static final Vocabulary COMING = Vocabulary.of("viene volgende vorige");

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
        boolean showsWord =
                SHOW_GUEST_COMPOUNDS.containsCore(noun)
                        || (guest == to + 2 && SHOW_QUALIFIERS.containsCore(words.get(to + 1)));
        if (!showsWord && (endsPhrase(noun) || !ofTheShow(words, guest + 1))) {
            return false; // a bare guest noun closed by its comma is tied to no show
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
        if (at + 2 < words.size()
                && SHOW_QUALIFIERS.containsCore(words.get(at + 1))
                && !endsPhrase(words.get(at + 1))
                && GUEST_NOUNS.containsCore(words.get(at + 2))) {
            return at + 2; // "the studio guest"
        }
        return -1;
    }

    /** A guest noun, or a compound that names a show's guest ("mediagast", "Studiogast"). */
    private static boolean isGuestNoun(String raw) {
        return GUEST_NOUNS.containsCore(raw) || SHOW_GUEST_COMPOUNDS.containsCore(raw);
    }

    /** The word past a French or Italian elided article ("l'invitée"); else "". */
    private static String elided(String raw) {
        int verb = IntroducingVerbs.elided(raw);
        return verb > 0 ? raw.substring(verb) : "";
    }

    /** A show's or an episode's noun in the few words after {@code from}: "of this episode". */
    private static boolean ofTheShow(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + 4; k++) {
            String w = words.get(k);
            if (SHOW_NOUNS.containsCore(w) || SHOW_NOUNS.containsCore(elided(w))) {
                return true;
            }
            if (endsPhrase(w)) {
                return false;
            }
        }
        return false;
    }

    /** Most words an apposition is read for another episode's time. */
    private static final int APPOSITION_MAX_WORDS = 12;

    /**
     * A word of another episode's time anywhere in the apposition from {@code from} up to its
     * closing comma: "of last week", "de la semaine prochaine", "de la semana que viene".
     */
    private static boolean otherEpisode(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + APPOSITION_MAX_WORDS; k++) {
            String w = words.get(k);
            if (OtherEpisodeWords.isBeforeOrAfter(w)
                    || OtherEpisodeWords.isAtEvent(w)
                    || COMING.containsCore(w)) {
                return true;
            }
            if (endsPhrase(w)) {
                return false;
            }
        }
        return false;
    }
}
