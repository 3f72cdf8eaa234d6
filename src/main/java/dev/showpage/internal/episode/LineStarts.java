package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * What a line starts with, as far as chapters go: the signs and the track number that may stand
 * before a chapter's time ("•", "*", "▶", "(", "1.", "01 -"), and whether a time follows them. Each
 * look stays within a line or two, a few tokens past the signs.
 */
final class LineStarts {

    /**
     * The most signs and numbers looked at before a time ("1. • ▶ [" is four): a real line has a
     * few, and a line of thousands of signs is then looked at once, not once per sign.
     */
    private static final int MAX_LEADS = 6;

    /** The most words a line may have to be a chapter's title whose time is lost. */
    private static final int TITLE_MAX_WORDS = 10;

    private final SourceText source;

    LineStarts(SourceText source) {
        this.source = source;
    }

    /**
     * Whether the words before a time are only signs and a track number ("1.", "01 -", "*", "1.
     * •"): signs, then at most one number with what ends it, then signs.
     */
    boolean isLeadWords(List<Token> words) {
        if (words.size() > MAX_LEADS) {
            return false;
        }
        int i = 0;
        boolean numbered = false;
        while (i < words.size()) {
            Token word = words.get(i);
            if (MarkSigns.isLead(word)) {
                i++;
            } else if (!numbered && word.getType() == EpisodePageLexer.NUMBER) {
                numbered = true;
                i++;
                if (i < words.size() && isNumberEnd(words.get(i))) {
                    i++;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** The index of the first token after the signs and track number a line starts with. */
    int afterLeads(int start) {
        int i = start;
        boolean numbered = false;
        while (i - start < MAX_LEADS) {
            Token token = source.token(i);
            if (MarkSigns.isLead(token)) {
                i++;
            } else if (!numbered
                    && token.getType() == EpisodePageLexer.NUMBER
                    && !ChapterTimes.glued(token, source.token(i + 1))) {
                numbered = true;
                i++;
            } else if (!numbered
                    && token.getType() == EpisodePageLexer.NUMBER
                    && isNumberEnd(source.token(i + 1))) {
                numbered = true;
                i += 2;
            } else {
                return i;
            }
        }
        return i;
    }

    /** Whether the token at the index is a time ("04:30", "[1:02:03]", "2m30s"). */
    boolean startsWithTime(int at) {
        return ChapterTimes.isTime(source.token(at));
    }

    /** Whether the next line with text, after the line break given, starts with a time. */
    boolean nextTextLineStartsWithTime(Token lineEnd) {
        int i = lineEnd.getTokenIndex() + 1;
        while (source.token(i).getType() == EpisodePageLexer.NL) {
            i++;
        }
        if (source.token(i).getType() == Token.EOF) {
            return false;
        }
        return startsWithTime(afterLeads(i));
    }

    /**
     * Whether the line is a few words that could be a title: no link, time or heading on it, not
     * ending as a sentence or as a label (".", ":").
     */
    boolean isShortPlainLine(int start) {
        int wordCount = 0;
        Token last = null;
        for (int i = start; ; i++) {
            Token token = source.token(i);
            int type = token.getType();
            if (type == EpisodePageLexer.NL || type == Token.EOF) {
                break;
            }
            if (type == EpisodePageLexer.WORD || type == EpisodePageLexer.NUMBER) {
                wordCount++;
            } else if (i - start > MAX_LEADS * 4) {
                return false; // signs without words: no title
            } else if (type != EpisodePageLexer.DASH
                    && type != EpisodePageLexer.BULLET
                    && type != EpisodePageLexer.PIPE
                    && type != EpisodePageLexer.COMMA
                    && type != EpisodePageLexer.AMP
                    && type != EpisodePageLexer.QUESTION
                    && type != EpisodePageLexer.STOP
                    && type != EpisodePageLexer.OTHER) {
                return false;
            }
            if (wordCount > TITLE_MAX_WORDS) {
                return false;
            }
            last = token;
        }
        return wordCount > 0
                && last.getType() != EpisodePageLexer.STOP
                && last.getType() != EpisodePageLexer.COLON;
    }

    /** "1." "01 -" "3)" "2 |": what ends a track number. */
    private static boolean isNumberEnd(Token token) {
        int type = token.getType();
        return type == EpisodePageLexer.STOP
                || type == EpisodePageLexer.DASH
                || type == EpisodePageLexer.PIPE
                || token.getText().equals(")");
    }
}
