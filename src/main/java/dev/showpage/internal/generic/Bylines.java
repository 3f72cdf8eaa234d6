package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.text.Names;
import java.util.List;
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
     * Whether the line is a post's dated byline: a date, then a byline that closes the line
     * ("Updated 12/03/2025 by Jane Doe", "Publié le 3 mai 2024 par Jane Doe"). What stands before
     * the date is the site's word for posting or updating, in any language: the date and the
     * closing byline are enough to tell the line from a title.
     */
    static boolean isDatedByline(List<Token> tokens, String text) {
        String date = null;
        for (Token token : tokens) {
            int type = token.getType();
            if (type == EpisodePageLexer.NUMERIC_DATE
                    || type == EpisodePageLexer.MONTH_DATE
                    || type == EpisodePageLexer.ISO_DATE) {
                date = token.getText();
            }
        }
        if (date == null) {
            return false;
        }
        int at = text.lastIndexOf(date);
        return at >= 0 && name(text.substring(at + date.length()).strip()) != null;
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
