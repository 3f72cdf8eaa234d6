package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.TimeUnits;
import dev.showpage.internal.text.ValueLabels;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The date of a page read as one episode that no line gives as its date, taken from the only full
 * date (day, month and year) the page prints, and only where it stands in the byline of the
 * episode's header: an author's name, the date and a reading time, on one of the page's first
 * lines, before any line of prose ({@code Big Ideas #3 / maria 2024-03-04 3 min read}).
 *
 * <p>Measured on the pages worked on, the only full date of a one-episode page is as often a birth,
 * an event, a masthead's day or a related article's stamp as the episode's day, so a date in any
 * other place, a byline further down (a related article's card), or a page with two full dates
 * gives none. The reading time is the post's, never the episode's length.
 */
public final class LoneDates {

    /** How many words may stand before a byline's date: an author's name. */
    private static final int BYLINE_WORDS = 3;

    /** How many lines may stand above the byline: the episode's title and the show's name. */
    private static final int LINES_ABOVE = 2;

    /** A line longer than this many tokens above the byline is prose, not a header's title. */
    private static final int TITLE_TOKENS = 12;

    /**
     * The first words of the headings that sites print above other posts' cards ("Related", "More
     * episodes", "Read also"), in English, French, German, Spanish, Italian, Portuguese and Dutch,
     * lower case: a byline under one of them is another post's.
     */
    private static final Set<String> OTHER_POSTS =
            Set.of(
                    "related",
                    "more",
                    "read",
                    "see",
                    "recommended",
                    "lire",
                    "voir",
                    "plus",
                    "weiterlesen",
                    "mehr",
                    "lesen",
                    "auch",
                    "leer",
                    "más",
                    "relacionados",
                    "relacionadas",
                    "leggi",
                    "altri",
                    "correlati",
                    "leia",
                    "mais",
                    "veja",
                    "lees",
                    "meer",
                    "gerelateerd",
                    "ook");

    private LoneDates() {}

    /** The page's lone full date token where it stands in the header's byline, or null. */
    public static Token of(SourceText source) {
        int at = -1;
        for (int i = 0, n = source.tokenCount(); i < n; i++) {
            if (isFullDate(source.token(i).getType())) {
                if (at >= 0) {
                    return null; // two full dates: which one dates the episode is not told
                }
                at = i;
            }
        }
        return at >= 0 && isByline(source, at) && isInHeader(source, at) ? source.token(at) : null;
    }

    /**
     * Whether a token is a date with its day, month and year ("3 May 2024", "12/03/2025",
     * "2024-05-03"), of either order: the callers that read the date itself weigh an ambiguous
     * order on their own.
     */
    public static boolean isFullDate(int type) {
        return type == EpisodePageLexer.MONTH_DATE
                || type == EpisodePageLexer.NUMERIC_DATE
                || type == EpisodePageLexer.ISO_DATE;
    }

    /** An author's name, the date, and a reading time ("4 min read") closing the line. */
    static boolean isByline(SourceText source, int at) {
        int start = lineStart(source, at);
        if (start < at - BYLINE_WORDS || opensUpdateLabel(source, start, at)) {
            return false;
        }
        int amount = at + 1;
        int unit = amount + 1;
        if (source.token(amount).getType() != EpisodePageLexer.NUMBER
                || source.token(amount).getText().length() > 2
                || TimeUnits.seconds(source.token(unit).getText()) != 60) {
            return false;
        }
        int words = unit + 1;
        if (source.token(words).getType() == EpisodePageLexer.STOP) {
            words++; // "6 Min. Lesezeit"
        }
        String word = source.token(words).getText();
        Token after = source.token(words + 1);
        boolean twoWords = after.getType() == EpisodePageLexer.WORD;
        if (!TimeUnits.isReadingTime(word, twoWords ? after.getText() : null)) {
            return false;
        }
        // "read", "Lesezeit" are one word; "de lecture", "di lettura" two
        int end = TimeUnits.isReadingTime(word, null) ? words + 1 : words + 2;
        return endsLine(source.token(end));
    }

    /**
     * Whether the line that holds {@code at} is among the page's first lines, under nothing but
     * short lines that are neither prose nor a heading of other posts.
     */
    static boolean isInHeader(SourceText source, int at) {
        int start = lineStart(source, at);
        int lines = 0;
        for (int i = 0, from = 0; i < start; i++) {
            if (source.token(i).getType() == EpisodePageLexer.NL) {
                if (i > from && (++lines > LINES_ABOVE || isProseOrOtherPosts(source, from, i))) {
                    return false;
                }
                from = i + 1;
            }
        }
        return true;
    }

    private static boolean isProseOrOtherPosts(SourceText source, int start, int end) {
        Token last = source.token(end - 1);
        return end - start > TITLE_TOKENS
                || (last.getType() == EpisodePageLexer.STOP && last.getText().equals("."))
                || OTHER_POSTS.contains(source.token(start).getText().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the words before the date label the page's last change ("Updated", "Mis à jour"): a
     * change stamp stands where a byline's author does, and dates no episode.
     */
    private static boolean opensUpdateLabel(SourceText source, int start, int at) {
        return ValueLabels.opensUpdateLabel(
                wordBefore(source, start, at, 0),
                wordBefore(source, start, at, 1),
                wordBefore(source, start, at, 2));
    }

    private static String wordBefore(SourceText source, int start, int at, int offset) {
        return start + offset < at ? source.token(start + offset).getText() : null;
    }

    /** The index of the first token on the line that holds {@code at}. */
    private static int lineStart(SourceText source, int at) {
        int i = at;
        while (i > 0 && source.token(i - 1).getType() != EpisodePageLexer.NL) {
            i--;
        }
        return i;
    }

    private static boolean endsLine(Token token) {
        return token.getType() == EpisodePageLexer.NL || token.getType() == Token.EOF;
    }
}
