package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * Whether what follows a name closes the mention of a guest: the sentence's end ("This week we have
 * Mara Quill."), a comma and a role that is not the show's own ("Tom Reed, a beekeeper"), a word of
 * talking or of being a guest ("Mara Quill to talk about bread", "Lucía Pérez como invitada"), a
 * word of the guest's subject right after the name ("Sabine Vermeer over haar boek"), or the show
 * or its studio ("Ana Lima no estúdio"). Readers whose phrase alone says little of a guest (a verb
 * of having, a second "with") ask this, since a name so placed is as often whom the episode is
 * about ("we have Donald Trump threatening tariffs", "with Boston Dynamics robots in the back") or
 * one of the crew ("Sarah Mills, our producer").
 */
final class GuestMentionEnds {

    private GuestMentionEnds() {}

    /**
     * The infinitives of talking in the seven languages, which follow a guest's name with a word of
     * purpose ("to talk", "para hablar", "pour parler", "per parlare", "a falar", "om te praten"),
     * beside the conjugated forms of {@link PersonWords#isConversationWord}.
     */
    private static final Vocabulary TALK_INFINITIVES =
            Vocabulary.of(
                    "talk speak chat discuss hablar charlar conversar parler discuter parlare"
                            + " chiacchierare discutere falar conversar sprechen reden plaudern"
                            + " praten spreken");

    /**
     * The studio, beside the words of the show and the episode ({@link HavePhrases#WHEN_WORDS}): a
     * guest is had "in the studio", "no estúdio", "im Studio".
     */
    private static final Vocabulary STUDIO_WORDS = Vocabulary.of("studio studios estudio estúdio");

    /**
     * The words for "about" that lead to a guest's subject ("Mara Quill about her book", "Jonas
     * Weber über sein Buch", "Lucía Pérez sobre su libro", "Sabine Vermeer over haar boek"); the
     * English "about" not before "to" ("about to raise taxes" says what someone will do).
     */
    private static final Vocabulary ABOUT = Vocabulary.of("about über sobre over");

    /**
     * The indefinite articles that may open the role after the comma ("Tom Reed, a beekeeper",
     * "Lucía Pérez, una periodista"); a possessive ("our producer") makes the role the show's.
     */
    private static final Vocabulary INDEFINITE =
            Vocabulary.of("a an un une una uno um uma ein eine een");

    /** Most words after the name in which a word of talking, of a guest or of the show may come. */
    private static final int REACH = 3;

    /** Whether the words after {@code span} close a guest's mention; see the class. */
    static boolean closes(List<String> words, Span span) {
        return closes(words, span, true);
    }

    private static boolean closes(List<String> words, Span span, boolean mayJoin) {
        int to = span.to();
        if (to >= words.size()) {
            return true;
        }
        String last = words.get(to - 1);
        if (CreditLines.endsSentence(last)) {
            return true;
        }
        if (last.endsWith(",")) {
            // "con Lucía Pérez, con Diego Ruiz": a list of "with"s goes on
            return guestRole(words, to) || PersonWords.isWithWord(words.get(to));
        }
        if (endsPhrase(last)) {
            return false; // a colon, a semicolon, a bracket: what follows is no longer of the name
        }
        String next = words.get(to);
        if (PersonWords.isAndWord(next)
                && to + 1 < words.size()
                && PersonWords.isWithWord(words.get(to + 1))) {
            return true; // "con Diego Ruiz y con Ana Gil"
        }
        if (mayJoin
                && PersonWords.isAndWord(next)
                && to + 1 < words.size()
                && Names.isNameWord(words.get(to + 1))) {
            // "Mara Quill and Tom Reed, both bakers": the second name closes both
            Span second = Names.personAt(words, to + 1);
            return second != null && closes(words, second, false);
        }
        if (isRole(next) && Character.isLowerCase(next.charAt(0))) {
            return true; // "con Isabel Cadenas creadora de ...": the role without a comma
        }
        int from = afterNickname(words, to);
        for (int k = from; k < words.size() && k < from + REACH; k++) {
            String w = words.get(k);
            if (PersonWords.isConversationWord(w)
                    || INVITED.containsCore(w)
                    || TALK_INFINITIVES.containsCore(w)
                    || PersonWords.isGuestHeadingWord(w)
                    || HavePhrases.WHEN_WORDS.containsCore(w)
                    || STUDIO_WORDS.containsCore(w)
                    || (k == to && isAbout(words, k))) {
                return true;
            }
            if (endsPhrase(w) || Names.isNameWord(w)) {
                return false;
            }
        }
        return false;
    }

    /** "about" at {@code k}, not "about to". */
    private static boolean isAbout(List<String> words, int k) {
        return ABOUT.containsCore(words.get(k))
                && !endsPhrase(words.get(k))
                && !(k + 1 < words.size() && Vocabulary.coreIs(words.get(k + 1), "to"));
    }

