package dev.showpage.internal.text;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * A name that opens a sentence and is set off by an apposition saying it is the show's guest: "Mara
 * Quill, our guest this week, runs a bakery", "Mara Quill, notre invitée, ...", "Mara Quill, de
 * studiogast van vandaag, ...", "Mara Quill, unser Studiogast, ...". The apposition must start with
 * a word of {@link #DEFINITE} (a definite article, the Portuguese "a" among them, or a possessive)
 * and after the guest word hold only words of this episode ({@link #ofThisEpisode}): that is what
 * refuses "a guest at the festival", anyone's guest. A guest of another episode ("our guest last
 * week"), of an occasion ("the guest of honour", "our guest at the gala") is none of this one.
 */
final class GuestAppositions {

    private GuestAppositions() {}

    /**
     * The definite articles and possessives of the seven languages that open an apposition about
     * the show's own guest.
     */
    private static final Vocabulary DEFINITE =
            Vocabulary.of(
                    "the our my notre mon ma le la unser unsere mein meine der die el nuestro"
                            + " nuestra mi il nostro nostra o a nosso nossa de onze mijn het");

    /**
     * German and Dutch join the kind of guest into one word with "Gast"/"gast": the compounds of a
     * broadcast's guests ("Studiogast", "mediagast", "sportgast", "tafelgast", "Talkgast"); not an
     * event's or a house's ("Ehrengast", "Stammgast", "Fahrgast").
     */
    private static final Vocabulary GUEST_COMPOUNDS =
            Vocabulary.of(
                    "studiogast mediagast sportgast tafelgast talkgast radiogast televisiegast"
                            + " tv-gast");

    /** The words of {@link #GUEST_COMPOUNDS}, for the text's prefilter. */
    static final String WORDS = String.join(" ", GUEST_COMPOUNDS.words());

    /** Most words of the apposition after the guest word. */
    private static final int APPOSITION_MAX_WORDS = 8;

    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        for (int i = 0; i + 3 < words.size(); i++) {
            if (i > 0 && !CreditLines.endsSentence(words.get(i - 1))) {
                continue;
            }
            Span span = Names.personAt(words, i);
            if (span == null
                    || span.from() != i
                    || span.to() + 1 >= words.size()
                    || credit[i]
                    || !words.get(span.to() - 1).endsWith(",")
                    || !DEFINITE.containsCore(words.get(span.to()))
                    || Names.endsPhrase(words.get(span.to()))) {
                continue;
            }
            int guest = span.to() + 1;
            if (DEFINITE.containsCore(words.get(guest))
                    && !Names.endsPhrase(words.get(guest))
                    && guest + 1 < words.size()) {
                guest++; // "il nostro ospite", "o nosso convidado": an article and a possessive
            }
            if (!isGuestWord(words.get(guest))
                    || !ofThisEpisode(words, guest)
                    || !theShows(words, span.to(), guest)) {
                continue;
            }
            found.add(new Mention(Names.join(words, span.from(), span.to()), span.from()));
        }
    }

    /**
     * The possessives of the seven languages among {@link #DEFINITE}: "our", "notre", "unser",
     * "nuestra", "il nostro", "o nosso", "onze", which make the guest the show's.
     */
    private static final Vocabulary POSSESSIVES =
            Vocabulary.of(
                    "our my notre mon ma unser unsere mein meine nuestro nuestra mi nostro"
                            + " nostra nosso nossa onze mijn");

    /**
     * Whether the apposition from {@code article} to the guest word at {@code guest} makes the
     * guest the show's: a possessive, a broadcast's compound ("de studiogast"), or a word of this
     * edition after the guest word ("the guest this week"). A bare "the guest," is anyone's: a
     * hotel's, a party's.
     */
    private static boolean theShows(List<String> words, int article, int guest) {
        return POSSESSIVES.containsCore(words.get(article))
                || POSSESSIVES.containsCore(words.get(guest - 1))
                || GUEST_COMPOUNDS.containsCore(words.get(guest))
                || !words.get(guest).endsWith(",");
    }

    private static boolean isGuestWord(String raw) {
        return !Names.isPossessive(raw)
                && !GuestWordPhrases.isPlural(raw)
                && (PersonWords.isGuestHeadingWord(raw) || GUEST_COMPOUNDS.containsCore(raw));
    }

    /**
     * The words that may follow the guest word in the apposition and keep the guest this episode's:
     * of today, this week and this hour, in the seven languages ("our guest this week", "notre
     * invitée du jour", "de mediagast in het eerste uur"). Any other word may name another show,
     * station or broadcast ("der Gast der Sendung X", "de studiogast van gisteren", "the guest on
     * X"), whose guest is none of this one.
     */
    private static final Vocabulary OF_THIS_EPISODE =
            Vocabulary.of(
                    "this today today's tonight week hour first second du jour d'aujourd'hui"
                            + " aujourd’hui d’aujourd’hui de cette semaine heure dieser diese woche"
                            + " heute stunde de hoy esta semana hora di oggi questa settimana ora"
                            + " de hoje desta semana van vandaag deze week in het eerste tweede"
                            + " uur");

    /**
     * Whether the apposition from its guest word at {@code guest} to its closing comma places the
     * guest in this episode: only words of {@link #OF_THIS_EPISODE} after the guest word.
     */
    private static boolean ofThisEpisode(List<String> words, int guest) {
        for (int k = guest; k < words.size() && k <= guest + APPOSITION_MAX_WORDS; k++) {
            String w = words.get(k);
            if (k > guest && !OF_THIS_EPISODE.containsCore(w)) {
                return false;
            }
            if (w.endsWith(",")) {
                return true;
            }
            if (Names.endsPhrase(w)) {
                return false;
            }
        }
        return false;
    }
}
