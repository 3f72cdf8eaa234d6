package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentence that names an episode's guests together by the plural of the guest noun and a
 * present-tense "are": "Our guests are Mara Quill and Tom Reed", "Les invités sont Claire Dubois et
 * Paul Martin", "Die Gäste sind ...", "Los invitados de hoy son ...", "Gli ospiti sono ...", "Os
 * convidados são ...", "De gasten zijn ...". The singular ("my guest is X") is {@link
 * GuestIntroductions}'. Each name must close where the list goes on (a comma, "and", the sentence's
 * end): "Our guests are Mara Quill fans" names no one. Past tense ("guests were") and earlier
 * guests ("previous guests are") speak of other episodes and name none of this one.
 */
public final class PluralGuestSentences {

    private PluralGuestSentences() {}

    /**
     * The plural of the guest noun in the seven languages, masculine and feminine: the UI and prose
     * words of interview shows.
     */
    private static final Vocabulary GUEST_PLURALS =
            Vocabulary.of(
                    "guests invités invitées gäste invitados invitadas ospiti convidados"
                            + " convidadas gasten");

    /** The present tense of "to be" in the plural, in the seven languages. */
    private static final Vocabulary ARE = Vocabulary.of("are sont sind son sono são zijn");

    /**
     * Words that may stand between the noun and "are" to say the guests are this episode's:
     * "today", "tonight", "this week", and "de hoy", "di oggi", "van vandaag", "d'aujourd'hui".
     */
    private static final Vocabulary TODAY =
            Vocabulary.of(
                    "today tonight this week hoy heute aujourd'hui d'aujourd'hui oggi hoje vandaag"
                            + " de di van du la jour semaine woche semana settimana week");

    /** Most such words between the noun and "are", or after "are" ("Die Gäste sind heute"). */
    private static final int TODAY_MAX_WORDS = 3;

    /**
     * Words before the noun that make the guests another episode's: "previous", "former", "past",
     * "other", and their kin.
     */
    private static final Vocabulary EARLIER =
            Vocabulary.of(
                    "previous past former other earlier frühere ehemalige anderen anciens"
                            + " autres anteriores otros precedenti altri outros"
                            + " vorige eerdere andere");

    /** Most names one such list gives. */
    private static final int MAX_NAMES = 6;

    /** The guests the text's plural guest sentences name, in order. */
    public static List<Mention> find(String text) {
        return find(text.toLowerCase(Locale.ROOT), Names.words(text));
    }

    /**
     * As {@link #find(String)}, for a text already lower-cased ({@link java.util.Locale#ROOT}) and
     * split into its {@link Names#words}.
     */
    public static List<Mention> find(String lowerCased, List<String> words) {
        return TextStems.anyInLowerCased(lowerCased, STEMS) ? in(words) : List.of();
    }

