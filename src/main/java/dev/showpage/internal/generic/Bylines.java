package dev.showpage.internal.generic;

import dev.showpage.internal.episode.LoneDates;
import dev.showpage.internal.text.Names;
import dev.showpage.internal.text.ValueLabels;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * A byline: "By Jane Doe", "Par Jane Doe", "Author: Jane Doe", in the seven languages the parser
 * reads. Under a show's name it gives the publisher; it is never an episode's title.
 */
final class Bylines {

    /** What opens a byline, in the seven languages: "by" and the word for an author. */
    private static final String[] OPENINGS = {
        "By ",
        "by ",
        "Par ",
        "par ",
        "Von ",
        "von ",
        "Por ",
        "por ",
        "Di ",
        "di ",
        "Door ",
        "door ",
        "Author: ",
        "Authors: ",
        "Auteur : ",
        "Auteur: ",
        "Autor: ",
        "Autorin: ",
        "Autora: ",
        "Autore: ",
        "Auteurs: "
    };

    /** Names in a byline have two to four words. */
    private static final int NAME_MIN_WORDS = 2;

    private static final int NAME_MAX_WORDS = 4;

    private Bylines() {}

    /** The name the line gives as a byline, or null when it is no byline. */
    static String name(String text) {
        for (String opening : OPENINGS) {
            if (text.startsWith(opening) && isName(text.substring(opening.length()))) {
                return text.substring(opening.length());
            }
        }
        return null;
    }

    /**
     * The words with which blogs label when a post was published, in the seven languages
     * ("Published", "Posted", "Publié le", "Veröffentlicht am", "Publicado el", "Pubblicato il",
     * "Gepubliceerd op"); the words for an update are {@link ValueLabels#opensUpdateLabel}'s.
     */
    private static final Set<String> PUBLISH_WORDS =
            Set.of(
                    "published",
                    "posted",
                    "publié",
                    "publiée",
                    "posté",
                    "veröffentlicht",
                    "erschienen",
                    "publicado",
                    "publicada",
                    "pubblicato",
                    "pubblicata",
                    "gepubliceerd",
                    "geplaatst");

    /** Words before the date at most: a label, a word before it ("Last") and a preposition. */
    private static final int MAX_WORDS_BEFORE_DATE = 5;

    /**
     * Whether the line is a post's dated byline: the site's word for publishing or updating, then a
     * date, then a byline that closes the line ("Updated 12/03/2025 by Jane Doe", "Publié le 3 mai
     * 2024 par Jane Doe", "Last updated ..."). A title may hold a date and a name after "by" or
     * "di" too ("The Night of 9 November 1989 by Anna Keller"); only the label tells them apart.
     */
    static boolean isDatedByline(List<Token> tokens, String text) {
        String date = null;
        for (Token token : tokens) {
            if (LoneDates.isFullDate(token.getType())) {
                date = token.getText();
            }
        }
        if (date == null) {
            return false;
        }
        int at = text.lastIndexOf(date);
        return at >= 0
                && opensWithPostLabel(text.substring(0, at))
                && name(text.substring(at + date.length()).strip()) != null;
    }

    /** Whether the words before a date open with a word for publishing or updating. */
    private static boolean opensWithPostLabel(String before) {
        String[] words = before.replace(":", " ").strip().split("\\s+");
        if (words.length > MAX_WORDS_BEFORE_DATE) {
            return false;
        }
        for (int k = 0; k < Math.min(2, words.length); k++) {
            String word = words[k];
            if (PUBLISH_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    || ValueLabels.opensUpdateLabel(
                            word,
                            k + 1 < words.length ? words[k + 1] : null,
                            k + 2 < words.length ? words[k + 2] : null)) {
                return true;
            }
        }
        return false;
    }

    /** Two to four capitalised words: a person's or a company's name as a byline gives it. */
    static boolean isName(String text) {
        String[] words = text.split(" ");
        if (words.length < NAME_MIN_WORDS || words.length > NAME_MAX_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            boolean particle = i > 0 && i < words.length - 1 && Names.isParticle(words[i]);
            if (!particle && !Names.isNameWord(words[i])) {
                return false;
            }
        }
        return true;
    }
}
