package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The title a heading that names an edition gives after the edition's day ({@code Show, Sendung vom
 * 14.12.2015: Title}, {@code Émission du 2 octobre 2021 : Title}, {@code Puntata del 3 marzo 2024 -
 * Title}): a post about the edition states its topic there and prints no title line of its own.
 * Read only for a page read as one episode whose lines gave no title.
 *
 * <p>The heading's field after the day is one sentence; a question or an exclamation may be
 * followed by a remark of the writer's of a few words ("Was bleibt? Live gesehen."), which is not
 * the edition's. A field of two sentences, or of one that runs on past a full stop (an
 * abbreviation's or a second sentence's), gives no title: where the title ends is not told.
 */
public final class EditionTitles {

    /** Words of a writer's remark after a question or exclamation that ends the title, at most. */
    private static final int REMARK_MAX_WORDS = 3;

    /** Words of a title, at most: past that the field is a paragraph. */
    private static final int TITLE_MAX_WORDS = 24;

    private EditionTitles() {}

    /** Gives the only draft the title its edition heading states, where its lines gave none. */
    public static void fill(List<EpisodeDraft> drafts, SourceText source) {
        if (drafts.size() == 1 && drafts.get(0).title == null) {
            drafts.get(0).title = of(source);
        }
    }

    /** The title after the day of the edition a heading names, or null. */
    static String of(SourceText source) {
        Token date = BroadcastDates.of(source);
        if (date == null) {
            return null;
        }
        int i = date.getTokenIndex() + 1;
        int n = source.tokenCount();
        if (i >= n || !isSeparator(source.token(i).getType())) {
            return null;
        }
        int first = i + 1;
        int last = first - 1;
        while (last + 1 < n && !endsLine(source.token(last + 1).getType())) {
            last++;
        }
        if (last < first) {
            return null;
        }
        return title(source.between(source.token(first), source.token(last)).strip());
    }

    /** The field's title: the field, or its question or exclamation before a short remark. */
    static String title(String field) {
        int end = firstSentenceEnd(field);
        String title = field;
        if (end >= 0) {
            char mark = field.charAt(end);
            String rest = field.substring(end + 1).strip();
            if (mark == '.' || words(rest) > REMARK_MAX_WORDS) {
                return null;
            }
            title = field.substring(0, end + 1);
        }
        int words = words(title);
        return words == 0 || words > TITLE_MAX_WORDS ? null : title;
    }

    /** Where the field's first sentence ends before more text (a mark, then a blank), or -1. */
    private static int firstSentenceEnd(String field) {
        for (int k = 0; k + 1 < field.length(); k++) {
            char c = field.charAt(k);
            if ((c == '?' || c == '!' || c == '.') && field.charAt(k + 1) == ' ') {
                return k;
            }
        }
        return -1;
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split(" +").length;
    }

    private static boolean isSeparator(int type) {
        return type == EpisodePageLexer.COLON
                || type == EpisodePageLexer.DASH
                || type == EpisodePageLexer.PIPE;
    }

    private static boolean endsLine(int type) {
        return type == EpisodePageLexer.NL || type == Token.EOF;
    }
}
