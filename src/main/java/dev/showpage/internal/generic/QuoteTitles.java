package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Interview titles made of a guest's name and a sentence the guest said, as news sites title their
 * talk shows: "Ana Lobo: “Every harbour has its own weather”", "Ana Lobo (part 2): “...”", "Jan
 * Smit (deel 1): «...»". A line may be one such title, or a run of them glued together where a copy
 * joined a listing's links into one line; the last of a run may be cut off inside its quotation.
 *
 * <p>Read from the line's tokens: the name is a few capitalised words, the part is a bracketed part
 * word and number, the colon is the grammar's, and the quotation runs from a token that opens with
 * a quotation mark to the token that closes it.
 */
final class QuoteTitles {

    /** Words of a guest's name at most. */
    private static final int NAME_MAX_WORDS = 5;

    /** Words of a quotation at least: a title quotes a sentence, not a word. */
    private static final int QUOTE_MIN_WORDS = 3;

    /**
     * The word for "part" that numbers the halves of a long interview, in the seven languages the
     * parser reads, lower case: "(part 2)", "(partie 2)", "(Teil 2)", "(parte 2)", "(deel 2)".
     */
    private static final Set<String> PART_WORDS = Set.of("part", "partie", "teil", "parte", "deel");

    /** Opening quotation marks and the marks that close each, by position. */
    private static final String OPENING = "\u201C\u00AB\u201E\"";

    private static final String[] CLOSING = {"\u201D", "\u00BB", "\u201C\u201D", "\""};

    /** One title of a line: its first and last tokens. */
    record Span(Token first, Token last) {}

    private QuoteTitles() {}

    /**
     * The quote titles a line is made of, in order; empty unless the whole line is such titles.
     * {@code tokens} are the line's tokens, its break left out.
     */
    static List<Span> on(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        while (at < tokens.size()) {
            int end = titleEnd(tokens, at);
            if (end < 0) {
                return List.of();
            }
            spans.add(new Span(tokens.get(at), tokens.get(end)));
            at = end + 1;
        }
        return spans;
    }

    /** Whether the line is one quote title, whole. */
    static boolean isOne(List<Token> tokens) {
        List<Span> spans = on(tokens);
        return spans.size() == 1 && closes(spans.get(0).last().getText());
    }

    /** The index of the last token of the title that starts at {@code from}, or -1. */
    private static int titleEnd(List<Token> tokens, int from) {
        int at = from;
        int words = 0;
        while (at < tokens.size() && tokens.get(at).getType() == EpisodePageLexer.WORD) {
            if (!isNameWord(tokens.get(at).getText(), words == 0)) {
                return -1;
            }
            words++;
            at++;
        }
        if (words == 0
                || words > NAME_MAX_WORDS
                || !isNameWord(tokens.get(at - 1).getText(), true)) {
            return -1;
        }
        at = afterPart(tokens, at);
        if (at >= tokens.size() || tokens.get(at).getType() != EpisodePageLexer.COLON) {
            return -1;
        }
        at++;
        if (at >= tokens.size()) {
            return -1;
        }
        String open = tokens.get(at).getText();
        int kind = open.isEmpty() ? -1 : OPENING.indexOf(open.charAt(0));
        if (kind < 0) {
            return -1;
        }
        String closing = CLOSING[kind];
        int quoteWords = 0;
        for (int k = at; k < tokens.size(); k++) {
            String text = tokens.get(k).getText();
            if (tokens.get(k).getType() == EpisodePageLexer.WORD) {
                quoteWords++;
            }
            boolean closed =
                    (k > at || text.length() > 1)
                            && closing.indexOf(text.charAt(text.length() - 1)) >= 0;
            if (closed) {
                return quoteWords >= QUOTE_MIN_WORDS ? k : -1;
            }
        }
        // Cut off by the copy inside its quotation: a title still, the line's last.
        return quoteWords >= 1 ? tokens.size() - 1 : -1;
    }

    /** Past "(part 2)" at {@code at}, or {@code at} when no part stands there. */
    private static int afterPart(List<Token> tokens, int at) {
        if (at + 3 < tokens.size()
                && tokens.get(at).getText().equals("(")
                && PART_WORDS.contains(tokens.get(at + 1).getText().toLowerCase(Locale.ROOT))
                && tokens.get(at + 2).getType() == EpisodePageLexer.NUMBER
                && tokens.get(at + 3).getText().equals(")")) {
            return at + 4;
        }
        return at;
    }

    /**
     * Whether the word may be a name's: capitalised, or (inside the name) a particle of three
     * letters at most ("da", "van", "de").
     */
    private static boolean isNameWord(String word, boolean edge) {
        int first = word.codePointAt(0);
        if (Character.isUpperCase(first)) {
            return true;
        }
        return !edge && Character.isLowerCase(first) && word.length() <= 3;
    }

    /** Whether the text ends with a closing quotation mark. */
    private static boolean closes(String text) {
        char last = text.charAt(text.length() - 1);
        for (String marks : CLOSING) {
            if (marks.indexOf(last) >= 0) {
                return true;
            }
        }
        return false;
    }
}
