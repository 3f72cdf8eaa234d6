package dev.showpage.internal.episode;

import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.text.Counts;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The show's total episode count, where a line of the page states it: "29 episodes", "454
 * Episodes", "2,200 episodes", "Technology · 169 afleveringen". The count stands as a field of its
 * own (at the line's start or after a separator, and the line's end or a separator after it), so
 * that prose ("it has put out 300 episodes!") is not read as the show's count.
 */
public final class EpisodeCounts {

    /**
     * The word for episodes in the languages the parser reads (English, French, Spanish, Italian,
     * Portuguese, Dutch, German), as directory sites print it after a show's count; lower case.
     */
    private static final Set<String> EPISODES =
            Set.of(
                    "episodes",
                    "épisodes",
                    "episodios",
                    "episodi",
                    "episódios",
                    "afleveringen",
                    "folgen",
                    "episoden");

    private EpisodeCounts() {}

    /** The count the line states as a field of its own, or empty. */
    public static OptionalInt on(ParserRuleContext line) {
        List<Token> tokens = Trees.terminals(line);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).getType() != EpisodePageLexer.NUMBER
                    || (i > 0 && !isSeparator(tokens.get(i - 1)))) {
                continue;
            }
            StringBuilder digits = new StringBuilder(tokens.get(i).getText());
            int at = i + 1;
            // "2,200": groups of three digits after a comma.
            while (at + 1 < tokens.size()
                    && tokens.get(at).getType() == EpisodePageLexer.COMMA
                    && tokens.get(at + 1).getType() == EpisodePageLexer.NUMBER
                    && tokens.get(at + 1).getText().length() == 3
                    && tokens.get(at).getStartIndex() == tokens.get(at - 1).getStopIndex() + 1) {
                digits.append(tokens.get(at + 1).getText());
                at += 2;
            }
            if (at < tokens.size()
                    && tokens.get(at).getType() == EpisodePageLexer.WORD
                    && EPISODES.contains(tokens.get(at).getText().toLowerCase(Locale.ROOT))
                    && (at + 1 == tokens.size()
                            || tokens.get(at + 1).getType() == EpisodePageLexer.NL
                            || isSeparator(tokens.get(at + 1)))) {
                return Counts.of(digits.toString());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * What sites put between the fields of a line: a bullet, pipe or dash, or another lone sign
     * ("·", "/", "◦"), which the lexer may take as a word of its own.
     */
    private static boolean isSeparator(Token token) {
        int type = token.getType();
        if (type == EpisodePageLexer.BULLET
                || type == EpisodePageLexer.PIPE
                || type == EpisodePageLexer.DASH) {
            return true;
        }
        String text = token.getText();
        if ((type != EpisodePageLexer.OTHER && type != EpisodePageLexer.WORD)
                || text.codePointCount(0, text.length()) != 1) {
            return false;
        }
        int c = text.codePointAt(0);
        return !Character.isLetterOrDigit(c) && c != '"' && c != '\'' && c != '(' && c != '[';
    }
}
