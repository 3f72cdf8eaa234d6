package dev.showpage.internal.text;

import java.util.Locale;
import java.util.Set;

/**
 * What a length's label says it is the length of ({@code Durée de la vidéo}, {@code Dauer der
 * Episode}, {@code Length of the episode}): the seven languages' words for "of", the articles that
 * may follow it, and the nouns for an episode, a programme or a recording. A vocabulary of its own
 * because it is no label: it only lets a label reach over the words that name its subject, which
 * {@link ValueLabels} asks for.
 */
final class LengthSubjects {

    /**
     * The words that say "of" between a length's label and what it is the length of ({@code Durée
     * de la vidéo}, {@code Dauer der Episode}, {@code Length of the episode}, {@code Duur van de
     * aflevering}, {@code Durata della puntata}, {@code Duración del episodio}, {@code Duração do
     * episódio}): each language's preposition, and its forms joined with an article.
     */
    private static final Set<String> OF_WORDS =
            Set.of(
                    "of", "de", "du", "des", "der", "van", "del", "della", "dello", "da", "do",
                    "dell", "d");

    /**
     * The articles that may stand between such a preposition and the noun, in the seven languages.
     */
    private static final Set<String> ARTICLES =
            Set.of(
                    "the", "this", "la", "le", "l", "die", "das", "dieser", "diese", "het", "de",
                    "el", "il", "lo", "o", "a", "cette", "ce", "esta", "este", "questa", "questo",
                    "deze", "dit", "essa", "esse");

    /**
     * What a page gives the length of: the seven languages' nouns for an episode, a programme, a
     * recording or a video, as players label their length with them.
     */
    private static final Set<String> PROGRAMME_NOUNS =
            Set.of(
                    "episode",
                    "\u00E9pisode",
                    "epis\u00F3dio",
                    "episodio",
                    "folge",
                    "sendung",
                    "aflevering",
                    "uitzending",
                    "puntata",
                    "programa",
                    "programma",
                    "programme",
                    "\u00E9mission",
                    "emisi\u00F3n",
                    "podcast",
                    "audio",
                    "video",
                    "vid\u00E9o",
                    "v\u00EDdeo",
                    "enregistrement",
                    "aufnahme",
                    "opname",
                    "grabaci\u00F3n",
                    "registrazione",
                    "grava\u00E7\u00E3o",
                    "show",
                    "talk",
                    "interview");

    private LengthSubjects() {}

    /** Whether a word says "of" after a length's label, as {@link #OF_WORDS} has it. */
    static boolean isOfWord(String word) {
        return OF_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word is an article that may follow such an "of", as {@link #ARTICLES} has it. */
    static boolean isArticle(String word) {
        return ARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word names what a length is the length of, as {@link #PROGRAMME_NOUNS} has it. */
    static boolean isProgrammeNoun(String word) {
        return PROGRAMME_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word is an elided "of the" or "the" glued to such a noun ({@code l'épisode}, {@code
     * dell'episodio}, {@code d'audio}): the part before the apostrophe an "of" or an article, the
     * part after it a noun.
     */
    static boolean isElidedProgramme(String word) {
        int mark = word.indexOf('\'');
        if (mark < 0) {
            mark = word.indexOf('\u2019');
        }
        if (mark <= 0 || mark == word.length() - 1) {
            return false;
        }
        String before = word.substring(0, mark);
        return (isOfWord(before) || isArticle(before)) && isProgrammeNoun(word.substring(mark + 1));
    }
}
