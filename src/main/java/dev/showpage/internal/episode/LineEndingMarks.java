package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import org.antlr.v4.runtime.Token;

/**
 * Whether a time mark is the last thing on its line. A time at the end of its line is a chapter's
 * start however it is written ("Intro 2m30s", "Intro (0:42)"), where inside a sentence the same
 * time is prose; a note in brackets after the mark ("4:26 (Incomplete)") does not keep it from the
 * line's end. Kept apart from the reading of marks ({@link ChapterMarks}) because it looks only at
 * the tokens after a mark, never at what was read before it.
 */
final class LineEndingMarks {

    private LineEndingMarks() {}

    /**
     * Whether the mark is the last thing on its line, but for a note in brackets after it ("4:26
     * (Incomplete)").
     */
    static boolean is(SourceText source, Token markEnd) {
        int i = markEnd.getTokenIndex() + 1;
        Token next = source.token(i);
        if (next.getType() == EpisodePageLexer.NL || next.getType() == Token.EOF) {
            return true;
        }
        if (!next.getText().equals("(")) {
            return false;
        }
        for (i++; ; i++) {
            Token t = source.token(i);
            if (t.getType() == EpisodePageLexer.NL
                    || t.getType() == Token.EOF
                    || t.getText().equals("(")) {
                return false;
            }
            if (t.getText().equals(")")) {
                Token after = source.token(i + 1);
                return after.getType() == EpisodePageLexer.NL || after.getType() == Token.EOF;
            }
        }
    }
}