    private static List<Mention> in(List<String> words) {
        boolean[] later = LaterEpisodes.mask(words); // "Next week our guests are ..."
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (later[i]
                    || !GUEST_PLURALS.containsCore(words.get(i))
                    || endsPhrase(words.get(i))
                    || !determinedAsThese(words, i)
                    || amongAnOccasionsGuests(words, i)) {
                continue;
            }
            int at = afterToday(words, i + 1);
            if (at + 1 < words.size()
                    && ARE.containsCore(words.get(at))
                    && (!endsPhrase(words.get(at)) || words.get(at).endsWith(":"))) {
                names(words, endsPhrase(words.get(at)) ? at + 1 : afterToday(words, at + 1), found);
            }
        }
        return found;
    }

    /**
     * Prepositions that pick some guests out of a gathering's: "among", "parmi", "unter", "entre",
     * "tra", "fra", "onder".
     */
    private static final Vocabulary AMONG =
            Vocabulary.of("among amongst parmi unter entre tra fra onder");

    /**
     * Whether "among the guests" at {@code i} picks guests out of an occasion that the sentence
     * before it or its own words name: a wedding, a party, a film, an event, another day, or a year
     * ("Lena remembers the party. Among the guests are X and Y."); never the show's own guests
     * ("Among our guests are X and Y" after a sentence on the film the episode discusses).
     */
    private static boolean amongAnOccasionsGuests(List<String> words, int i) {
        if (i < 2
                || !AMONG.containsCore(words.get(i - 2))
                || ShowCircleWords.OUR.containsCore(words.get(i - 1))) {
            return false;
        }
        int from = i - 2;
        boolean pastOne = false;
        while (from > 0) {
            if (CreditLines.endsSentence(words.get(from - 1))) {
                if (pastOne) {
                    break;
                }
                pastOne = true;
            }
            from--;
        }
        for (int k = from; k < words.size() && k < i + 2 * MAX_NAMES; k++) {
            String w = words.get(k);
            if (SocialOccasionWords.isOccasion(w)
                    || OtherOccasionWords.placesElsewhere(w)
                    || OtherOccasionWords.isYear(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the guest noun at {@code i} is determined as this episode's guests: by an article or
     * a possessive alone before it ("our guests", "les invités", "die Gäste", "today's guests"), or
     * by opening the sentence. A word between ("past podcast guests", "recent guests", "previous
     * guests") may make them another episode's, and such a sentence is not read.
     */
    private static boolean determinedAsThese(List<String> words, int i) {
        if (i == 0 || CreditLines.endsSentence(words.get(i - 1))) {
            return true;
        }
        String before = words.get(i - 1);
        return !endsPhrase(before)
                && !EARLIER.containsCore(before)
                && (DETERMINERS.containsCore(before) || TODAY_POSSESSIVES.containsCore(before));
    }

    /**
     * The articles and possessives of a plural in the seven languages: "the", "our", "my", "les",
     * "nos", "die", "unsere", "los", "nuestros", "gli", "i", "nostri", "os", "nossos", "de",
     * "onze".
     */
    private static final Vocabulary DETERMINERS =
            Vocabulary.of(
                    "the our my les nos mes die unsere meine los las nuestros nuestras mis gli i le"
                        + " nostri nostre miei mie os as nossos nossas meus minhas de onze mijn");

    /** "today's", "tonight's", "this week's": the day's guests, as English says it. */
    private static final Vocabulary TODAY_POSSESSIVES =
            Vocabulary.of("today's tonight's week's today’s tonight’s week’s");

    /** Where the words of the day that start at {@code from} end ("de hoy", "this week"). */
    private static int afterToday(List<String> words, int from) {
        int at = from;
        while (at < words.size()
                && at < from + TODAY_MAX_WORDS
                && TODAY.containsCore(words.get(at))
                && !endsPhrase(words.get(at))) {
            at++;
        }
        return at;
    }

    /** The names listed from {@code at}: each closed by a comma, "and" or the sentence's end. */
    private static void names(List<String> words, int at, List<Mention> found) {
        List<Mention> listed = new ArrayList<>();
        while (at < words.size() && listed.size() < MAX_NAMES) {
            Span span = Names.personAt(words, at);
            if (span == null || span.from() > at + 1) {
                break;
            }
            String last = words.get(span.to() - 1);
            if (Names.isPossessive(last)) {
                break;
            }
            int next = span.to();
            boolean and = next < words.size() && PersonWords.isAndWord(words.get(next));
            boolean closed = next == words.size() || endsPhrase(last) || and;
            if (!closed || (and && Names.personAt(words, next + 1) == null)) {
                break; // "Mara Quill fans", "Mara Quill and" cut off: the list is not read whole
            }
            listed.add(new Mention(Names.join(words, span.from(), span.to()), span.from()));
            if (and) {
                at = next + 1;
            } else if (last.endsWith(",")) {
                at = next;
                if (at < words.size() && PersonWords.isAndWord(words.get(at))) {
                    at++; // "Mara Quill, Tom Reed, and Ana Lima"
                }
            } else {
                break; // the sentence ends
            }
        }
        found.addAll(listed);
    }

    /** The stems of the plural guest nouns, to look for in a text before splitting it. */
    private static final List<String> STEMS =
            List.of("guests", "invit", "gäste", "ospiti", "convidad", "gasten");
}
