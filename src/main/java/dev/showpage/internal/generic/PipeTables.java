package dev.showpage.internal.generic;

import dev.showpage.internal.episode.EpisodeDraft;
import dev.showpage.internal.episode.LoneDates;
import dev.showpage.internal.episode.NotesReader;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.TableRuleLineContext;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.text.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * Episode tables as scrapers print them: a header row naming the columns ("Episode | Airdate |
 * Name"), a separator row ("---|---|---"), then one row per episode ("6 | 31st Aug 2025 | Some
 * Name"), maybe several tables one after another. Each data row is one episode: its title, date and
 * length from their columns' cells ({@link TableColumns}); the links of any cell are its links;
 * every other cell (the number, the guests, a column not named) and a cell that gives no value stay
 * in the episode's notes.
 *
 * <p>A table is read only on a page where no dated episodes were found (a table in one episode's
 * notes stays in its notes), only under a separator row (a line of cells without one is as often a
 * breadcrumb or a share bar), and only when its columns are an episode list's ({@link
 * TableColumns#listEpisodes}). A row must fit its columns: no more cells than the header, a number
 * under a number column, a date (or nothing) under a date column, a length (or nothing) under a
 * length column. A row may stop short of the last columns anywhere in the table, as long as the
 * cells it has fit; the page's last line may even stop inside its last cell, as a cut copy does,
 * that cell giving no value. The first row that does not fit ends the table. The lines after a
 * table are no row's: they are the page's own lines ({@link #linesAfterRows}).
 */
final class PipeTables {

    /** "[The Weir](https://...)": a markdown link, whose text is the cell's. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]+)\\]\\(\\S+\\)");

    private final LineTable lines;

    /** The data rows found, by line: each row's cells, its table's columns, and if it is cut. */
    private final Map<Integer, Row> rows = new HashMap<>();

    /** The first data row of the page's first table; -1 if none. */
    private int firstRow = -1;

    private record Row(List<List<Token>> cells, List<TableColumns> columns, boolean cut) {}

    /** How a line fits a table's columns. */
    private enum Fit {
        ROW,
        CUT_ROW,
        NONE
    }

    PipeTables(LineTable lines) {
        this.lines = lines;
    }

    /** One block per data row of the page's episode tables, in page order; empty if none. */
    List<EpisodeBlock> find() {
        List<EpisodeBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            List<TableColumns> columns = header(i);
            if (columns == null) {
                i++;
                continue;
            }
            // Any table's header names its columns: never an episode's title or the show's name.
            lines.markTable(i);
            lines.markTable(i + 1);
            if (!TableColumns.listEpisodes(columns)) {
                i++;
                continue;
            }
            int first = i + 2;
            int end = first;
            while (end < lines.size()) {
                Fit fit = fit(end, columns);
                if (fit == Fit.NONE) {
                    break;
                }
                rows.put(end, new Row(cells(end), columns, fit == Fit.CUT_ROW));
                blocks.add(new EpisodeBlock(end, -1, -1, end + 1, end + 1));
                end++;
            }
            if (end > first) {
                lines.markUsed(i + 1); // the separator row: no words
                for (int row = first; row < end; row++) {
                    lines.markTable(row);
                }
                if (firstRow < 0) {
                    firstRow = first;
                }
            }
            i = Math.max(end, i + 1);
        }
        return blocks;
    }

    /** Whether the line is a data row of a table found. */
    boolean isRow(int i) {
        return rows.containsKey(i);
    }

    /**
     * The lines from the first table's first row on that no row holds, not yet used: the headers of
     * the tables after it and the lines between and after them. They tell nothing of the row above
     * them (a length, a guest or a chapter table under the last row is the page's), so they are
     * kept as the page's own lines, as the lines above the first episode are.
     */
    List<String> linesAfterRows() {
        List<String> texts = new ArrayList<>();
        for (int i = Math.max(firstRow, 0); firstRow >= 0 && i < lines.size(); i++) {
            if (!rows.containsKey(i) && !lines.isUsed(i) && !lines.isBlank(i)) {
                texts.add(lines.text(i));
                lines.markUsed(i);
            }
        }
        return texts;
    }

    /**
     * The episode a data row gives: its title, date and length from their columns' cells, the links
     * of its cells, and the other cells as notes, a bar apart as the row prints them.
     */
    EpisodeDraft draft(int i, Diagnostics diagnostics) {
        Row row = rows.get(i);
        lines.markUsed(i);
        EpisodeDraft draft = new EpisodeDraft();
        draft.firstToken = lines.line(i).getStart();
        NotesReader reader = new NotesReader(draft, lines.source(), diagnostics);
        TableColumns titles = TableColumns.titleColumn(row.columns());
        TableColumns dates = TableColumns.dateColumn(row.columns());
        Token noteStart = null;
        StringBuilder note = new StringBuilder();
        for (int c = 0; c < row.cells().size(); c++) {
            List<Token> cell = row.cells().get(c);
            if (cell.isEmpty()) {
                continue;
            }
            TableColumns column = c < row.columns().size() ? row.columns().get(c) : null;
            if (hasLink(cell)) {
                // The link's text is the title; a bare address is none. The link is read as on
                // any line.
                if (column == titles && draft.title == null) {
                    draft.title = linkText(cell);
                }
                addNote(draft, noteStart, note);
                noteStart = null;
                note.setLength(0);
                reader.readCell(cell);
                continue;
            }
            boolean cutCell = row.cut() && c == row.cells().size() - 1;
            if (!cutCell && read(draft, column, titles, dates, cell)) {
                continue;
            }
            if (noteStart == null) {
                noteStart = cell.get(0);
            } else {
                note.append(" | ");
            }
            note.append(text(cell));
        }
        addNote(draft, noteStart, note);
        reader.finish();
        return draft;
    }

    private static void addNote(EpisodeDraft draft, Token start, StringBuilder note) {
        if (start != null) {
            draft.addNote(start, note.toString());
        }
    }

    /**
     * Whether the cell gave the draft its field: a title from the table's title column, a date from
     * its date column, a length. A number is no field of a draft.
     */
    private boolean read(
            EpisodeDraft draft,
            TableColumns column,
            TableColumns titles,
            TableColumns dates,
            List<Token> cell) {
        if (column == titles && draft.title == null) {
            draft.title = text(cell);
            return true;
        }
        if (column == dates
                && draft.dateToken == null
                && cell.size() == 1
                && LabelledNotesValues.isDate(cell.get(0))) {
            draft.dateToken = cell.get(0);
            return true;
        }
        if (column == TableColumns.LENGTH && draft.durationTokens.isEmpty() && isLength(cell)) {
            draft.durationTokens.addAll(cell);
            return true;
        }
        return false;
    }

    /** Whether a token of the cell is a link: a URL, or a domain written as a link. */
    private static boolean hasLink(List<Token> cell) {
        for (Token token : cell) {
            if (token.getType() == EpisodePageLexer.URL
                    || token.getType() == EpisodePageLexer.DOMAIN && Urls.isLink(token.getText())) {
                return true;
            }
        }
        return false;
    }

    /** The text of a cell that is a markdown link ("[Text](URL)"), or null. */
    private String linkText(List<Token> cell) {
        Matcher link = MARKDOWN_LINK.matcher(text(cell));
        if (!link.matches()) {
            return null;
        }
        String text = link.group(1).strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The columns a header row names, or null if the line is no header row: a line of cells, with a
     * pipe, over a separator row.
     */
    private List<TableColumns> header(int i) {
        if (lines.isBlank(i) || isSeparator(i) || !isSeparator(i + 1) || !hasPipe(i)) {
            return null;
        }
        List<TableColumns> columns = new ArrayList<>();
        for (List<Token> cell : filled(cells(i))) {
            columns.add(cell.isEmpty() ? null : TableColumns.named(text(cell)));
        }
        return columns;
    }

    /**
     * How the line fits the columns: a row (maybe short of the last columns), a row cut inside its
     * last cell, or no row.
     */
    private Fit fit(int i, List<TableColumns> columns) {
        if (lines.isBlank(i) || isSeparator(i) || isSeparator(i + 1) || !hasPipe(i)) {
            return Fit.NONE;
        }
        List<List<Token>> cells = filled(cells(i));
        if (cells.isEmpty() || cells.size() > columns.size()) {
            return Fit.NONE;
        }
        for (int c = 0; c < cells.size() - 1; c++) {
            if (!fits(columns.get(c), cells.get(c))) {
                return Fit.NONE;
            }
        }
        int last = cells.size() - 1;
        if (fits(columns.get(last), cells.get(last))) {
            return Fit.ROW;
        }
        // A copy cut off inside its last row's cell ("9th Aug 202"): the page's last line, short.
        boolean cut = cells.size() < columns.size() && lines.nextText(i + 1) < 0;
        return cut ? Fit.CUT_ROW : Fit.NONE;
    }

    /** Whether the cell holds what its column names. */
    private static boolean fits(TableColumns column, List<Token> cell) {
        if (column == null) {
            return true;
        }
        return switch (column) {
            case EPISODE, NUMBER ->
                    cell.size() == 1
                            && cell.get(0).getType() == EpisodePageLexer.NUMBER
                            && cell.get(0).getText().length() <= 4;
            // a date of either order fits the column, though only a plain one is read
            case AIRDATE, DATE ->
                    cell.isEmpty()
                            || (cell.size() == 1 && LoneDates.isFullDate(cell.get(0).getType()));
            case LENGTH -> isLength(cell);
            default -> true;
        };
    }

    private static boolean isLength(List<Token> cell) {
        return cell.stream().allMatch(t -> LabelledNotesValues.isLengthAmount(t.getType()));
    }

    /** The cells without the empty ones a row's trailing bars leave ("a | b | |"). */
    private static List<List<Token>> filled(List<List<Token>> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isEmpty()) {
            n--;
        }
        return cells.subList(0, n);
    }

    /** "---|---|", "|:---|:---:|": the grammar tells a table's separator row. */
    private boolean isSeparator(int i) {
        return i < lines.size() && lines.line(i) instanceof TableRuleLineContext;
    }

    private boolean hasPipe(int i) {
        for (Token token : lines.lineTokens(i)) {
            if (isPipe(token)) {
                return true;
            }
        }
        return false;
    }

    private String text(List<Token> cell) {
        return lines.source().between(cell.get(0), cell.get(cell.size() - 1)).strip();
    }

    /**
     * The line's cells, split at its pipes; a pipe that opens the line opens its first cell. A pipe
     * between two values is typed as a bullet by the token source, so it is told by its text.
     */
    private List<List<Token>> cells(int i) {
        List<List<Token>> cells = new ArrayList<>();
        List<Token> cell = new ArrayList<>();
        List<Token> tokens = lines.lineTokens(i);
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (isPipe(token)) {
                if (k > 0) {
                    cells.add(cell);
                }
                cell = new ArrayList<>();
            } else {
                cell.add(token);
            }
        }
        if (!cell.isEmpty()) {
            cells.add(cell);
        }
        return cells;
    }

    private static boolean isPipe(Token token) {
        return token.getType() == EpisodePageLexer.PIPE
                || (token.getType() == EpisodePageLexer.BULLET && token.getText().equals("|"));
    }
}
