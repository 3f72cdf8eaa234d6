package dev.showpage.internal.generic;

import dev.showpage.internal.text.Vocabulary;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for a kind of work or event that is no talk show's edition, in the seven languages read
 * (English, German, French, Spanish, Italian, Portuguese, Dutch), lower case: a film ("Spielfilm",
 * "película"), another work or performance (a book, a reading, a concert, a match, a documentary)
 * and an event (a festival, a fair, a gala, a conference, a tournament). A headline that names one
 * ("«Jazz am See»: die Gäste des Festivals") speaks of it, not of a show; a remark that names a
 * film is a film's card. The words are each language's common nouns for these kinds.
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

    /** The nouns for an event, as a list of guests speaks of them. */
    private static final Vocabulary EVENTS =
            Vocabulary.of(
                    "festival festivals fair fairs gala galas conference conferences tournament"
                            + " tournaments game messe konferenz tagung kongress turnier congrès"
                            + " colloque salon tournoi congreso feria torneo congresso convegno"
                            + " fiera feira congres beurs toernooi");

    /**
     * The endings of German and Dutch compound event nouns, which write the event's subject in
     * front ("Jazzfestival", "Buchmesse", "Fachkonferenz", "boekenbeurs").
     */
    private static final String[] EVENT_ENDINGS = {
        "festival", "messe", "konferenz", "kongress", "turnier", "beurs"
    };

    /** A word, with the hyphens inside it. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    private WorkKinds() {}

    /** Whether a lower-case word is a noun for a film. */
    static boolean isFilm(String lower) {
        return FILMS.contains(lower);
    }

    /** Whether a lower-case word names a work or an event of any of the kinds. */
    static boolean isAny(String lower) {
        if (FILMS.contains(lower) || OTHER_WORKS.contains(lower) || EVENTS.contains(lower)) {
            return true;
        }
        for (String ending : EVENT_ENDINGS) {
            if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text names a work or an event anywhere: a word of it, or a part of a hyphenated
     * word ("Film-Abend"), is one of the kinds.
     */
    static boolean named(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (isAny(word)) {
                return true;
            }
            if (word.indexOf('-') >= 0) {
                for (String part : word.split("-")) {
                    if (isAny(part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
