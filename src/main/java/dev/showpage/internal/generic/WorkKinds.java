package dev.showpage.internal.generic;

import dev.showpage.internal.text.OtherOccasionWords;
import dev.showpage.internal.text.Vocabulary;
import java.util.Locale;

/**
 * Words for a kind of work or event that is no talk show's edition, in the seven languages read
 * (English, German, French, Spanish, Italian, Portuguese, Dutch), lower case: a film ("Spielfilm",
 * "película"), another work or performance (a book, a reading, a concert, a match, a documentary)
 * and an event (a festival, a fair, a gala, a conference, a tournament). A headline that names one
 * ("«Jazz am See»: die Gäste des Festivals") speaks of it, not of a show; a remark that names a
 * film is a film's card. The words are each language's common nouns for these kinds; the events'
 * are {@link OtherOccasionWords}', which a sentence listing an event's guests is read by too.
 */
final class WorkKinds {

    /** The nouns for a film. */
    private static final Vocabulary FILMS =
            Vocabulary.of(
                    "film films filme filmes spielfilm movie movies película películas pellicola"
                            + " speelfilm long-métrage largometraje lungometraggio");

    /** The nouns for another work or performance. */
    private static final Vocabulary OTHER_WORKS =
            Vocabulary.of(
                    "book novel reading concert match documentary buch roman lesung konzert spiel"
                            + " dokumentation livre lecture documentaire libro novela lectura"
                            + " concierto partido documental romanzo lettura partita documentario"
                            + " livro leitura jogo boek voorlezing wedstrijd");

    private WorkKinds() {}

    /** Whether a lower-case word is a noun for a film. */
    static boolean isFilm(String lower) {
        return FILMS.contains(lower);
    }

    /** Whether a lower-case word names a work or an event of any of the kinds. */
    static boolean isAny(String lower) {
        return FILMS.contains(lower)
                || OTHER_WORKS.contains(lower)
                || OtherOccasionWords.isEventNoun(lower);
    }

    /**
     * Whether a text names a work or an event anywhere: a word of it (letters and the hyphens
     * inside them), or a part of a hyphenated word ("Film-Abend"), is one of the kinds. A plain
     * scan, not a pattern, as a long hyphenated run costs a pattern's repeated group a frame per
     * part.
     */
    static boolean named(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (isAny(word) || (word.indexOf('-') >= 0 && anyPart(word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPart(String hyphenated) {
        int from = 0;
        while (from <= hyphenated.length()) {
            int dash = hyphenated.indexOf('-', from);
            int to = dash < 0 ? hyphenated.length() : dash;
            if (to > from && isAny(hyphenated.substring(from, to))) {
                return true;
            }
            if (dash < 0) {
                return false;
            }
            from = dash + 1;
        }
        return false;
    }
}
