package dev.showpage.internal.generic;

import dev.showpage.internal.episode.EpisodeCounts;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.NoteLineContext;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Urls;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Whether a line of a generic page may be a title by its own shapes: a line of text, not too long,
 * with no link or time on it, and not a label, a placeholder, a section's heading, an image's
 * caption or a field of the show or the site. {@link LineTable} keeps the answer, since it is asked
 * of the same lines many times, and adds what the page has made of the line since.
 */
final class TitleLikeLines {

    /** Words of a title line at most; longer lines are prose. */
    private static final int TITLE_MAX_WORDS = 40;

    private static final int PLACEHOLDER_MAX_WORDS = 3;
    private static final int LABEL_MAX_WORDS = 6;
    private static final int HEADING_MAX_WORDS = 4;

    /** Words of a row of a table's column names at most. */
    private static final int LABEL_ROW_MAX_WORDS = 12;

    private TitleLikeLines() {}

    static boolean read(LineTable lines, int i) {
        ParserRuleContext line = lines.line(i);
        if (!(line instanceof NoteLineContext)) {
            return false;
        }
        String text = lines.text(i);
        if (text.endsWith(":") || lines.words(i) > TITLE_MAX_WORDS || CutTeasers.isOne(text)) {
            return false;
        }
        SourceText source = lines.source();
        for (int t = line.getStart().getTokenIndex(); t <= line.getStop().getTokenIndex(); t++) {
            int type = source.token(t).getType();
            if (type == EpisodePageLexer.DOMAIN && Urls.isLink(source.token(t).getText())) {
                return false; // a line with a link on it ("www.example.com") is notes, not a title
            }
            if (type == EpisodePageLexer.URL
                    || type == EpisodePageLexer.TIMESTAMP
                            && !(ClockHours.isOne(source, t) && ClockHours.namesTheDay(text))
                    || type == EpisodePageLexer.BRACKETED_TIME
                    || type == EpisodePageLexer.CHAPTERS
                    || type == EpisodePageLexer.SHOW_MORE) {
                return false;
            }
        }
        // The shapes of a few short words, read only of lines that short. The show's episode count
        // ("1118 épisodes"), a directory header's follower count ("505 abonnés") and the lines
        // around it (the name over it, the description under it), and a menu's "My Podcast" are
        // fields of the show or the site, never a title.
        if (lines.words(i) <= LABEL_ROW_MAX_WORDS && TableColumns.labelRow(text) != null) {
            return false; // "Pub. DateTitleDuration": a table's header, its cells glued or not
        }
        if (TitleText.captionedName(text) != null
                || lines.isLabelOrStray(i)
                || lines.isFiling(i)
                || lines.isShort(i) && EpisodeCounts.on(lines.terminals(i)).isPresent()
                || FollowerCountLines.isCount(lines, i)
                || PossessiveLabels.isOne(text)
                || CallsToAction.isOne(text)
                || Invitations.isOne(text)
                || PlayerLoadingLines.isOne(text)
                || AdSlotLabels.isOne(text)
                || PublisherLines.isOne(text)
                || ListenOnLists.isListed(lines, i)
                || FollowerCountLines.isAround(lines, lines.headerFollowerCount(), i)) {
            return false;
        }
        int words = lines.words(i);
        return !(words <= PLACEHOLDER_MAX_WORDS && TitleText.isPlaceholder(text)
                || words <= LABEL_MAX_WORDS && EpisodeNumbers.isEpisodeLabel(text)
                || words <= HEADING_MAX_WORDS && SectionHeadings.isOne(text));
    }
}
