package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * How far a time mark reaches past what the grammar marked: a closing bracket ("{00:00}",
 * "<00:00>", "【00:00】", "(12:30 – 18:45)"), a unit ("00:00h", "0:00 min"), then a separator before
 * the title ("~", ">", "»", a dash, pipe or colon after the bracket, or a dot: "02:01. Title").
 *
 * @param last the index of the mark's last token
 * @param separated whether a separator stands between the time and the title
 */
record MarkReach(int last, boolean separated) {

    /**
     * @param stop the last token the grammar marked: the time, a range's second time, or its
     *     separator
     * @param separated whether the grammar's mark ends with a separator
     * @param before the words before the time on its line (an opening bracket among them)
     */
    static MarkReach of(SourceText source, Token stop, boolean separated, List<Token> before) {
        int last = stop.getTokenIndex();
        if (separated) {
            return new MarkReach(last, true);
        }
        Token next = source.token(last + 1);
        boolean opened = !before.isEmpty() && MarkSigns.isOpening(before.get(before.size() - 1));
        if (MarkSigns.isClosing(next) && (opened || ChapterTimes.glued(stop, next))) {
            last++;
            next = source.token(last + 1);
        }
        if (MarkSigns.isUnit(next)) {
            last++;
            next = source.token(last + 1);
        }
        if (MarkSigns.isSeparator(next) && !labelsUrl(source, next)) {
            return new MarkReach(last + 1, true);
        }
        Token after = source.token(last + 2);
        if (next.getType() == EpisodePageLexer.STOP
                && next.getText().equals(".")
                && ChapterTimes.glued(source.token(last), next)
                && !ChapterTimes.glued(next, after)) {
            return new MarkReach(last + 1, true); // "02:01. Title"
        }
        return new MarkReach(last, false);
    }

    /** ": https://..." is a labelled URL, not a separator. */
    private static boolean labelsUrl(SourceText source, Token token) {
        if (token.getType() != EpisodePageLexer.COLON) {
            return false;
        }
        int type = source.token(token.getTokenIndex() + 1).getType();
        return type == EpisodePageLexer.URL
                || type == EpisodePageLexer.DOMAIN
                || type == EpisodePageLexer.HANDLE;
    }
}