    /**
     * "a beekeeper", "periodista", "que es uno de los mejores escritores": a role that is no
     * host's, no crew's and no credit, right after the comma or in a clause that says what the
     * person is.
     */
    private static boolean guestRole(List<String> words, int at) {
        int k = at;
        if (k + 2 < words.size()
                && RELATIVES.containsCore(words.get(k))
                && GuestIntroductions.isCopula(words.get(k + 1))) {
            for (int p = k + 2; p < words.size() && p < k + 2 + CLAUSE_REACH; p++) {
                String w = words.get(p);
                if (ShowCircleWords.OUR.containsCore(w) || YOUR.containsCore(w)) {
                    return false; // "who is our producer": the show's own
                }
                if (isRole(w) || isRole(singular(w))) {
                    return true; // "who is a baker", "que es uno de los mejores escritores"
                }
                if (endsPhrase(w)) {
                    return false;
                }
            }
            return false;
        }
        if (k + 1 < words.size() && INDEFINITE.containsCore(words.get(k))) {
            k++;
        }
        String w = words.get(k);
        return PersonWords.isRoleNoun(w, true) ? !isShowsOwn(w) : isApposition(words, k);
    }

    /**
     * A role the vocabulary does not hold, told by its shape: one lower-case word that closes the
     * apposition or opens its "of" ("músico,", "actriz.", "guida di montagna"), not a verb's "-ing"
     * ("Donald Trump, threatening tariffs") and not the show's own ("our producer").
     */
    private static boolean isApposition(List<String> words, int k) {
        String w = words.get(k);
        if (!Character.isLowerCase(w.charAt(0))
                || Names.core(w).endsWith("ing")
                || ShowCircleWords.OUR.containsCore(w)
                || YOUR.containsCore(w)
                || INDEFINITE.containsCore(w)
                || isShowsOwn(w)) {
            return false;
        }
        boolean closes = w.endsWith(",") || CreditLines.endsSentence(w);
        return closes
                || (!endsPhrase(w) && k + 1 < words.size() && OF.containsCore(words.get(k + 1)));
    }

    /**
     * The words for "of" after a role ("periodista de radio", "guida di montagna", "author of").
     */
    private static final Vocabulary OF = Vocabulary.of("of de di da do du del della van von");

    /**
     * The word without its plural's "s" or "es" ("escritores", "writers"), for "one of the best
     * writers"; the word itself when it has neither.
     */
    private static String singular(String raw) {
        String w = raw.replaceAll("[.,;:!?]+$", "");
        if (w.endsWith("es")
                && w.length() > 4
                && PersonWords.isRoleNoun(w.substring(0, w.length() - 2))) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean isRole(String role) {
        return PersonWords.isRoleNoun(role) && !isShowsOwn(role);
    }

    /** A host's, a credit's or the crew's word: the show's own people, no guest. */
    private static boolean isShowsOwn(String role) {
        return ShowCircleWords.isShowsOwn(role);
    }

    /**
     * Past "aka" or "alias" and a quoted nickname ("Lea Brandt aka „Die Brandt“ eingeladen"): the
     * index after the word that closes the quote, or {@code at} when none stands there.
     */
    private static int afterNickname(List<String> words, int at) {
        if (!ALIAS.containsCore(words.get(at))) {
            return at;
        }
        for (int k = at + 1; k < words.size() && k <= at + NICKNAME_MAX_WORDS; k++) {
            String w = words.get(k).replaceAll("[.,;:!?]+$", "");
            if (!w.isEmpty() && QuotationMarks.closes(w.charAt(w.length() - 1))) {
                return k + 1;
            }
        }
        return at;
    }

    /** "aka", "alias": a nickname follows the name. */
    private static final Vocabulary ALIAS = Vocabulary.of("aka a.k.a. alias");

    /** Most words of a quoted nickname. */
    private static final int NICKNAME_MAX_WORDS = 4;

    /** Most words between "who is" and the role ("que es uno de los mejores escritores"). */
    private static final int CLAUSE_REACH = 8;

    /**
     * The relative pronouns that open a clause about the person: who, que, qui, der, die, che, dat.
     */
    private static final Vocabulary RELATIVES = Vocabulary.of("who que qui der die che dat");

    /** "your", "vuestro", "votre", "euer", "vostro", "vosso", "jullie": the hosts' of the show. */
    private static final Vocabulary YOUR =
            Vocabulary.of(
                    "your vuestro vuestra vuestros vuestras votre vos euer eure vostro vostra"
                            + " vosso vossa jullie");

    /**
     * The participles of inviting ("invited", "eingeladen", "invitada", "invitato", "uitgenodigd"):
     * a guest is invited.
     */
    private static final Vocabulary INVITED =
            Vocabulary.of(
                    "invited eingeladen invitado invitada invité invitée invitato invitata"
                            + " convidado convidada uitgenodigd");
}
