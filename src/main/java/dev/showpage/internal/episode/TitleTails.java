package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * What a scraper ran into the last title of a chapter list written on one line, where nothing but
 * the line's end bounds it: the next heading glued to it ({@code "(54:34) The best
 * ideaLearnings**Fix the rules**The EU ..."}), the next sentence, or a time cut off where the copy
 * ends ({@code "Track ('21)00:0"}).
 *
 * <p>A title is cut only where the text is longer than a title ({@value #TITLE_MAX_WORDS} words)
 * and a boundary makes the cut certain: a word glued to a capitalised one ({@code "ideaLearnings"}:
 * at least {@value #MIN_LOWER} lower-case letters before the capital, so that "iPhone" or "YouTube"
 * stay whole), markup glued to the text ({@code "**"}, {@code "__"}), a full stop glued to the next
 * word ({@code "idea.Learnings"}), or, past {@value #SENTENCE_MIN_WORDS} words, the end of a
 * sentence. Without such a boundary the title is left whole.
 */
final class TitleTails {

    /** The most words of a last title that is never cut. */
    static final int TITLE_MAX_WORDS = 12;

    /** A sentence's end cuts a last title only when the text has more words than this. */
    static final int SENTENCE_MIN_WORDS = 24;

    /** The lower-case letters before a glued capital that make a word boundary. */
    static final int MIN_LOWER = 3;

    /**
     * @param title the title, up to the cut
     * @param last the token the title ends in (the cut may be inside it)
     * @param restAt the token the rest starts in
     * @param rest the text after the cut
     */
    record Cut(String title, Token last, Token restAt, String rest) {}

    private TitleTails() {}

    /**
     * The tokens at the end of the words that are a time cut off where the copy ends, glued to the
     * text before it: "00:0", "12:", "1:02:3" after ")" or a letter; empty for none.
     */
    static List<Token> cutOffTime(List<Token> words) {
        int n = words.size();
        int i = n - 1;
        if (i >= 0 && words.get(i).getType() == EpisodePageLexer.NUMBER) {
            if (words.get(i).getText().length() > 1) {
                return List.of();
            }
            i--;
        }
        if (i < 1 || words.get(i).getType() != EpisodePageLexer.COLON) {
            return List.of();
        }
        Token hours = words.get(i - 1);
        int start = i - 1;
        if (hours.getType() == EpisodePageLexer.TIMESTAMP
                && hours.getText().indexOf(':') == hours.getText().lastIndexOf(':')) {
            // "1:02:3": the lexer read "1:02" as a time
        } else if (hours.getType() != EpisodePageLexer.NUMBER || hours.getText().length() > 2) {
            return List.of();
        }
        if (start < 1) {
            return List.of();
        }
        for (int k = start; k < n - 1; k++) {
            if (!ChapterTimes.glued(words.get(k), words.get(k + 1))) {
                return List.of();
            }
        }
        Token before = words.get(start - 1);
        if (!ChapterTimes.glued(before, hours)) {
            return List.of();
        }
        String text = before.getText();
        int last = text.codePointBefore(text.length());
        if (!Character.isLetter(last) && !MarkSigns.isClosing(before)) {
            return List.of();
        }
        return List.copyOf(words.subList(start, n));
    }

    /** Where the last title ends, when more than a title was run into it; null to keep it whole. */
    static Cut cut(SourceText source, List<Token> words) {
        int count = 0;
        for (Token token : words) {
            if (isWord(token)) {
                count++;
            }
        }
        if (count <= TITLE_MAX_WORDS) {
            return null;
        }
        boolean wordy = count > SENTENCE_MIN_WORDS;
        int seen = 0;
        for (int i = 0; i < words.size(); i++) {
            Token token = words.get(i);
            Token next = i + 1 < words.size() ? words.get(i + 1) : null;
            if (isWord(token)) {
                seen++;
            }
            if (seen == 0) {
                continue;
            }
            if (isWord(token) && token.getText().indexOf('&') < 0) {
                int at = gluedCapital(token.getText());
                if (at > 0) {
                    String text = token.getText();
                    String title = source.between(words.get(0), token);
                    title = title.substring(0, title.length() - (text.length() - at));
                    String rest = text.substring(at);
                    if (next != null) {
                        rest +=
                                (source.spaceAfter(token, next) ? " " : "")
                                        + tail(source, words, i + 1);
                    }
                    return new Cut(title, token, token, rest);
                }
            }
            if (next == null) {
                break;
            }
            if (isMarkup(token, next) && i > 0 && ChapterTimes.glued(words.get(i - 1), token)) {
                return boundary(source, words, i);
            }
            boolean sentenceEnd =
                    token.getType() == EpisodePageLexer.STOP
                            || token.getType() == EpisodePageLexer.QUESTION;
            if (sentenceEnd
                    && i > 0
                    && ChapterTimes.glued(words.get(i - 1), token)
                    && ChapterTimes.glued(token, next)
                    && startsCapital(next)) {
                return boundary(source, words, i + 1); // "idea.Learnings"
            }
            if (sentenceEnd
                    && wordy
                    && i > 0
                    && !isAbbreviation(words.get(i - 1))
                    && source.spaceAfter(token, next)) {
                return boundary(source, words, i + 1);
            }
        }
        return null;
    }

    private static Cut boundary(SourceText source, List<Token> words, int at) {
        Token last = words.get(at - 1);
        return new Cut(
                source.between(words.get(0), last), last, words.get(at), tail(source, words, at));
    }

    private static String tail(SourceText source, List<Token> words, int from) {
        return source.between(words.get(from), words.get(words.size() - 1));
    }

    /**
     * The index of a capital glued after lower-case letters inside the word ("ideaLearnings" gives
     * 4), followed by a lower-case letter; -1 for none.
     */
    static int gluedCapital(String word) {
        int lower = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                lower++;
            } else if (Character.isUpperCase(c)
                    && lower >= MIN_LOWER
                    && i + 1 < word.length()
                    && Character.isLowerCase(word.charAt(i + 1))) {
                return i;
            } else {
                lower = 0;
            }
        }
        return -1;
    }

    /** "Dr", "Vol", "M", "St": a short capitalised word, which a full stop may abbreviate. */
    private static boolean isAbbreviation(Token word) {
        String text = word.getText();
        return text.length() < 3
                || text.length() == 3 && Character.isUpperCase(text.codePointAt(0));
    }

    /** "**", "__": markup glued to the text. */
    private static boolean isMarkup(Token token, Token next) {
        String text = token.getText();
        return (text.equals("*") || text.equals("_") || text.equals("__"))
                && (text.length() == 2 || next.getText().equals(text))
                && ChapterTimes.glued(token, next);
    }

    private static boolean startsCapital(Token token) {
        String text = token.getText();
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    private static boolean isWord(Token token) {
        int type = token.getType();
        return type == EpisodePageLexer.WORD
                || type == EpisodePageLexer.NUMBER
                || type == EpisodePageLexer.DOMAIN;
    }
}
