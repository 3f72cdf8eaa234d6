package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The signs pages write around a chapter's time, told by their shape: a bullet or symbol before it
 * ("•", "*", "▶", "⏱", "🕐"), brackets around it ("{00:00}", "<00:00>", "【00:00】"), a unit after it
 * ("00:00h", "0:00 min"), a separator before the title ("~", ">", "»"). The grammar marks the time
 * and the separators that are tokens of their own (dash, pipe, colon); these are the rest, which
 * the lexer leaves as single-character tokens or words made only of symbols.
 */
final class MarkSigns {

    /**
     * Units written after a chapter's time: SI symbols and the English abbreviations podcast pages
     * use ("00:00h", "0:00 min", "12:30 mins").
     */
    private static final Set<String> UNITS =
            Set.of("h", "hr", "hrs", "m", "min", "mins", "s", "sec");

    /**
     * Words that make the time after them a time of day ("doors open at 19:30", "um 19:30", "à
     * 20:15", "a las 19:30", "alle 21:00", "om 20:00"): prepositions of a point in time in English,
     * German, French, Spanish, Italian, Portuguese and Dutch. A chapter's title never ends with
     * one.
     */
    private static final Set<String> AT_WORDS =
            Set.of(
                    "at", "by", "until", "till", "around", "from", "um", "ab", "bis", "gegen", "à",
                    "vers", "dès", "las", "desde", "hasta", "alle", "dalle", "às", "om", "tot");

    /** Words that make the time before them a time of day: "7:30 pm", "19:30 Uhr". */
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "a.m", "p.m", "uhr");

    private MarkSigns() {}

    /**
     * A bullet, dash, pipe, bracket or symbol that may stand before a time: any token of one sign,
     * or a word made only of symbols (neither letters nor digits: "▶", "⏱", "🕐", "→", "●", "【").
     */
    static boolean isLead(Token token) {
        int type = token.getType();
        if (type == EpisodePageLexer.BULLET
                || type == EpisodePageLexer.DASH
                || type == EpisodePageLexer.PIPE
                || type == EpisodePageLexer.OTHER) {
            return !isClosing(token);
        }
        return type == EpisodePageLexer.WORD && isSymbols(token.getText());
    }

    /** "(", "[", "{", "<", "【", "「": a sign that opens a bracket. */
    static boolean isOpening(Token token) {
        String text = token.getText();
        if (text.codePointCount(0, text.length()) != 1) {
            return false;
        }
        int type = Character.getType(text.codePointAt(0));
        return type == Character.START_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || text.equals("<");
    }

    /** ")", "]", "}", ">", "】", "」": a sign that closes a bracket. */
    static boolean isClosing(Token token) {
        String text = token.getText();
        if (text == null || text.codePointCount(0, text.length()) != 1) {
            return false;
        }
        int type = Character.getType(text.codePointAt(0));
        return type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || text.equals(">");
    }

    /** A separator between a time and its title that the grammar does not mark: "~", ">", "»". */
    static boolean isSeparator(Token token) {
        int type = token.getType();
        if (type == EpisodePageLexer.DASH
                || type == EpisodePageLexer.PIPE
                || type == EpisodePageLexer.COLON) {
            return true;
        }
        String text = token.getText();
        return text.equals("~")
                || text.equals(">")
                || text.equals("\u00BB")
                || text.equals("\u2192")
                || text.equals("=");
    }

    /** "h", "min": a unit written after the time. */
    static boolean isUnit(Token token) {
        return token.getType() == EpisodePageLexer.WORD
                && UNITS.contains(token.getText().toLowerCase(Locale.ROOT));
    }

    /** Whether the word before a time makes it a time of day ("at 19:30"). */
    static boolean isAtWord(Token token) {
        return token.getType() == EpisodePageLexer.WORD
                && AT_WORDS.contains(token.getText().toLowerCase(Locale.ROOT));
    }

    /** Whether the word after a time makes it a time of day ("7:30 pm", "19:30 Uhr"). */
    static boolean isClockWord(Token token) {
        int type = token.getType();
        return (type == EpisodePageLexer.WORD || type == EpisodePageLexer.DOMAIN)
                && CLOCK_WORDS.contains(token.getText().toLowerCase(Locale.ROOT));
    }

    /** Whether the words end with "-->" or "->": the arrow of a subtitle cue between two times. */
    static boolean endsWithArrow(List<Token> words) {
        int n = words.size();
        return n >= 2
                && words.get(n - 1).getText().equals(">")
                && words.get(n - 2).getType() == EpisodePageLexer.DASH;
    }

    /** Whether the text has no letter and no digit: "▶", "⏱", "🕐", "→". */
    static boolean isSymbols(String text) {
        if (text.isEmpty()) {
            return false;
        }
        // A loop, not a stream of code points: asked of nearly every line's first word, the
        // stream's objects were 2.5% of what the example page's parse allocated
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
