package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.ReleaseLineContext;
import java.util.List;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * The title of a table's row that a scraper copied as one line under the table's header row, each
 * cell glued to the next:
 *
 * <pre>
 * Pub. DateTitleDuration
 * 12 Mar 2024The lighthouse keepers00:41:07
 * </pre>
 *
 * The header names the columns (a date, then a title, maybe a length: {@link
 * TableColumns#labelRow}), so the row's text after its date is the title, without the length glued
 * at its end. Only a release line whose date is glued to what follows it, under such a header, is
 * read so; any other line is left as it is.
 */
final class LabelRowTitles {

    /** A length glued to the end of a row's title: "...keepers00:41:07". */
    private static final Pattern TRAILING_LENGTH =
            Pattern.compile("\\s*\\d{1,2}:\\d\\d(:\\d\\d)?$");

    private LabelRowTitles() {}

    /** The title that release line {@code release} prints after its date, or null. */
    static String title(LineTable lines, int release) {
        if (!(lines.line(release) instanceof ReleaseLineContext row)) {
            return null;
        }
        Token dateEnd = row.releaseDate().getStop();
        Token first = lines.source().token(dateEnd.getTokenIndex() + 1);
        if (first.getStartIndex() != dateEnd.getStopIndex() + 1) {
            return null; // the row's cells are glued: "12 Mar 2024The lighthouse keepers"
        }
        List<TableColumns> columns = header(lines, release);
        if (columns == null) {
            return null;
        }
        int date = columns.indexOf(TableColumns.DATE);
        if (date < 0) {
            date = columns.indexOf(TableColumns.AIRDATE);
        }
        int title = columns.indexOf(TableColumns.TITLE);
        if (title < 0) {
            title = columns.indexOf(TableColumns.NAME);
        }
        if (date < 0 || title != date + 1) {
            return null; // the title is read only where it follows the date
        }
        Token last = row.getStop();
        if (last.getType() == EpisodePageLexer.NL || last.getType() == Token.EOF) {
            last = lines.source().token(last.getTokenIndex() - 1);
        }
        if (last.getTokenIndex() <= dateEnd.getTokenIndex()) {
            return null;
        }
        String text = lines.source().between(first, last).strip();
        if (title + 1 < columns.size() && columns.get(title + 1) == TableColumns.LENGTH) {
            text = TRAILING_LENGTH.matcher(text).replaceFirst("");
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * The columns of the header row over line {@code release}: the nearest line with text above it
     * that is a header row (the rows above it and their notes between); null when there is none.
     */
    private static List<TableColumns> header(LineTable lines, int release) {
        for (int i = lines.previousText(release - 1, -1);
                i >= 0;
                i = lines.previousText(i - 1, -1)) {
            if (lines.isNote(i) && lines.isShort(i)) {
                List<TableColumns> columns = TableColumns.labelRow(lines.text(i));
                if (columns != null) {
                    return columns;
                }
            }
        }
        return null;
    }
}
