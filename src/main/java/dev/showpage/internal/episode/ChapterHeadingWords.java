package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * A line that is only the word a chapter list is headed by, written without a colon ("Kapitel",
 * "Chapitres", "CAPÍTULOS", "Sommaire", "## Timestamps", "■ Inhalt"): it says a list follows, like
 * "Chapters:", and is neither a chapter nor a title of one. The grammar's heading token holds the
 * English words; this vocabulary holds those of other languages as well, for a line that holds
 * nothing else.
 */
final class ChapterHeadingWords {

    /** The most words a heading of the vocabulary has ("table of contents", "marcas de tiempo"). */
    private static final int MAX_WORDS = 3;

    /** Words that head a chapter list, lower case, by language. */
    private static final Set<String> HEADINGS =
            Set.of(
                    // English
                    "chapters",
                    "chapter markers",
                    "chapter marks",
                    "timestamps",
                    "time stamps",
                    "timecodes",
                    "contents",
                    "table of contents",
                    "episode chapters",
                    // German
                    "kapitel",
                    "kapitelmarken",
                    "zeitmarken",
                    "zeitstempel",
                    "inhalt",
                    "inhaltsverzeichnis",
                    // French
                    "chapitres",
                    "chapitrage",
                    "sommaire",
                    "horodatage",
                    "minutage",
                    // Spanish, Portuguese
                    "capítulos",
                    "capitulos",
                    "índice",
                    "marcas de tiempo",
                    "marcas de tempo",
                    "minutaje",
                    // Italian
                    "capitoli",
                    "indice",
                    "minutaggio",
                    // Dutch, Scandinavian
                    "hoofdstukken",
                    "tijdstempels",
                    "inhoud",
                    "kapitler",
                    "kapittel",
                    "innehåll",
                    // Polish, Czech
                    "rozdziały",
                    "spis treści",
                    "kapitoly");

    private ChapterHeadingWords() {}

    /**
     * Whether the line that starts at the token is a chapter-list heading of the vocabulary alone:
     * its words, with any signs around them ("#", "■", "—", ":"), are one of the headings.
     */
    static boolean isLine(SourceText source, int start) {
        StringBuilder words = null; // made at the first word: most lines are turned away before
        int count = 0;
        for (int i = start; ; i++) {
            Token token = source.token(i);
            int type = token.getType();
            if (type == EpisodePageLexer.NL || type == Token.EOF) {
                break;
            }
            String text =
                    type == EpisodePageLexer.WORD || type == EpisodePageLexer.CHAPTERS
                            ? letters(token.getText())
                            : "";
            if (!text.isEmpty()) {
                count += spaceSplitWords(text);
                if (count > MAX_WORDS) {
                    return false;
                }
                if (words == null) {
                    words = new StringBuilder(text.length());
                } else {
                    words.append(' ');
                }
                words.append(text);
            } else if (type != EpisodePageLexer.WORD && !isSign(type)) {
                return false;
            }
        }
        return count > 0 && HEADINGS.contains(words.toString().toLowerCase(Locale.ROOT));
    }

    /**
     * The word without the symbols glued around it ("■Kapitel", "Sommaire📌"); empty for a word of
     * symbols only ("■", "📌"), which is a sign.
     */
    private static String letters(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetter(word.codePointAt(from))) {
            from += Character.charCount(word.codePointAt(from));
        }
        while (to > from && !Character.isLetter(word.codePointBefore(to))) {
            to -= Character.charCount(word.codePointBefore(to));
        }
        return word.substring(from, to);
    }

    /**
     * How many words {@code text.split(" ")} gives of a text that opens and ends with a letter: one
     * more than its spaces, without the array.
     */
    private static int spaceSplitWords(String text) {
        int words = 1;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            words++;
        }
        return words;
    }

    private static boolean isSign(int type) {
        return type == EpisodePageLexer.OTHER
                || type == EpisodePageLexer.BULLET
                || type == EpisodePageLexer.DASH
                || type == EpisodePageLexer.PIPE
                || type == EpisodePageLexer.COLON
                || type == EpisodePageLexer.RULE;
    }
}
