package dev.showpage.internal.episode;

import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.text.Counts;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The show's total episode count, where a line of the page states it: "29 episodes", "454
 * Episodes", "48 eps", "All episodes (48)", "2,200 episodes", "1.234 Folgen", "Technology · 169
 * afleveringen", "Episodes (63)", "Folgen: 63", and a count a scraper glued to the field before it
 * ("...Kevin May63 Episodes"). The count stands as a field of its own (at the line's start or after
 * a separator, and the line's end or a separator after it), so that prose ("it has put out 300
 * episodes!") is not read as the show's count.
 */
public final class EpisodeCounts {

    /**
     * The word for episodes in the languages the parser reads (English, French, Spanish, Italian,
     * Portuguese, Dutch, German), as directory sites print it beside a show's count; lower case.
     */
    private static final Set<String> EPISODES =
            Set.of(
                    "episodes",
                    "\u00E9pisodes",
                    "episodios",
                    "episodi",
                    "puntate",
                    "epis\u00F3dios",
                    "afleveringen",
                    "folgen",
                    "episoden",
                    // the abbreviation directories print where room is short ("48 eps")
                    "eps");

    /**
     * "All" before the word, as a listing heads its episodes ("All episodes (63)", "Alle Folgen
     * (63)", "Tous les épisodes (63)"); lower case.
     */
    private static final Set<String> ALL =
            Set.of(
                    "all", "alle", "tous", "toutes", "les", "todos", "todas", "los", "tutti",
                    "tutte", "gli", "os");

    private EpisodeCounts() {}

    /** The count the line states as a field of its own, or empty. */
    public static OptionalInt on(ParserRuleContext line) {
        return on(Trees.terminals(line));
    }

    /** The count the tokens of a line (its break included, or not) state as a field, or empty. */
    public static OptionalInt on(List<Token> tokens) {
        if (!hasEpisodesWord(tokens, 0)) {
            return OptionalInt.empty(); // every count stands beside the word, or in "All episodes"
        }
        for (int i = 0; i < tokens.size(); i++) {
            OptionalInt count = countAt(tokens, i);
            if (count.isPresent()) {
                return count;
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt countAt(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        boolean opensField = i == 0 || isSeparator(tokens.get(i - 1));
        int type = token.getType();
        if (type == EpisodePageLexer.NUMBER && opensField) {
            StringBuilder digits = new StringBuilder(token.getText());
            int at = i + 1;
            // "2,200": groups of three digits after a comma.
            while (at + 1 < tokens.size()
                    && tokens.get(at).getType() == EpisodePageLexer.COMMA
                    && tokens.get(at + 1).getType() == EpisodePageLexer.NUMBER
                    && tokens.get(at + 1).getText().length() == 3
                    && glued(tokens.get(at - 1), tokens.get(at))) {
                digits.append(tokens.get(at + 1).getText());
                at += 2;
            }
            return isEpisodesField(tokens, at) ? Counts.of(digits.toString()) : OptionalInt.empty();
        }
        if (type == EpisodePageLexer.DOMAIN && opensField && isGrouped(token.getText())) {
            // "1.234 Folgen": groups of three digits after a dot, as German and Dutch write them.
            return isEpisodesField(tokens, i + 1)
                    ? Counts.ofDigitsIn(token.getText())
                    : OptionalInt.empty();
        }
        if (type == EpisodePageLexer.WORD
                && isEpisodes(token)
                && (opensField || afterAll(tokens, i))) {
            return countAfterWord(tokens, i + 1);
        }
        if (type == EpisodePageLexer.ALL_EPISODES && opensField) {
            // "All episodes (48)": the lexer reads the heading as one token (a listing's link).
            return countAfterWord(tokens, i + 1);
        }
        if (type == EpisodePageLexer.WORD && isEpisodesField(tokens, i + 1)) {
            // "...Kevin May63 Episodes": the count glued to the field before it; the digits end a
            // word of letters, so where the count starts is certain.
            String text = token.getText();
            int start = text.length();
            while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                start--;
            }
            if (start > 1
                    && start < text.length()
                    && Character.isLowerCase(text.charAt(start - 1))) {
                return Counts.of(text.substring(start));
            }
        }
        return OptionalInt.empty();
    }

    /** Whether only "all" words stand before token {@code i}, from a field's start. */
    private static boolean afterAll(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0
                && tokens.get(k).getType() == EpisodePageLexer.WORD
                && ALL.contains(tokens.get(k).getText().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k < i - 1 && (k < 0 || isSeparator(tokens.get(k)));
    }

    /** "Episodes (63)", "Folgen: 63": the count after the word, closing the field. */
    private static OptionalInt countAfterWord(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size()) {
            return OptionalInt.empty();
        }
        Token sign = tokens.get(at);
        Token number = tokens.get(at + 1);
        if (number.getType() != EpisodePageLexer.NUMBER) {
            return OptionalInt.empty();
        }
        if (sign.getType() == EpisodePageLexer.COLON && closesField(tokens, at + 2)) {
            return Counts.of(number.getText());
        }
        boolean bracketed =
                (sign.getText().equals("(") || sign.getText().equals("["))
                        && at + 2 < tokens.size()
                        && tokens.get(at + 2)
                                .getText()
                                .equals(sign.getText().equals("(") ? ")" : "]")
                        && glued(sign, number)
                        && glued(number, tokens.get(at + 2));
        return bracketed && closesField(tokens, at + 3)
                ? Counts.of(number.getText())
                : OptionalInt.empty();
    }

    /** Whether the word for episodes stands at {@code at} and closes the field. */
    private static boolean isEpisodesField(List<Token> tokens, int at) {
        return at < tokens.size()
                && tokens.get(at).getType() == EpisodePageLexer.WORD
                && isEpisodes(tokens.get(at))
                && closesField(tokens, at + 1);
    }

    /**
     * Whether a token from {@code from} on is the word for episodes, or the lexer's "All episodes":
     * a line without one states no count, of either kind, and is passed over without its words
     * being lower-cased.
     */
    public static boolean hasEpisodesWord(List<Token> tokens, int from) {
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getType() == EpisodePageLexer.ALL_EPISODES
                    || isEpisodesWord(token.getText())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is the word for episodes, in any case ("Episodes", "folgen"). */
    public static boolean isEpisodesWord(String word) {
        return mayBeEpisodesWord(word) && EPISODES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final int SHORTEST = EPISODES.stream().mapToInt(String::length).min().orElse(0);
    private static final int LONGEST = EPISODES.stream().mapToInt(String::length).max().orElse(0);

    /** The first letters of the words for episodes. */
    private static final String FIRST_LETTERS =
            EPISODES.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());

    /**
     * Whether {@code word} has the length and the first letter, in either case, of a word for
     * episodes: asked of nearly every word of a page, it spares lower-casing each. Lower-casing
     * never shortens a word, and lengthens one only for a letter no word for episodes has (the
     * dotted capital I), so the test turns none of them away.
     */
    private static boolean mayBeEpisodesWord(String word) {
        int length = word.length();
        return length >= SHORTEST
                && length <= LONGEST
                && FIRST_LETTERS.indexOf(Character.toLowerCase(word.charAt(0))) >= 0;
    }

    private static boolean isEpisodes(Token token) {
        return isEpisodesWord(token.getText());
    }

    private static boolean closesField(List<Token> tokens, int at) {
        return at == tokens.size()
                || tokens.get(at).getType() == EpisodePageLexer.NL
                || isSeparator(tokens.get(at));
    }

    /**
     * "1.234", "12.500.000": digits in groups of three after the first, joined by dots, as German,
     * Dutch and Italian write thousands (and as the lexer reads them: a domain's shape).
     */
    public static boolean isGrouped(String text) {
        int dot = text.indexOf('.');
        if (dot < 1 || dot > 3 || (text.length() - dot) % 4 != 0) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            boolean point = k >= dot && (k - dot) % 4 == 0;
            if (point ? text.charAt(k) != '.' : !Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean glued(Token before, Token after) {
        return after.getStartIndex() == before.getStopIndex() + 1;
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
