package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A site's call to follow its show ("Follow Our Podcast", "Subscribe to the podcast", "Abonnez-vous
 * à notre podcast", "Folge unserem Podcast", "Sigue nuestro podcast"): an imperative of following,
 * subscribing or listening, ending in the word for what is followed, with nothing between them but
 * a pronoun, an article or a preposition. It names no show and titles no episode, though it may end
 * in "Podcast" as a show's name does; a word of a name between them ("Follow the Money Podcast",
 * "Listen Up Podcast") makes it a name.
 */
final class CallsToAction {

    /** Words of a call to action at most. */
    private static final int MAX_WORDS = 6;

    /**
     * The imperatives sites open a call to follow with, lower case, in the seven languages the
     * parser reads (the familiar and polite forms, and the forms with the pronoun attached).
     */
    private static final Set<String> VERBS =
            Set.of(
                    "follow",
                    "subscribe",
                    "listen",
                    "suivez",
                    "suis",
                    "abonnez-vous",
                    "abonne-toi",
                    "écoutez",
                    "écoute",
                    "folge",
                    "folgt",
                    "folgen",
                    "abonniere",
                    "abonniert",
                    "abonnieren",
                    "höre",
                    "hört",
                    "sigue",
                    "síguenos",
                    "seguí",
                    "suscríbete",
                    "suscribite",
                    "escucha",
                    "segui",
                    "seguici",
                    "seguite",
                    "iscriviti",
                    "ascolta",
                    "siga",
                    "sigam",
                    "assine",
                    "subscreva",
                    "ouça",
                    "volg",
                    "abonneer",
                    "luister");

    /** What a call to action asks to follow, lower case: the words for a show or a feed. */
    private static final Set<String> OBJECTS =
            Set.of("podcast", "podcasts", "balado", "show", "channel", "kanal", "canal", "feed");

    /**
     * What may stand between the imperative and the object, lower case, in the seven languages the
     * parser reads: the prepositions, articles and possessives of "to our podcast", "à notre
     * podcast", "unserem Podcast", "a nuestro podcast", "il nostro podcast", "o nosso podcast",
     * "onze podcast", and the "us" of "follow us on".
     */
    private static final Set<String> LINKS =
            Set.of(
                    "to", "our", "the", "my", "this", "us", "on", "à", "a", "au", "notre", "nos",
                    "le", "la", "mon", "ce", "unserem", "unseren", "unser", "unseres", "dem", "den",
                    "meinem", "diesem", "nuestro", "al", "el", "este", "mi", "il", "nostro", "mio",
                    "questo", "o", "nosso", "ao", "meu", "no", "onze", "de", "het", "mijn", "deze",
                    "op");

    /** Whether {@code text}, a line's text with blanks collapsed, is a call to follow the show. */
    static boolean isOne(String text) {
        if (SpacedWords.exceed(text, MAX_WORDS)) {
            return false; // a paragraph: not lower-cased and split
        }
        String[] words = text.toLowerCase(Locale.ROOT).split(" ");
        if (words.length < 2 || words.length > MAX_WORDS) {
            return false;
        }
        if (!VERBS.contains(SiteChrome.trimSigns(words[0]))
                || !OBJECTS.contains(SiteChrome.trimSigns(words[words.length - 1]))) {
            return false;
        }
        for (int k = 1; k < words.length - 1; k++) {
            if (!LINKS.contains(words[k])) {
                return false; // "Follow the Money Podcast": a name's word
            }
        }
        return true;
    }
}
