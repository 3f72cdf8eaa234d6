package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * "with my friend Mara Quill", "avec mon amie Mara Quill", "mit meiner Kollegin Lea Brandt", "con
 * mi colega Jorge Ruiz", "con la mia amica Giulia Conti", "com o meu amigo Rui Costa", "met mijn
 * vriendin Sanne Visser": a host who names someone as a friend or colleague with whom the episode's
 * conversation is held names its guest, though the word of conversation stands further from the
 * "with" than {@link ConversationWith} looks ("une discussion sans filtre, drôle et franche, avec
 * mon amie X"). Without one, a friend may as well co-host, produce, co-write, report or play the
 * music ("réalisé avec mon ami X", "Music with my friend X on guitar"). The possessive must be of
 * the host ("my", "our"), and the friend one person (not "my friends at ..."); a second word may
 * join the first ("ma consœur et amie").
 */
final class FriendPhrases {

    private FriendPhrases() {}

    /** The possessives of the first person, singular and plural, before a singular noun. */
    private static final Vocabulary MY =
            Vocabulary.of(
                    "my our mon ma notre mein meine meinem meiner meinen unser unsere unserem"
                            + " unserer unseren mi nuestro nuestra mio mia nostro nostra meu minha"
                            + " nosso nossa mijn onze");

    /** The articles Italian and Portuguese put before a possessive: "la mia", "o meu". */
    private static final Vocabulary ARTICLES = Vocabulary.of("il la lo o a");

    /**
     * The words for one friend or colleague (with the German dative "Kollegen"), in the seven
     * languages.
     */
    private static final Vocabulary FRIEND_WORDS =
            Vocabulary.of(
                    "friend colleague pal buddy ami amie collègue consœur consoeur confrère freund"
                            + " freundin kollege kollegin kollegen amigo amiga colega amico amica"
                            + " collega vriend vriendin");

    /** The span of the name after the "with" at {@code with} and a friend's words, or null. */
    static Span nameAfter(List<String> words, int with) {
        int at = with + 1;
        if (endsPhrase(words.get(with))
                || at + 2 >= words.size()
                || !afterConversation(words, with)) {
            return null;
        }
        if (ARTICLES.containsCore(words.get(at)) && !endsPhrase(words.get(at))) {
            at++; // "con la mia amica"
        }
        if (!MY.containsCore(words.get(at)) || endsPhrase(words.get(at))) {
            return null;
        }
        at = afterFriendWord(words, at + 1);
        if (at < 0) {
            return null;
        }
        if (at + 1 < words.size() && PersonWords.isAndWord(words.get(at))) {
            at = afterFriendWord(words, at + 1); // "ma consœur et amie"
            if (at < 0) {
                return null;
            }
        }
        Span span = Names.personAt(words, at);
        return span == null
                        || span.from() != at
                        || Names.isPossessive(words.get(span.to() - 1))
                        || CompanionPhrases.DETERMINERS.containsCore(words.get(at))
                ? null
                : span;
    }

    /** How many words before "with" the conversation may be named. */
    private static final int TALK_REACH = 12;

    /**
     * Whether a word of conversation stands a few words before the "with" at {@code with}, in the
     * same sentence and with no word of the credits ("produced", "recorded") between.
     */
    private static boolean afterConversation(List<String> words, int with) {
        for (int k = with - 1; k >= 0 && k >= with - TALK_REACH; k--) {
            String w = words.get(k);
            if (CreditLines.endsSentence(w) || PersonWords.isCreditWord(w)) {
                return false;
            }
            if (PersonWords.isConversationWord(w) || PersonWords.isConversationNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /** The word after the friend word at {@code at}, or -1 when none stands there. */
    private static int afterFriendWord(List<String> words, int at) {
        if (at >= words.size()
                || !FRIEND_WORDS.containsCore(words.get(at))
                || endsPhrase(words.get(at))) {
            return -1;
        }
        return at + 1;
    }
}
