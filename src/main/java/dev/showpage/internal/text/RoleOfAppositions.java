package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The name set after a role of an organisation and a comma: "with the CEO of Harbour Radio, Mara
 * Quill", "avec la fondatrice de Marée Haute, Claire Dubois", "mit dem Gründer von Nordlicht, Jonas
 * Weber", "con la directora de Faro Azul, Lucía Pérez", "con il fondatore di Vela Nera, Paolo
 * Neri", "com o fundador da Onda Viva, Rui Costa", "met de oprichter van Zeewind, Joris van Dam".
 * The role noun is what makes a person of the name after the comma; "with the help of Harbour
 * Radio, Mara Quill" has none.
 */
final class RoleOfAppositions {

    private RoleOfAppositions() {}

    /** "Of" and its forms with the article, in the seven languages. */
    private static final Vocabulary OF =
            Vocabulary.of("of at de du des von vom der bei del di della dello da do dos das van");

    /**
     * The words before "with" that make the talk the episode's, in the seven languages: the
     * episode's nouns, the nouns of a talk, and the verbs of talking as a show says them ("we talk
     * with", "on parle avec", "wir sprechen mit", "hablamos con", "parliamo con", "conversamos
     * com", "we praten met"). A meeting's "with" ("met with", "spoke with") is news about others.
     */
    private static final Vocabulary EPISODES_WITH =
            Vocabulary.of(
                    "episode épisode folge episodio puntata episódio aflevering show sendung"
                            + " émission programa programma uitzending conversation interview"
                            + " chat gespräch entretien entrevista conversación charla"
                            + " intervista conversazione conversa gesprek talk talks chats"
                            + " parle parlons discute discutons sprechen spreche reden plaudern"
                            + " hablamos charlamos conversamos parliamo conversiamo"
                            + " chiacchieriamo falamos praten spreken");

    /** "By" after "joined", the other way a show says who is with it: "joined by". */
    private static final Vocabulary JOINED = Vocabulary.of("joined");

    /**
     * Whether the "with" right before {@code start} is the episode's: "this episode with", "we talk
     * with", "joined by"; never "met with" or "spoke with".
     */
    private static boolean isTheEpisodesWith(List<String> words, int start) {
        if (start < 2 || endsPhrase(words.get(start - 2))) {
            return false;
        }
        String with = words.get(start - 1);
        String before = words.get(start - 2);
        return PersonWords.isWithWord(with)
                ? EPISODES_WITH.containsCore(before)
                : "by".equalsIgnoreCase(Names.core(with)) && JOINED.containsCore(before);
    }

    /** Most words of the organisation's name. */
    private static final int ORGANISATION_MAX_WORDS = 3;

    /**
     * The name after word {@code comma}, which ends the organisation's name with a comma, when a
     * role noun and "of" stand before that name, from {@code start} on; null otherwise.
     */
    static Span nameAfter(List<String> words, int start, int comma) {
        if (!words.get(comma).endsWith(",")
                || comma + 1 >= words.size()
                || !isTheEpisodesWith(words, start)) {
            return null;
        }
        int of = comma - 1;
        while (of > start
                && of >= comma - ORGANISATION_MAX_WORDS
                && !OF.containsCore(words.get(of))
                && Character.isUpperCase(words.get(of).charAt(0))
                && !endsPhrase(words.get(of))) {
            of--;
        }
        if (of <= start
                || of == comma
                || !OF.containsCore(words.get(of))
                || endsPhrase(words.get(of))
                || !Character.isUpperCase(words.get(of + 1).charAt(0))) {
            return null;
        }
        String role = words.get(of - 1);
        if (!PersonWords.isRoleNoun(role) || endsPhrase(role) || ShowCircleWords.isShowsOwn(role)) {
            return null;
        }
        Span span = Names.personAt(words, comma + 1);
        if (span == null
                || span.from() != comma + 1
                || Names.isPossessive(words.get(span.to() - 1))) {
            return null;
        }
        String last = words.get(span.to() - 1);
        return span.to() == words.size() || last.endsWith(",") || CreditLines.endsSentence(last)
                ? span
                : null;
    }
}
