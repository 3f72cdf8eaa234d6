package dev.showpage.internal.text;

import java.util.List;

/**
 * A teaser that opens with its guest and the host as one subject: "Mara and I discuss her new
 * book", "Mara et moi parlons de ...", "Mara y yo hablamos", "Mara e io parliamo", "Mara und ich
 * sprechen", "Mara en ik praten", "Mara e eu conversamos". An episode list prints one such teaser
 * per episode; two of them, each with another guest, in one episode's notes are a listing whose
 * episodes the page did not tell apart, and the second one's guest is none of the first episode.
 */
public final class PairTeasers {

    private PairTeasers() {}

    /**
     * The first-person pronouns that stand after "and" in a subject of two, in the seven languages
     * (the stressed forms: "moi", not "je").
     */
    private static final Vocabulary I_AFTER_AND = Vocabulary.of("i moi yo io ich ik eu");

    /**
     * The guest's name when {@code text} opens with "Name and I" and a verb in lower case; null
     * otherwise ("Mara and I" closing a sentence, "Mara and Tom discuss" are no such opening).
     */
    public static String guestOpening(String text) {
        return guestOpening(Names.words(text));
    }

    /** As {@link #guestOpening(String)}, for a text already split into its {@link Names#words}. */
    public static String guestOpening(List<String> words) {
        if (words.size() < MIN_WORDS) {
            return null;
        }
        // a first name alone is how such teasers name the guest ("J.T. and I discuss")
        int end = Names.nameEnd(words, 0);
        if (end == 0 || end > Names.NAME_MAX_WORDS || end + 2 >= words.size()) {
            return null;
        }
        Names.Span full = end > 1 ? Names.personAt(words, 0) : null;
        if (SubjectPhrases.OPENING_ADVERBS.containsCore(words.get(0))
                || (end > 1 && (full == null || full.from() != 0 || full.to() != end))) {
            return null; // "Then Greta and I": a capitalised word before the name
        }
        String and = words.get(end);
        String pronoun = words.get(end + 1);
        String verb = words.get(end + 2);
        if (Names.endsPhrase(words.get(end - 1))
                || !PersonWords.isAndWord(and)
                || Names.endsPhrase(and)
                || !I_AFTER_AND.containsCore(pronoun)
                || Names.endsPhrase(pronoun)
                || !Character.isLowerCase(verb.charAt(0))) {
            return null;
        }
        return Names.join(words, 0, end);
    }

    /**
     * Whether two teasers' names are one person's: the same, or a first name alone and a full name
     * it starts ("Greta" and "Greta Holm"), as one episode's notes name its guest again.
     */
    public static boolean samePerson(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.indexOf(' ') < 0 && longer.startsWith(shorter + " ");
    }

    /** The fewest words of such a teaser: the name, "and", "I", a verb and its object. */
    private static final int MIN_WORDS = 5;
}
