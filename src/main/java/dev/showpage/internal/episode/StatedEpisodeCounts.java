package dev.showpage.internal.episode;

import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.text.Counts;
import dev.showpage.internal.text.NumberWords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The show's episode count where a sentence states the whole of it and the show is the sentence's
 * subject: a programme's noun ({@code De podcast}, {@code Il programma}, {@code The show}) opens
 * the sentence, a verb of having may follow, then a phrase of a total or of being made of, the
 * count, the word for episodes and the sentence's end ("De podcast heeft in totaal 315
 * afleveringen.", "Il podcast ha raggiunto le 770 puntate", "The show has a total of 48 episodes"),
 * or "all N episodes of the show" ends a sentence. A count whose subject is anything else (a
 * season, a series or a spin-off of the show, a documentary it discusses, its network, another
 * show, its listeners, "Geplant sind ...", "Quedan ...") or that runs on ("... episodes left", "...
 * Folgen geplant", "... this season") is a part of the show or another's, and is not read; nor is
 * any count in other prose ("the first 8 episodes", "after 100 episodes", "it has put out 300
 * episodes").
 */
public final class StatedEpisodeCounts {

    /**
     * The two words before a count that say it is the whole ("in total", "a total of", "consists
     * of", "has reached"), in the seven languages, lower case: each language's phrase of a total,
     * of being made of, and of reaching a number.
     */
    private static final Set<String> TWO_WORD_CUES =
            Set.of(
                    // English
                    "total of",
                    "consists of",
                    "has reached",
                    // French ("se compose de", "est composée de")
                    "au total",
                    "total de",
                    "compose de",
                    "composée de",
                    "composé de",
                    "atteint les",
                    // German
                    "besteht aus",
                    // Spanish
                    "en total",
                    "consta de",
                    "compuesto de",
                    "alcanzado los",
                    // Italian
                    "in totale",
                    "totale di",
                    "composto da",
                    "raggiunto le",
                    "raggiunto i",
                    // Portuguese
                    "no total",
                    "composto por",
                    "atingiu os",
                    // Dutch
                    "in totaal",
                    "totaal van",
                    "bestaat uit");

    /** One word before a count that says it is the whole ("insgesamt 40 Folgen"), lower case. */
    private static final Set<String> ONE_WORD_CUES = Set.of("insgesamt", "comprises");

    /**
     * The nouns a page calls its own show by, in the seven languages, lower case: the programme
     * words of podcast and radio sites. Words for a series, a season or a documentary are left out:
     * they name a part of the show or a work it discusses as often.
     */
    private static final Set<String> SHOW_NOUNS =
            Set.of(
                    "podcast",
                    "show",
                    "programme",
                    "program",
                    "émission",
                    "sendung",
                    "programa",
                    "programma");

    /** The words that open a subject before its noun, lower case: articles and possessives. */
    private static final Set<String> DETERMINERS =
            Set.of(
                    "the", "this", "our", "my", "le", "ce", "cette", "notre", "mon", "der", "die",
                    "das", "dieser", "diese", "unser", "unsere", "mein", "el", "este", "nuestro",
                    "mi", "il", "questo", "nostro", "mio", "o", "nosso", "meu", "de", "het", "deze",
                    "onze", "mijn");

    /**
     * The words that may stand between the subject and the phrase of a total, lower case: each
     * language's verbs of having, counting and being, their reflexive or auxiliary, the article of
     * "a total of", and "now"/"already" (a word two languages share is listed once, at the first).
     */
    private static final Set<String> LINKS =
            Set.of(
                    // English
                    "has",
                    "counts",
                    "is",
                    "now",
                    "already",
                    "a",
                    // French
                    "compte",
                    "se",
                    "est",
                    "déjà",
                    "désormais",
                    "un",
                    // German
                    "hat",
                    "zählt",
                    "umfasst",
                    "ist",
                    "jetzt",
                    "bereits",
                    "schon",
                    // Spanish
                    "tiene",
                    "cuenta",
                    "suma",
                    "está",
                    "ya",
                    // Italian
                    "ha",
                    "conta",
                    "è",
                    "già",
                    "ora",
                    // Portuguese
                    "tem",
                    "é",
                    "já",
                    "um",
                    // Dutch
                    "heeft",
                    "telt",
                    "nu",
                    "al",
                    "inmiddels",
                    "een");

    /** How many words a subject and its links may take before the phrase of a total. */
    private static final int MOST_SUBJECT_WORDS = 6;

    private StatedEpisodeCounts() {}

    /** The count a sentence of the line states as the show's whole, or empty. */
    public static OptionalInt on(ParserRuleContext line) {
        List<Token> tokens = Trees.terminals(line);
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!EpisodeCounts.isEpisodesWord(tokens.get(i + 1).getText())) {
                continue; // first the cheap test: most words are followed by no word for episodes
            }
            OptionalInt count = countAt(tokens, i);
            if (count.isEmpty()) {
                continue;
            }
            int cue = cueStart(tokens, i);
            if (cue >= 0 && endsSentence(tokens, i + 2) && showIsSubject(tokens, cue)) {
                return count;
            }
            if (allOfTheShow(tokens, i) && endsSentence(tokens, i + 5)) {
                return count;
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt countAt(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.getType() == EpisodePageLexer.NUMBER) {
            return Counts.of(token.getText());
        }
        if (token.getType() == EpisodePageLexer.DOMAIN
                && EpisodeCounts.isGrouped(token.getText())) {
            return Counts.ofDigitsIn(token.getText()); // "1.234 Folgen"
        }
        return token.getType() == EpisodePageLexer.WORD
                ? NumberWords.of(token.getText())
                : OptionalInt.empty();
    }

    /** Where the phrase of a total before the count at {@code i} starts, or -1 for none. */
    private static int cueStart(List<Token> tokens, int i) {
        String one = word(tokens, i - 1);
        if (one == null) {
            return -1;
        }
        if (ONE_WORD_CUES.contains(one)) {
            return i - 1;
        }
        String two = word(tokens, i - 2);
        return two != null && TWO_WORD_CUES.contains(two + " " + one) ? i - 2 : -1;
    }

    /**
     * Whether the words from the sentence's start to {@code cue} are the show's noun, with its
     * article or possessive before and links after: "De podcast heeft", "Il podcast ha", "The show
     * has a".
     */
    private static boolean showIsSubject(List<Token> tokens, int cue) {
        List<String> subject =
                new ArrayList<>(); // the words before the cue, lower case, last first
        int start = cue;
        while (start > 0 && cue - start < MOST_SUBJECT_WORDS) {
            String w = word(tokens, start - 1);
            if (w == null) {
                break;
            }
            subject.add(w);
            start--;
        }
        if (start > 0 && !isSentenceBreak(tokens.get(start - 1))) {
            return false; // more words before, or another token: not the sentence's start
        }
        Collections.reverse(subject);
        int at = 0;
        while (at < subject.size() && at < 2 && DETERMINERS.contains(subject.get(at))) {
            at++;
        }
        if (at >= subject.size() || !SHOW_NOUNS.contains(subject.get(at))) {
            return false;
        }
        for (at++; at < subject.size(); at++) {
            if (!LINKS.contains(subject.get(at))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSentenceBreak(Token token) {
        int type = token.getType();
        return type == EpisodePageLexer.STOP || type == EpisodePageLexer.NL;
    }

    /** Whether the sentence ends at {@code at}: the line's end, a stop or a comma. */
    private static boolean endsSentence(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return true;
        }
        int type = tokens.get(at).getType();
        return type == EpisodePageLexer.NL
                || type == Token.EOF
                || type == EpisodePageLexer.STOP
                || type == EpisodePageLexer.COMMA;
    }

    /** "all 26 episodes of the show": the count of every episode the show has. */
    private static boolean allOfTheShow(List<Token> tokens, int i) {
        return "all".equals(word(tokens, i - 1))
                && "of".equals(word(tokens, i + 2))
                && "the".equals(word(tokens, i + 3))
                && isShowNoun(word(tokens, i + 4));
    }

    private static boolean isShowNoun(String lower) {
        return lower != null && SHOW_NOUNS.contains(lower);
    }

    /** The lower-case text of the word at {@code at}, or null for another token or none. */
    private static String word(List<Token> tokens, int at) {
        return at >= 0 && at < tokens.size() && tokens.get(at).getType() == EpisodePageLexer.WORD
                ? tokens.get(at).getText().toLowerCase(Locale.ROOT)
                : null;
    }
}
