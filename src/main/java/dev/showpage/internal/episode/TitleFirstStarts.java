package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Where the first title of a list run together on one line, each title before its time, starts
 * ("... belong. Ana - Why? (00:36) Ben - How? (17:30)", "Our chapters: Intro (00:00) Topic
 * (04:13)"). Such a list has no line start to begin its first title, so the prose before it is cut
 * off at the last sentence boundary, or at a label's colon. Kept apart from the reading of marks
 * ({@link ChapterMarks}) because both cuts look only at the words of the line, not at the state of
 * the run being read.
 */
final class TitleFirstStarts {

    private TitleFirstStarts() {}

    /**
     * The index of the first word after the last sentence boundary ("belong. Ana - Why?" gives the
     * index of "Ana"): a full stop, "!" or "?" with a blank after it and a word following.
     */
    static int sentenceStart(SourceText source, List<Token> before) {
        int end = before.size();
        while (end > 0
                && (MarkSigns.isOpening(before.get(end - 1))
                        || MarkSigns.isSeparator(before.get(end - 1)))) {
            end--; // "Why? {00:36}", "Why? - 00:36": the sign before the time ends no sentence
        }
        for (int i = end - 1; i > 0; i--) {
            Token token = before.get(i - 1);
            int type = token.getType();
            if ((type == EpisodePageLexer.STOP || type == EpisodePageLexer.QUESTION)
                    && source.spaceAfter(token, before.get(i))) {
                return i;
            }
        }
        return 0;
    }

    /**
     * "Our chapters: Intro (00:00) Topic (04:13) Wrap (12:02)": the first title of a list run
     * together with its titles first starts after a label's colon, when no other title of the list
     * has a colon; the label is prose.
     */
    static void cutLabel(EpisodeDraft draft, List<ChapterItem> lineItems) {
        if (lineItems.size() < 2) {
            return;
        }
        ChapterItem first = lineItems.get(0);
        int colon = first.title.lastIndexOf(": ");
        if (colon <= 0 || colon + 2 >= first.title.length()) {
            return;
        }
        for (int i = 1; i < lineItems.size(); i++) {
            if (lineItems.get(i).title.indexOf(':') >= 0) {
                return;
            }
        }
        draft.addProse(first.first, first.title.substring(0, colon + 1).strip());
        first.title = first.title.substring(colon + 2).strip();
    }
}
