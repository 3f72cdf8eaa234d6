package dev.showpage.internal.episode;

import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.text.Counts;
import dev.showpage.internal.text.NumberWords;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The show's episode count where a sentence states the whole of it: a phrase of a total or of what
 * a series is made of right before the count and the word for episodes ("has 315 episodes in total"
 * is not read, "heeft in totaal 315 afleveringen" is; "De reeks bestaat uit vijftien afleveringen",
 * "ha raggiunto le 770 puntate", "a total of 48 episodes", "all 26 episodes of the show"). A count
 * in any other prose ("the first 8 episodes", "after 100 episodes", "a podcast in 10 episodes", "it
 * has put out 300 episodes") is a part of the show or another show's, and is not read.
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
                    "comprises of",
                    "has reached",
                    // French
                    "au total",
                    "total de",
                    "compose de",
                    "composée de",
                    "composé de",
                    "atteint les",
                    // German
                    "besteht aus",
                    "bestehend aus",
                    // Spanish
                    "en total",
                    "consta de",
                    "compuesta de",
                    "compuesto de",
                    "alcanzado los",
                    // Italian
                    "in totale",
                    "totale di",
                    "composta da",
                    "composto da",
                    "raggiunto le",
                    "raggiunto i",
                    // Portuguese
                    "no total",
                    "composta por",
                    "composto por",
                    "atingiu os",
                    // Dutch
                    "in totaal",
                    "totaal van",
                    "bestaat uit");

    /** One word before a count that says it is the whole ("insgesamt 40 Folgen"), lower case. */
    private static final Set<String> ONE_WORD_CUES = Set.of("insgesamt", "comprises");

    /** The nouns a show is called by after "all N episodes of the ...", lower case. */
    private static final Set<String> SHOW_NOUNS = Set.of("show", "podcast", "series");

    private StatedEpisodeCounts() {}

    /** The count a sentence of the line states as the show's whole, or empty. */
    public static OptionalInt on(ParserRuleContext line) {
        List<Token> tokens = Trees.terminals(line);
        for (int i = 1; i + 1 < tokens.size(); i++) {
            OptionalInt count = countAt(tokens, i);
            if (count.isPresent()
                    && EpisodeCounts.isEpisodesWord(tokens.get(i + 1).getText())
                    && (cued(tokens, i) || allOfTheShow(tokens, i))) {
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

    private static boolean cued(List<Token> tokens, int i) {
        String one = word(tokens, i - 1);
        if (one == null) {
            return false;
        }
        if (ONE_WORD_CUES.contains(one)) {
            return true;
        }
        String two = word(tokens, i - 2);
        return two != null && TWO_WORD_CUES.contains(two + " " + one);
    }

    /** "all 26 episodes of the show": the count of every episode the show has. */
    private static boolean allOfTheShow(List<Token> tokens, int i) {
        return "all".equals(word(tokens, i - 1))
                && "of".equals(word(tokens, i + 2))
                && "the".equals(word(tokens, i + 3))
                && SHOW_NOUNS.contains(word(tokens, i + 4));
    }

    /** The lower-case text of the word at {@code at}, or null for another token or none. */
    private static String word(List<Token> tokens, int at) {
        return at >= 0 && at < tokens.size() && tokens.get(at).getType() == EpisodePageLexer.WORD
                ? tokens.get(at).getText().toLowerCase(Locale.ROOT)
                : null;
    }
}
